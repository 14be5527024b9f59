import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, utcToZoned, zonedToUtc } from './time-zone.ts';

describe('canonicalTimeZone', () => {
  it('accepts IANA names and normalises their case', () => {
    expect(canonicalTimeZone('Europe/Rome')).toBe('Europe/Rome');
    expect(canonicalTimeZone('america/new_york')).toBe('America/New_York');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
  });
  it('keeps the names IANA uses today, not the legacy ones ICU resolves to', () => {
    expect(canonicalTimeZone('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(canonicalTimeZone('asia/kolkata')).toBe('Asia/Kolkata');
    expect(canonicalTimeZone('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(canonicalTimeZone('Europe/Kyiv')).toBe('Europe/Kyiv');
    expect(canonicalTimeZone('America/Argentina/Buenos_Aires')).toBe('America/Argentina/Buenos_Aires');
  });
  it('refuses unknown zones and junk', () => {
    expect(canonicalTimeZone('Mars/Olympus_Mons')).toBeNull();
    expect(canonicalTimeZone('Europe/Rome; drop table')).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
  });
});

describe('zonedToUtc', () => {
  it('converts summer and winter wall times', () => {
    expect(zonedToUtc('2025-05-20T09:00', 'Europe/Rome').toISOString()).toBe('2025-05-20T07:00:00.000Z');
    expect(zonedToUtc('2025-01-20T09:00', 'Europe/Rome').toISOString()).toBe('2025-01-20T08:00:00.000Z');
    expect(zonedToUtc('2025-01-20T09:00', 'Asia/Kolkata').toISOString()).toBe('2025-01-20T03:30:00.000Z');
    expect(zonedToUtc('2025-01-20T09:00:30', 'UTC').toISOString()).toBe('2025-01-20T09:00:30.000Z');
  });
  it('refuses a wall time skipped by a daylight-saving change', () => {
    expect(() => zonedToUtc('2025-03-30T02:30', 'Europe/Rome')).toThrow(/does not exist/);
  });
  it('takes the earlier instant of a repeated wall time', () => {
    expect(zonedToUtc('2025-10-26T02:30', 'Europe/Rome').toISOString()).toBe('2025-10-26T00:30:00.000Z');
  });
  it('refuses impossible dates', () => {
    expect(() => zonedToUtc('2025-02-30T09:00', 'UTC')).toThrow(RangeError);
    expect(() => zonedToUtc('2025-02-10T24:00', 'UTC')).toThrow(RangeError);
    expect(() => zonedToUtc('2025-02-10 09:00', 'UTC')).toThrow(RangeError);
  });
  it('round-trips with utcToZoned', () => {
    for (const tz of ['Europe/Rome', 'America/Los_Angeles', 'Australia/Lord_Howe', 'Asia/Kathmandu']) {
      expect(utcToZoned(zonedToUtc('2025-07-04T18:45', tz), tz)).toBe('2025-07-04T18:45');
    }
  });
});
