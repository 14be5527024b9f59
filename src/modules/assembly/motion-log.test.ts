import { describe, expect, it } from 'vitest';
import { entryBytes, type LedgerEntry } from '../../core/ledger/hasher.ts';
import { ballotCommitment, chunks, ORGS_PER_ENTRY, retally, REVEALS_PER_ENTRY, type MotionClosedBody } from './motion-log.ts';
import { tallyMotion, type TallyRules } from './tally.ts';

describe('ballotCommitment', () => {
  it('is SHA-256 of the RFC 8785 JSON of {choice, motionId, participantId, salt}', () => {
    // echo -n '{"choice":"yes","motionId":7,"participantId":"12","salt":"00112233445566778899aabbccddeeff"}' | sha256sum
    expect(ballotCommitment(7, '12', 'yes', '00112233445566778899aabbccddeeff')).toBe(
      'e411483ac1805cf490cdb60dd5303edd95c4a21d572176ca3e395078d9cafdff',
    );
    expect(ballotCommitment(7, '12', 'yes', 'aa')).not.toBe(ballotCommitment(7, '12', 'no', 'aa'));
    expect(ballotCommitment(7, '12', 'yes', 'aa')).not.toBe(ballotCommitment(8, '12', 'yes', 'aa'));
  });
});

const rules: TallyRules = { threshold: 0.5, quorum: 0.5, orgChamber: { mode: 'advisory' } };
const states = [
  { id: '1', weight: 0.6 },
  { id: '2', weight: 0.4 },
];

function story(): LedgerEntry[] {
  const e = (kind: string, body: unknown): LedgerEntry => ({
    kind,
    at: '2026-01-01T00:00:00.000Z',
    actor: null,
    subject: 'motion:7',
    body,
  });
  const firstOf1 = { participantId: '1', choice: 'no' as const, salt: 'a1' };
  const onlyOf2 = { participantId: '2', choice: 'no' as const, salt: 'b2' };
  const lastOf1 = { participantId: '1', choice: 'yes' as const, salt: 'c3' };
  const ballots = [firstOf1, onlyOf2, lastOf1];
  const result = tallyMotion(rules, states, [], ballots);
  const closed: MotionClosedBody = {
    motionId: 7,
    reveals: [lastOf1, onlyOf2],
    result,
  };
  return [
    e('motion.created', { kind: 'procedural' }),
    e('motion.opened', { motionId: 7, kind: 'procedural', rulesVersion: 1, rules, states, organizations: [] }),
    ...ballots.map((b) =>
      e('ballot.cast', { motionId: 7, participantId: b.participantId, commitment: ballotCommitment(7, b.participantId, b.choice, b.salt) }),
    ),
    e('motion.closed', closed),
  ];
}

describe('retally', () => {
  it('says when there is nothing to retally yet', () => {
    const s = story();
    s.pop();
    expect(retally(s)).toMatchObject({ ok: false, message: 'motion 7: not closed yet; nothing to retally' });
  });
  it('agrees with an honest story, the last ballot of each participant counting', () => {
    const v = retally(story());
    expect(v.ok, v.message).toBe(true);
    expect(v.message).toBe(
      'motion 7: retally agrees — passed (yes 60.00 % of weight cast, threshold 50.00 %; present 100.00 %, quorum 50.00 %), 2 ballots from 6 log entries',
    );
  });
  const tamper = (fn: (entries: LedgerEntry[]) => void) => {
    const s = structuredClone(story());
    fn(s);
    return retally(s);
  };
  const closedBody = (s: LedgerEntry[]) => s.at(-1)!.body as MotionClosedBody;
  const entry = (s: LedgerEntry[], i: number) => {
    const e = s[i];
    if (e === undefined) throw new Error(`the story has no entry ${i}`);
    return e;
  };
  it.each([
    ['a changed result', (s: LedgerEntry[]) => (closedBody(s).result.passed = false), /result.passed/],
    [
      'a reveal that opens an earlier ballot, not the last',
      (s: LedgerEntry[]) => (closedBody(s).reveals[0] = { participantId: '1', choice: 'no', salt: 'a1' }),
      /does not open its last commitment/,
    ],
    ['a ballot left unrevealed', (s: LedgerEntry[]) => closedBody(s).reveals.pop(), /not revealed/],
    [
      'a reveal without a ballot',
      (s: LedgerEntry[]) => closedBody(s).reveals.push({ participantId: '3', choice: 'yes', salt: 'x' }),
      /cast no ballot/,
    ],
    [
      'changed frozen weights',
      (s: LedgerEntry[]) => ((entry(s, 1).body as { states: [{ weight: number }] }).states[0].weight = 0.1),
      /result/,
    ],
    ['a ballot after the close', (s: LedgerEntry[]) => s.push(entry(s, 2)), /outside/],
  ])('disagrees with %s', (_, fn, why) => {
    const v = tamper(fn);
    expect(v.ok).toBe(false);
    expect(v.message).toMatch(/^motion 7: retally DISAGREES: /);
    expect(v.message).toMatch(why);
  });
});

