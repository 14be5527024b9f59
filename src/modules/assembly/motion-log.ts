/**
 * A motion's story in the transparency log (subject `motion:<id>`), and the retally that
 * recomputes its result from those entries alone.
 *
 * Entries, oldest first:
 * - `motion.created`: what is put to the vote, when it opens and closes;
 * - `motion.opened`: the rules frozen at opening (the TallyRules of the motion's kind) and the
 *   electorate: each state member with its weight share in the states' chamber, each organization
 *   member; this is everything {@link tallyMotion} needs besides the ballots. No entry may exceed
 *   65,535 bytes (an entry bundle's length prefix), so it lists at most {@link ORGS_PER_ENTRY}
 *   organizations and says how many there are (`organizationCount`); the others follow, in the
 *   same transaction, in `motion.electorate` entries of as many each;
 * - `ballot.cast`, one per ballot (a changed ballot is a new entry): the participant and a
 *   commitment SHA-256(RFC 8785 JSON of {choice, motionId, participantId, salt}) with a random
 *   128-bit salt, so that the log shows who voted and when, but not how, until the motion closes
 *   (a hiding and binding commitment: the salt hides the three possible choices; SHA-256's
 *   collision resistance binds it);
 * - `motion.closed`: the reveal of each participant's standing ballot (choice and salt, which must
 *   open that participant's last commitment) and the result; at most {@link REVEALS_PER_ENTRY}
 *   reveals and their total (`revealCount`), the others in `motion.revealed` entries that follow
 *   it in the same transaction, as many each.
 *
 * {@link retally} checks every reveal against the last commitment, tallies the revealed choices
 * under the frozen rules and electorate, and compares with the logged result.
 */
import { createHash, randomBytes } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { LedgerEntry } from '../../core/ledger/hasher.ts';
import { tallyMotion, type Choice, type OrgMember, type StateMember, type TallyResult, type TallyRules } from './tally.ts';

/**
 * Organizations listed in one entry: `{"id":"2147483647"},` is 20 bytes, so 2,000 of them and the
 * 195 states (about 55 bytes each) stay near 51 KB, below an entry's 65,535 bytes.
 */
export const ORGS_PER_ENTRY = 2000;
/** Reveals in one entry: at most 94 bytes each (`abstain`, a 10-digit id, a 32-digit salt), so 500 are 47 KB. */
export const REVEALS_PER_ENTRY = 500;

export interface MotionOpenedBody {
  motionId: number;
  kind: string;
  rulesVersion: number;
  rules: TallyRules;
  states: StateMember[];
  /** The first {@link ORGS_PER_ENTRY} organizations; the rest in `motion.electorate` entries. */
  organizations: OrgMember[];
  /** How many organizations the electorate holds (absent in entries logged before it existed: all listed here). */
  organizationCount?: number;
  /** Adoption motions: the languages required and those complete and current at the opening. */
  languages?: { sourceLanguage: string; required: string[]; complete: string[] };
}

export interface BallotCastBody {
  motionId: number;
  participantId: string;
  commitment: string;
}

export interface BallotReveal {
  participantId: string;
  choice: Choice;
  salt: string;
}

/** The rest of an opening's organizations, {@link ORGS_PER_ENTRY} at most. */
export interface MotionElectorateBody {
  motionId: number;
  organizations: OrgMember[];
}

/** The rest of a closing's reveals, {@link REVEALS_PER_ENTRY} at most. */
export interface MotionRevealedBody {
  motionId: number;
  reveals: BallotReveal[];
}

/** Splits `items` into runs of `size` (one empty run when there are none). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

export interface MotionClosedBody {
  motionId: number;
  /** The first {@link REVEALS_PER_ENTRY} reveals; the rest in `motion.revealed` entries. */
  reveals: BallotReveal[];
  /** How many reveals there are in all (absent in entries logged before it existed: all listed here). */
  revealCount?: number;
  result: TallyResult;
  appliedVersion?: number | null;
  notApplied?: string;
}

/** A fresh 128-bit salt, hex. */
export const newSalt = (): string => randomBytes(16).toString('hex');

/** SHA-256 (hex) of the RFC 8785 canonical JSON of {choice, motionId, participantId, salt}. */
export function ballotCommitment(motionId: number, participantId: string, choice: Choice, salt: string): string {
  const bytes = canonicalize({ choice, motionId, participantId, salt }) as string;
  return createHash('sha256').update(bytes, 'utf8').digest('hex');
}

export interface RetallyVerdict {
  ok: boolean;
  motionId: number | null;
  /** One line saying what was found. */
  message: string;
  recomputed?: TallyResult;
}

