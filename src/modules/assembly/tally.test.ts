import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TallyInputError, tallyMotion, type Choice, type OrgMember, type StateMember, type TallyBallot, type TallyRules } from './tally.ts';

interface TallyCase {
  name: string;
  rules: TallyRules;
  states: StateMember[];
  organizations: OrgMember[];
  ballots: TallyBallot[];
  expected: {
    passed: boolean;
    yesShare: number | null;
    quorumPresent: number;
    quorumReached: boolean;
    doubleMajorityReached: boolean;
    reasons: string[];
  };
}
const { cases } = JSON.parse(readFileSync(new URL('./testdata/tally-cases.json', import.meta.url), 'utf8')) as {
  cases: TallyCase[];
};

const advisory: TallyRules = { threshold: 0.5, quorum: 0.5, orgChamber: { mode: 'advisory' } };

describe('tallyMotion', () => {
  it.each(cases)('$name', (c) => {
    const r = tallyMotion(c.rules, c.states, c.organizations, c.ballots);
    expect(r.passed).toBe(c.expected.passed);
    if (c.expected.yesShare === null) expect(r.yesShare).toBeNull();
    else expect(r.yesShare).toBeCloseTo(c.expected.yesShare, 12);
    expect(r.quorum.present).toBeCloseTo(c.expected.quorumPresent, 12);
    expect(r.quorum.reached).toBe(c.expected.quorumReached);
    expect(r.doubleMajority.reached).toBe(c.expected.doubleMajorityReached);
    expect(r.reasons.map((x) => x.code)).toEqual(c.expected.reasons);
  });

  it('reports each chamber by weight and by heads', () => {
    const c = cases.find((x) => x.name.startsWith('weighted'))!;
    const r = tallyMotion(c.rules, c.states, c.organizations, c.ballots);
    expect(r.states).toMatchObject({ yes: 0.4, no: 0.6, abstain: 0, yesShare: 0.4 });
    expect(r.states.heads).toEqual({ yes: 1, no: 1, abstain: 0, absent: 0, members: 2 });
    expect(r.states.counts).toBeCloseTo(0.8, 15);
    expect(r.organizations).toMatchObject({ yes: 1, no: 0, yesShare: 1 });
    expect(r.organizations.counts).toBeCloseTo(0.2, 15);
    expect(r.combined.yes).toBeCloseTo(0.52, 15);
    expect(r.combined.no).toBeCloseTo(0.48, 15);
  });

  it('computes the advisory chamber without counting it', () => {
    const r = tallyMotion(
      advisory,
      [{ id: 'A', weight: 1 }],
      [{ id: 'o1' }, { id: 'o2' }],
      [
        { participantId: 'A', choice: 'no' },
        { participantId: 'o1', choice: 'yes' },
        { participantId: 'o2', choice: 'abstain' },
      ],
    );
    expect(r.organizations).toMatchObject({ yes: 0.5, abstain: 0.5, yesShare: 1, counts: 0 });
    expect(r.organizations.heads).toEqual({ yes: 1, no: 0, abstain: 1, absent: 0, members: 2 });
    expect(r.yesShare).toBe(0);
    expect(r.passed).toBe(false);
  });

  it('lets the states count alone in weighted mode when there are no organisations', () => {
    const rules: TallyRules = { ...advisory, orgChamber: { mode: 'weighted', share: 0.3 } };
    const r = tallyMotion(
      rules,
      [
        { id: 'A', weight: 0.6 },
        { id: 'B', weight: 0.4 },
      ],
      [],
      [
        { participantId: 'A', choice: 'yes' },
        { participantId: 'B', choice: 'no' },
      ],
    );
    expect(r.states.counts).toBe(1);
    expect(r.yesShare).toBeCloseTo(0.6, 15);
    expect(r.quorum.present).toBeCloseTo(1, 15);
  });
});

describe('tallyMotion on random ballots', () => {
  it('does not depend on the order of ballots from different participants', () => {
    const states = Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, weight: (i + 1) / 210 }));
    const orgs = Array.from({ length: 30 }, (_, i) => ({ id: `o${i}` }));
    const ids = [...states.map((s) => s.id), ...orgs.map((o) => o.id)];
    const choice = fc.constantFrom<Choice>('yes', 'no', 'abstain');
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.constantFrom(...ids), choice), { selector: ([id]) => id }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (entries, share) => {
          const ballots = entries.map(([participantId, c]) => ({ participantId, choice: c }));
          const rules: TallyRules = { threshold: 0.5, quorum: 0.3, orgChamber: { mode: 'weighted', share: share * 0.99 } };
          const a = tallyMotion(rules, states, orgs, ballots);
          const b = tallyMotion(rules, states, orgs, [...ballots].reverse());
          expect(b).toEqual(a);
          const present = a.states.heads.yes + a.states.heads.no + a.states.heads.abstain;
          expect(present + a.states.heads.absent).toBe(20);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('tallyMotion rejects invalid input with TallyInputError', () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(TallyInputError);
      return (e as TallyInputError).code;
    }
    return undefined;
  };
  const states = [{ id: 'A', weight: 1 }];

  it.each([
    ['threshold 0', { ...advisory, threshold: 0 }],
    ['threshold above 1', { ...advisory, threshold: 1.2 }],
    ['negative quorum', { ...advisory, quorum: -0.1 }],
    ['double majority 0', { ...advisory, doubleMajority: 0 }],
    ['share above 1', { ...advisory, orgChamber: { mode: 'weighted', share: 1.5 } }],
    ['unknown mode', { ...advisory, orgChamber: { mode: 'veto' } }],
    ['NaN threshold', { ...advisory, threshold: Number.NaN }],
  ])('rules: %s', (_, rules) => {
    expect(code(() => tallyMotion(rules as TallyRules, states, [], []))).toBe('rules_invalid');
  });

  it('members: duplicates, bad weights, no state weight', () => {
    expect(code(() => tallyMotion(advisory, [...states, { id: 'A', weight: 1 }], [], []))).toBe('members_invalid');
    expect(code(() => tallyMotion(advisory, states, [{ id: 'A' }], []))).toBe('members_invalid');
    expect(code(() => tallyMotion(advisory, [{ id: 'A', weight: -1 }], [], []))).toBe('members_invalid');
    expect(code(() => tallyMotion(advisory, [{ id: 'A', weight: 0 }], [], []))).toBe('members_invalid');
    expect(code(() => tallyMotion(advisory, [], [{ id: 'o' }], []))).toBe('members_invalid');
  });

  it('ballots: unknown participant or choice', () => {
    expect(code(() => tallyMotion(advisory, states, [], [{ participantId: 'Z', choice: 'yes' }]))).toBe('ballot_participant_unknown');
    expect(code(() => tallyMotion(advisory, states, [], [{ participantId: 'A', choice: 'maybe' as Choice }]))).toBe('ballot_invalid');
  });

  it('a weighted chamber with everything and no organisations', () => {
    const rules: TallyRules = { ...advisory, orgChamber: { mode: 'weighted', share: 1 } };
    expect(code(() => tallyMotion(rules, states, [], []))).toBe('rules_invalid');
  });
});
