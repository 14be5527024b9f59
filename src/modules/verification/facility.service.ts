/**
 * Facilities: registration by an operator (who becomes bound to it), operators added by an admin,
 * key rotation, and the public list and detail. Every change is logged in its transaction.
 */
import { randomBytes } from 'node:crypto';
import { actorLabel, requireRole, type Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { AppError, conflict, invalid, notFound } from '../../core/errors.ts';
import { appendToLog } from '../../core/ledger/log-writer.ts';
import { listStates } from '../../core/states/states.service.ts';
import { mayInspect, requireFacilityOperator } from './access.ts';
import { keyIdOf } from './report-signing.ts';
import type { FacilityDetail, FacilitySummary, NewFacility, NewFacilityKey } from './facilities.dto.ts';
import { reportId } from './types.ts';
import type { VerificationEnv } from './verification-env.ts';
import * as facilitiesRepo from './facilities.repository.ts';
import * as reportsRepo from './reports.repository.ts';

/** Key id of an Ed25519 SPKI PEM; 400 invalid_key for anything else. */
function parseKey(pem: string): { keyId: string; publicKeyPem: string } {
  try {
    return { keyId: keyIdOf(pem), publicKeyPem: pem };
  } catch {
    throw invalid('invalid_key', 'publicKeyPem must be an Ed25519 public key in SPKI PEM form');
  }
}

async function requireKnownJurisdiction(db: Db, iso3: string) {
  const known = (await listStates(db)).some((s) => s.iso3 === iso3);
  if (!known) throw invalid('unknown_jurisdiction', `${iso3} is not one of the reference states`);
}

async function requireUnusedKeys(db: Db, keyIds: string[]) {
  if (new Set(keyIds).size !== keyIds.length) throw invalid('duplicate_key', 'the same key appears twice');
  for (const keyId of keyIds) {
    if (await facilitiesRepo.findKey(db, keyId)) throw conflict('key_in_use', `key ${keyId} is already registered`);
  }
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const summaryOf = (f: facilitiesRepo.FacilityRow, stats?: { count: number; lastSequence: number; lastEnd: Date }): FacilitySummary => ({
  id: f.id,
  name: f.name,
  operator: f.operator,
  jurisdiction: f.jurisdiction,
  inventory: f.inventory,
  accelerators: f.inventory.reduce((s, i) => s + i.count, 0),
  peakFlops: f.inventory.reduce((s, i) => s + i.count * i.peakFlops, 0),
  reportCount: stats?.count ?? 0,
  lastReport: stats ? { sequence: stats.lastSequence, periodEnd: stats.lastEnd.toISOString() } : null,
});

/** An operator registers a facility and is bound to it; an admin may register one for others to operate. */
export async function registerFacility(db: Db, actor: Actor | null, input: NewFacility, env: VerificationEnv): Promise<FacilityDetail> {
  const who = requireRole(actor, 'operator');
  await requireKnownJurisdiction(db, input.jurisdiction);
  const now = env.now();
  const keys = input.keys.map((k) => ({ ...parseKey(k.publicKeyPem), validFrom: k.validFrom ? new Date(k.validFrom) : now }));
  if (keys.some((k) => k.validFrom > now)) throw invalid('key_not_yet_valid', 'a key cannot become valid in the future');
  const id = input.id ?? `fac-${randomBytes(4).toString('hex')}`;
  await db.transaction(async (tx) => {
    if (await facilitiesRepo.findFacility(tx, id)) throw conflict('already_exists', `a facility with id ${id} exists`);
    await requireUnusedKeys(
      tx,
      keys.map((k) => k.keyId),
    );
    await facilitiesRepo.insertFacility(tx, {
      id,
      name: input.name,
      operator: input.operator,
      jurisdiction: input.jurisdiction,
      inventory: input.inventory,
      createdBy: who.id,
    });
    await facilitiesRepo.insertKeys(
      tx,
      keys.map((k) => ({ ...k, facilityId: id })),
    );
    if (who.role === 'operator') await facilitiesRepo.addOperator(tx, id, who.id);
    await appendToLog(tx, {
      kind: 'verification.facility.registered',
      actor: actorLabel(who),
      subject: `facility:${id}`,
      body: {
        name: input.name,
        operator: input.operator,
        jurisdiction: input.jurisdiction,
        inventory: input.inventory,
        keys: keys.map((k) => ({ keyId: k.keyId, publicKeyPem: k.publicKeyPem, validFrom: k.validFrom.toISOString() })),
        operatorUserId: who.role === 'operator' ? who.id : null,
      },
    });
  });
  return getFacility(db, who, id);
}

/** Admin binds an operator account to a facility. */
export async function addFacilityOperator(db: Db, actor: Actor | null, facilityId: string, userId: number): Promise<FacilityDetail> {
  const admin = requireRole(actor, 'admin');
  await db.transaction(async (tx) => {
    if (!(await facilitiesRepo.findFacility(tx, facilityId, true))) throw notFound('facility', { id: facilityId });
    const user = await facilitiesRepo.findUser(tx, userId);
    if (!user) throw notFound('user', { id: userId });
    if (user.role !== 'operator') throw invalid('not_an_operator', 'only accounts with the role operator act for a facility');
    if (!(await facilitiesRepo.addOperator(tx, facilityId, userId)))
      throw conflict('already_exists', `user ${userId} already operates ${facilityId}`);
    await appendToLog(tx, {
      kind: 'verification.facility.operator-added',
      actor: actorLabel(admin),
      subject: `facility:${facilityId}`,
      body: { userId },
    });
  });
  return getFacility(db, admin, facilityId);
}

/**
 * Rotates a facility's key: the new key signs from `at` (default now), every active key is
 * retired at `at`. `at` may not lie in the future (a retired key must not sign reports ending
 * after it), nor before the end of the last accepted report (which its old key must keep
 * verifying), nor before an active key became valid.
 */
export async function rotateFacilityKey(
  db: Db,
  actor: Actor | null,
  facilityId: string,
  input: NewFacilityKey,
  env: VerificationEnv,
): Promise<FacilityDetail> {
  const who = requireRole(actor, 'operator');
  if (!(await facilitiesRepo.findFacility(db, facilityId))) throw notFound('facility', { id: facilityId });
  await requireFacilityOperator(db, who, [facilityId]);
  const key = parseKey(input.publicKeyPem);
  const now = env.now();
  const at = input.at ? new Date(input.at) : now;
  if (at > now) throw invalid('rotation_in_future', 'a rotation takes effect now or at a past time, not in the future');
  await db.transaction(async (tx) => {
    await facilitiesRepo.findFacility(tx, facilityId, true);
    await requireUnusedKeys(tx, [key.keyId]);
    const last = (await reportsRepo.lastReports(tx, [facilityId])).get(facilityId);
    if (last && at < new Date(last.periodEnd)) {
      throw conflict('rotation_before_last_report', `the rotation must not take effect before the last report ended (${last.periodEnd})`);
    }
    const active = (await facilitiesRepo.listKeys(tx, [facilityId])).filter((k) => k.retiredAt === null);
    const late = active.find((k) => k.validFrom > at);
    if (late) throw conflict('rotation_before_key_valid', `key ${late.keyId} only became valid at ${late.validFrom.toISOString()}`);
    const retired = await facilitiesRepo.retireKeys(tx, facilityId, at);
    await facilitiesRepo.insertKeys(tx, [{ ...key, facilityId, validFrom: at }]);
    await appendToLog(tx, {
      kind: 'verification.facility.key-rotated',
      actor: actorLabel(who),
      subject: `facility:${facilityId}`,
      body: {
        keyId: key.keyId,
        publicKeyPem: key.publicKeyPem,
        validFrom: at.toISOString(),
        retired: retired.map((k) => ({ keyId: k.keyId, retiredAt: at.toISOString() })),
      },
    });
  });
  return getFacility(db, who, facilityId);
}

/** Every facility with its inventory and report count (public). */
export async function listFacilities(db: Db): Promise<FacilitySummary[]> {
  const [rows, stats] = await Promise.all([facilitiesRepo.listFacilities(db), reportsRepo.reportStats(db)]);
  return rows.map((f) => summaryOf(f, stats.get(f.id)));
}

/**
 * One facility (public): inventory, keys, and the headline of every report (the figures its log
 * entries carry). Its operators are listed to those who may inspect it.
 */
export async function getFacility(db: Db, actor: Actor | null, id: string): Promise<FacilityDetail> {
  const f = await facilitiesRepo.findFacility(db, id);
  if (!f) throw notFound('facility', { id });
  const [keys, reports, inspect] = await Promise.all([
    facilitiesRepo.listKeys(db, [id]),
    reportsRepo.reportHeadlines(db, id),
    mayInspect(db, actor, id),
  ]);
  const last = reports[reports.length - 1];
  return {
    ...summaryOf(f, last ? { count: reports.length, lastSequence: last.sequence, lastEnd: last.periodEnd } : undefined),
    keys: keys.map((k) => ({
      keyId: k.keyId,
      publicKeyPem: k.publicKeyPem,
      validFrom: k.validFrom.toISOString(),
      retiredAt: iso(k.retiredAt),
    })),
    reports: reports.map((r) => ({
      reportId: reportId(r),
      sequence: r.sequence,
      periodStart: r.periodStart.toISOString(),
      periodEnd: r.periodEnd.toISOString(),
      meteredAcceleratorHours: r.meteredAcceleratorHours,
      declaredAcceleratorHours: r.declaredAcceleratorHours,
      energyKwh: r.energyKwh,
      workloadCount: r.workloadCount,
      keyId: r.keyId,
      reportSha256: r.reportSha256,
      logIndex: r.logIndex,
    })),
    viewerMayInspect: inspect,
    ...(inspect ? { operators: await facilitiesRepo.listOperators(db, id) } : {}),
  };
}

/** Throws 404 unknown_facility unless the facility exists. */
export async function requireFacility(db: Db, id: string): Promise<facilitiesRepo.FacilityRow> {
  const f = await facilitiesRepo.findFacility(db, id);
  if (!f) throw new AppError('unknown_facility', `no facility ${id}`, { status: 404 });
  return f;
}