/** Numbers agree to 1e-12, everything else exactly. */
function sameValue(a: unknown, b: unknown, path: string): string | null {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-12 ? null : `${path}: ${a} ≠ ${b}`;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
    return a === b ? null : `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: shape differs`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
    if (d) return d;
  }
  return null;
}

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(2)} %`);

/**
 * The whole electorate and every reveal: the opening's and closing's own lists with those of the
 * `motion.electorate` entries (between the opening and the closing) and `motion.revealed` entries
 * (after the closing) that continue them, checked against the counts they state. A string says why not.
 */
function gatherSplit(
  entries: readonly LedgerEntry[],
  openAt: number,
  closeAt: number,
  open: MotionOpenedBody,
  close: MotionClosedBody,
): { organizations: OrgMember[]; reveals: BallotReveal[] } | string {
  const organizations = [...(open.organizations ?? [])];
  const reveals = [...(close.reveals ?? [])];
  for (const [i, e] of entries.entries()) {
    if (e.kind === 'motion.electorate') {
      if (i < openAt || i > closeAt) return 'a motion.electorate entry lies outside the opening and the closing';
      organizations.push(...((e.body as MotionElectorateBody).organizations ?? []));
    } else if (e.kind === 'motion.revealed') {
      if (i < closeAt) return 'a motion.revealed entry comes before the closing';
      reveals.push(...((e.body as MotionRevealedBody).reveals ?? []));
    }
  }
  const organizationCount = open.organizationCount ?? open.organizations?.length ?? 0;
  if (organizations.length !== organizationCount)
    return `the electorate lists ${organizations.length} organizations, the opening says ${organizationCount}`;
  if (new Set(organizations.map((o) => o.id)).size !== organizations.length) return 'an organization is listed twice in the electorate';
  const revealCount = close.revealCount ?? close.reveals?.length ?? 0;
  if (reveals.length !== revealCount) return `${reveals.length} reveals logged, the closing says ${revealCount}`;
  return { organizations, reveals };
}

/**
 * Recomputes a motion's result from its log entries (oldest first, as `entriesAbout` returns
 * them) and compares it with the logged result. Never throws on bad input: a malformed story is a
 * disagreement with a reason.
 */
export function retally(entries: readonly LedgerEntry[]): RetallyVerdict {
  const fail = (motionId: number | null, why: string): RetallyVerdict => ({
    ok: false,
    motionId,
    message: `motion ${motionId ?? '?'}: retally DISAGREES: ${why}`,
  });
  const opened = entries.filter((e) => e.kind === 'motion.opened');
  const closed = entries.filter((e) => e.kind === 'motion.closed');
  const subject = entries[0]?.subject ?? null;
  const idFromSubject = subject?.startsWith('motion:') ? Number(subject.slice(7)) : null;
  if (entries.some((e) => e.subject !== subject)) return fail(idFromSubject, 'the entries are about more than one subject');
  const [openedEntry, ...moreOpened] = opened;
  if (openedEntry === undefined || moreOpened.length > 0) {
    return fail(idFromSubject, `expected one motion.opened entry, found ${opened.length}`);
  }
  const [closedEntry, ...moreClosed] = closed;
  if (closedEntry === undefined)
    return { ok: false, motionId: idFromSubject, message: `motion ${idFromSubject ?? '?'}: not closed yet; nothing to retally` };
  if (moreClosed.length > 0) return fail(idFromSubject, `found ${closed.length} motion.closed entries`);
  const open = openedEntry.body as MotionOpenedBody;
  const close = closedEntry.body as MotionClosedBody;
  const motionId = open.motionId;
  const openAt = entries.indexOf(openedEntry);
  const closeAt = entries.indexOf(closedEntry);

  const gathered = gatherSplit(entries, openAt, closeAt, open, close);
  if (typeof gathered === 'string') return fail(motionId, gathered);
  const { organizations, reveals } = gathered;

  // The last commitment of each participant, cast between opening and closing.
  const last = new Map<string, string>();
  for (const [i, e] of entries.entries()) {
    if (e.kind !== 'ballot.cast') continue;
    if (i < openAt || i > closeAt) return fail(motionId, `a ballot entry lies outside the opening and the closing`);
    const b = e.body as BallotCastBody;
    last.set(b.participantId, b.commitment);
  }
  const ballots: { participantId: string; choice: Choice }[] = [];
  const seen = new Set<string>();
  for (const r of reveals) {
    const c = last.get(r.participantId);
    if (c === undefined) return fail(motionId, `a reveal for participant ${r.participantId}, who cast no ballot`);
    if (seen.has(r.participantId)) return fail(motionId, `participant ${r.participantId} is revealed twice`);
    seen.add(r.participantId);
    if (ballotCommitment(motionId, r.participantId, r.choice, r.salt) !== c) {
      return fail(motionId, `the reveal of participant ${r.participantId} does not open its last commitment`);
    }
    ballots.push({ participantId: r.participantId, choice: r.choice });
  }
  if (seen.size !== last.size) return fail(motionId, `${last.size - seen.size} ballot(s) cast but not revealed`);

  let recomputed: TallyResult;
  try {
    recomputed = tallyMotion(open.rules, open.states, organizations, ballots);
  } catch (err) {
    return fail(motionId, `the logged rules or ballots cannot be tallied: ${(err as Error).message}`);
  }
  const diff = sameValue(recomputed, close.result, 'result');
  if (diff) return { ...fail(motionId, diff), recomputed };
  const verdict = recomputed.passed ? 'passed' : 'failed';
  return {
    ok: true,
    motionId,
    recomputed,
    message:
      `motion ${motionId}: retally agrees — ${verdict} (yes ${pct(recomputed.yesShare)} of weight cast, ` +
      `threshold ${pct(recomputed.threshold.required)}; present ${pct(recomputed.quorum.present)}, quorum ${pct(recomputed.quorum.required)}), ` +
      `${ballots.length} ballots from ${entries.length} log entries`,
  };
}
