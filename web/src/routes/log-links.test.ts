import { describe, expect, it } from 'vitest';
import { logRefHref } from './log-links.ts';

describe('logRefHref', () => {
  it.each([
    ['treaty:1', '/assembly/treaties/1'],
    ['motion:3', '/assembly/motions/3'],
    ['campaign:2', '/coalition/campaigns/2'],
    ['facility:fac-a', '/verification/facilities/fac-a'],
    ['facility:a b/c', '/verification/facilities/a%20b%2Fc'],
    ['challenge:7', '/verification/challenges/7'],
    ['participant:4', '/assembly/participants'],
    ['organization:4', '/coalition/partners'],
    ['contribution:9', '/coalition/funding'],
    ['event:5', '/coalition/events'],
    ['milestone:1', '/coalition/roadmap'],
    ['run:run-alpha', '/verification/runs'],
  ])('%s → %s', (ref, href) => {
    expect(logRefHref(ref)).toBe(href);
  });
  it.each([null, 'user:8', 'assembly:rules', 'verification:settings', 'log', 'treaty:', ':1', 'constructor:1', 'toString:x'])(
    '%s has no page',
    (ref) => {
      expect(logRefHref(ref)).toBeNull();
    },
  );
  it('links an amendment under the treaty its entry names', () => {
    expect(logRefHref('amendment:12', { treatyId: 3 })).toBe('/assembly/treaties/3/amendments/12');
    expect(logRefHref('amendment:12', { seconds: 0 })).toBeNull();
    expect(logRefHref('amendment:12', null)).toBeNull();
    expect(logRefHref('amendment:12', { treatyId: '../x' })).toBeNull();
  });
});
