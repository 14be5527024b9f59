/**
 * The stored reports as the accounting and flags read them, kept in memory per database and
 * brought up to date on every read with only the reports accepted since.
 *
 * Reading a million workloads out of PGlite costs over a second; accounting them costs a fifth of
 * that. Reports are append-only (nothing updates or deletes them) and a facility's sequences commit
 * in order (submissions lock the facility row), so "every report with a sequence above the last
 * one held" is exactly what is missing — also when several servers share one PostgreSQL. The
 * price is memory: roughly 150 bytes per workload held.
 */
import type { Db } from '../../core/db/client.ts';
import type { ComputeReport } from './types.ts';
import * as reportsBulk from './reports-bulk.repository.ts';

type Mode = 'run-workloads' | 'all-workloads';

interface Held {
  byFacility: Map<string, ComputeReport[]>;
  last: Map<string, number>;
  /** One refresh at a time per mode, so concurrent readers do not load the same reports twice. */
  pending?: Promise<ComputeReport[]>;
}

const caches = new WeakMap<Db, Map<Mode, Held>>();

/**
 * Every stored report with its workloads (`all-workloads`, for flags) or with only the workloads
 * linked to a run (`run-workloads`, for run accounting), in facility then sequence order. The
 * result and its objects are shared: callers must not change them.
 */
export async function storedReports(db: Db, mode: Mode): Promise<ComputeReport[]> {
  let modes = caches.get(db);
  if (!modes) caches.set(db, (modes = new Map<Mode, Held>()));
  let held = modes.get(mode);
  if (!held) modes.set(mode, (held = { byFacility: new Map(), last: new Map() }));
  const h = held;
  while (h.pending) await h.pending.catch(() => undefined);
  h.pending = refresh(db, mode, h).finally(() => (h.pending = undefined));
  return h.pending;
}

async function refresh(db: Db, mode: Mode, held: Held): Promise<ComputeReport[]> {
  const last = await reportsBulk.lastSequences(db);
  const behind = [...last.keys()].filter((id) => last.get(id)! > (held.last.get(id) ?? 0)).sort();
  if (behind.length > 0) {
    const fresh = await reportsBulk.loadReports(db, {
      facilityIds: behind,
      onlyRunWorkloads: mode === 'run-workloads',
      afterSequence: held.last,
    });
    for (const report of fresh) {
      let list = held.byFacility.get(report.facilityId);
      if (!list) held.byFacility.set(report.facilityId, (list = []));
      list.push(report);
      held.last.set(report.facilityId, report.sequence);
    }
  }
  const out: ComputeReport[] = [];
  for (const id of [...held.byFacility.keys()].sort()) for (const report of held.byFacility.get(id)!) out.push(report);
  return out;
}
