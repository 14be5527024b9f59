import { describe, expect, it } from 'vitest';
import { addDays, entryIntoForceStatus, type RatificationEvent } from './entry-into-force.ts';

const figures = new Map([
  [1, { population: 400, gdpUsd: 10 }],
  [2, { population: 300, gdpUsd: 50 }],
  [3, { population: 100, gdpUsd: 5 }],
  [4, { population: null, gdpUsd: null }],
]);
const world = { population: 1000, gdpUsd: 100 };
const kyoto = { ratifications: 2, populationShare: 0.55, gdpShare: null, combine: 'and' as const, delayDays: 90 };
const r = (participantId: number, date: string, kind: RatificationEvent['kind'] = 'ratification'): RatificationEvent => ({
  participantId,
  kind,
  date,
});

describe('entryIntoForceStatus', () => {
  it('finds the first day the conditions hold and adds the delay', () => {
    const s = entryIntoForceStatus(kyoto, [r(3, '2026-01-05'), r(1, '2026-01-10'), r(2, '2026-02-01')], figures, world, '2026-03-01');
    expect(s).toMatchObject({
      ratifications: 3,
      metOn: '2026-02-01',
      entryIntoForce: '2026-05-02',
      inForce: false,
      conditionsHoldNow: true,
    });
    expect(s.populationShare).toBeCloseTo(0.8, 15);
    expect(entryIntoForceStatus(kyoto, [r(1, '2026-01-10'), r(2, '2026-02-01')], figures, world, '2026-05-02').inForce).toBe(true);
  });
  it('does not depend on the order events were recorded in, and takes one day together', () => {
    const s = entryIntoForceStatus(kyoto, [r(2, '2026-02-01'), r(1, '2026-02-01')], figures, world, '2026-02-01');
    expect(s.metOn).toBe('2026-02-01');
  });
  it('is not undone by a later withdrawal', () => {
    const s = entryIntoForceStatus(
      kyoto,
      [r(1, '2026-01-10'), r(2, '2026-02-01'), r(2, '2026-03-01', 'withdrawal')],
      figures,
      world,
      '2026-03-02',
    );
    expect(s).toMatchObject({ ratifications: 1, metOn: '2026-02-01', conditionsHoldNow: false });
  });
  it('reads "population and/or GDP" as the rule says', () => {
    const both = { ...kyoto, populationShare: 0.3, gdpShare: 0.5, ratifications: 1 };
    expect(entryIntoForceStatus(both, [r(1, '2026-01-01')], figures, world, '2026-01-01').metOn).toBeNull();
    expect(entryIntoForceStatus({ ...both, combine: 'or' }, [r(1, '2026-01-01')], figures, world, '2026-01-01').metOn).toBe('2026-01-01');
  });
  it('needs the count too, and counts a state without figures as 0', () => {
    expect(entryIntoForceStatus({ ...kyoto, populationShare: null }, [r(4, '2026-01-01')], figures, world, '2026-01-02').metOn).toBeNull();
    expect(
      entryIntoForceStatus({ ...kyoto, populationShare: null }, [r(4, '2026-01-01'), r(3, '2026-01-02')], figures, world, '2026-01-02')
        .metOn,
    ).toBe('2026-01-02');
  });
});

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-31', 30)).toBe('2026-03-02');
  });
});
