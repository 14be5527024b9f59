/**
 * Declared training runs. A declaration is the notification the treaty asks for: developer,
 * name, purpose, expected FLOP and the licence it holds, if any. Workloads link to runs by id.
 */
import { randomBytes } from 'node:crypto';
import { actorLabel, requireRole, type Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { conflict, notFound } from '../../core/errors.ts';
import { appendToLog } from '../../core/ledger/log-writer.ts';
import type { NewRun, Run } from './reports.dto.ts';
import * as reportsRepo from './reports.repository.ts';

const view = (r: reportsRepo.RunRow): Run => ({
  id: r.id,
  developer: r.developer,
  name: r.name,
  purpose: r.purpose,
  expectedFlop: r.expectedFlop,
  licenceRef: r.licenceRef,
  declaredAt: r.declaredAt.toISOString(),
});

/** An operator (or admin) declares a run. */
export async function declareRun(db: Db, actor: Actor | null, input: NewRun): Promise<Run> {
  const who = requireRole(actor, 'operator');
  const id = input.id ?? `run-${randomBytes(4).toString('hex')}`;
  const row = await db.transaction(async (tx) => {
    if (await reportsRepo.findRun(tx, id)) throw conflict('already_exists', `a run with id ${id} is declared`);
    const inserted = await reportsRepo.insertRun(tx, {
      id,
      developer: input.developer,
      name: input.name,
      purpose: input.purpose,
      expectedFlop: input.expectedFlop,
      licenceRef: input.licenceRef ?? null,
      declaredBy: who.id,
    });
    await appendToLog(tx, {
      kind: 'verification.run.declared',
      actor: actorLabel(who),
      subject: `run:${id}`,
      body: {
        developer: input.developer,
        name: input.name,
        purpose: input.purpose,
        expectedFlop: input.expectedFlop,
        licenceRef: input.licenceRef ?? null,
      },
    });
    return inserted;
  });
  return view(row);
}

/** Every declared run (public: a declaration is a public notification). */
export async function listRuns(db: Db): Promise<Run[]> {
  return (await reportsRepo.listRuns(db)).map(view);
}

export async function getRun(db: Db, id: string): Promise<Run> {
  const row = await reportsRepo.findRun(db, id);
  if (!row) throw notFound('run', { id });
  return view(row);
}