// 2,500 organizations and 1,200 ballots, with the longest ids (10 digits) and real salts: the
// electorate and the reveals are split as the service splits them, every entry within 65,535 bytes.
const orgIds = Array.from({ length: 2500 }, (_, i) => String(2_000_000_000 + i));
const bigStates = [
  { id: '1000000001', weight: 0.6123456789012345 },
  { id: '1000000002', weight: 0.3876543210987655 },
];
const weighted: TallyRules = { threshold: 0.5, quorum: 0.5, orgChamber: { mode: 'weighted', share: 0.2 } };
const ballots = [...bigStates.map((s) => s.id), ...orgIds.slice(0, 1198)].map((participantId, i) => ({
  participantId,
  choice: (['yes', 'no', 'abstain'] as const)[i % 3] as 'yes' | 'no' | 'abstain',
  salt: i.toString(16).padStart(32, 'f'),
}));
const e = (kind: string, body: unknown): LedgerEntry => ({
  kind,
  at: '2026-01-01T00:00:00.000Z',
  actor: null,
  subject: 'motion:7',
  body,
});

function bigStory(): LedgerEntry[] {
  const orgs = chunks(
    orgIds.map((id) => ({ id })),
    ORGS_PER_ENTRY,
  );
  const reveals = chunks(ballots, REVEALS_PER_ENTRY);
  const result = tallyMotion(
    weighted,
    bigStates,
    orgIds.map((id) => ({ id })),
    ballots,
  );
  return [
    e('motion.opened', {
      motionId: 7,
      kind: 'procedural',
      rulesVersion: 1,
      rules: weighted,
      states: bigStates,
      organizations: orgs[0],
      organizationCount: orgIds.length,
    }),
    ...orgs.slice(1).map((organizations) => e('motion.electorate', { motionId: 7, organizations })),
    ...ballots.map((b) =>
      e('ballot.cast', {
        motionId: 7,
        participantId: b.participantId,
        commitment: ballotCommitment(7, b.participantId, b.choice, b.salt),
      }),
    ),
    e('motion.closed', { motionId: 7, reveals: reveals[0], revealCount: ballots.length, result }),
    ...reveals.slice(1).map((r) => e('motion.revealed', { motionId: 7, reveals: r })),
  ];
}

describe('a motion too large for one entry', () => {
  it('is split into entries a bundle can carry, and retallies from them', () => {
    const s = bigStory();
    expect(s.filter((x) => x.kind === 'motion.electorate')).toHaveLength(1);
    expect(s.filter((x) => x.kind === 'motion.revealed')).toHaveLength(2);
    for (const x of s) expect(entryBytes(x).length).toBeLessThanOrEqual(0xffff);
    // Unsplit, the closing alone would not fit.
    expect(entryBytes(e('motion.closed', { motionId: 7, reveals: ballots, revealCount: ballots.length })).length).toBeGreaterThan(0xffff);
    const v = retally(s);
    expect(v.ok, v.message).toBe(true);
    expect(v.message).toContain('1200 ballots');
  });

  it.each([
    ['a motion.electorate entry left out', (s: LedgerEntry[]) => s.splice(1, 1), /organizations/],
    ['a motion.revealed entry left out', (s: LedgerEntry[]) => s.pop(), /reveals logged/],
    ['an organization listed twice', (s: LedgerEntry[]) => s.splice(1, 0, structuredClone(s[1]!)), /organizations|twice/],
  ])('disagrees with %s', (_, fn, why) => {
    const s = bigStory();
    fn(s);
    const v = retally(s);
    expect(v.ok).toBe(false);
    expect(v.message).toMatch(why);
  });
});
