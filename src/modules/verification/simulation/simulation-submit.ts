/**
 * Feeds a simulated world to a Concord server the way its facilities would: register each
 * facility with its first key, declare the runs, then submit the signed reports in batches,
 * rotating each facility's key when the simulation does. One orchestrator, two transports: the
 * services in-process (tests, benchmark) or the HTTP API with a bearer token (`concord simulate
 * --url`).
 */
import type { Actor } from '../../../core/auth/permissions.ts';
import type { Db } from '../../../core/db/client.ts';
import { AppError } from '../../../core/errors.ts';
import { registerFacility, rotateFacilityKey } from '../facility.service.ts';
import type { NewFacility } from '../facilities.dto.ts';
import { submitReports } from '../report.service.ts';
import { declareRun } from '../run.service.ts';
import { signAll, type Simulation } from './simulator.ts';
import type { SignedReport } from '../types.ts';
import type { VerificationEnv } from '../verification-env.ts';
import { MAX_BATCH, type NewRun } from '../reports.dto.ts';

/** What submitting needs of a server. */
export interface SubmissionTarget {
  registerFacility(input: NewFacility): Promise<unknown>;
  rotateKey(facilityId: string, input: { publicKeyPem: string; at: string }): Promise<unknown>;
  declareRun(input: NewRun): Promise<unknown>;
  submitBatch(reports: SignedReport[]): Promise<unknown>;
}

/** The services, called in-process as `actor`, on the module's clock `env`. */
export function serviceTarget(db: Db, actor: Actor, env: VerificationEnv): SubmissionTarget {
  return {
    registerFacility: (input) => registerFacility(db, actor, input, env),
    rotateKey: (facilityId, input) => rotateFacilityKey(db, actor, facilityId, input, env),
    declareRun: (input) => declareRun(db, actor, input),
    submitBatch: (reports) => submitReports(db, actor, reports, env),
  };
}

/** The HTTP API of a server at `baseUrl`, with a bearer token; a refusal becomes an AppError with the server's code. */
export function httpTarget(baseUrl: string, token: string): SubmissionTarget {
  const post = async (path: string, body: unknown) => {
    const res = await fetch(new URL(path, baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    const json = (await res.json().catch(() => null)) as { error?: { code: string; message: string; details?: unknown } } | null;
    if (!res.ok) {
      throw new AppError(json?.error?.code ?? 'http_error', `${path}: ${json?.error?.message ?? `the server answered ${res.status}`}`, {
        status: res.status as 400,
        details: json?.error?.details,
      });
    }
    return json;
  };
  return {
    registerFacility: (input) => post('/api/facilities', input),
    rotateKey: (facilityId, input) => post(`/api/facilities/${encodeURIComponent(facilityId)}/keys`, input),
    declareRun: (input) => post('/api/runs', input),
    submitBatch: (reports) => post('/api/reports/batch', { reports }),
  };
}

export interface SubmitOptions {
  /** Reports per batch, at most 500. */
  maxBatch?: number;
  /** JSON bytes per batch, to stay under the server's BODY_LIMIT (default 1 MiB less a margin). */
  maxBytes?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Splits reports into batches of at most `maxBatch` reports and `maxBytes` JSON bytes. */
export function batches(reports: readonly SignedReport[], maxBatch = MAX_BATCH, maxBytes = 1_000_000): SignedReport[][] {
  const out: SignedReport[][] = [];
  let current: SignedReport[] = [];
  let bytes = 20;
  for (const r of reports) {
    const size = Buffer.byteLength(JSON.stringify(r)) + 1;
    if (current.length > 0 && (current.length >= maxBatch || bytes + size > maxBytes)) {
      out.push(current);
      current = [];
      bytes = 20;
    }
    current.push(r);
    bytes += size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Registers the facilities (first key valid from the simulation's start), declares the runs, and
 * submits every report signed by each facility's k-th key before rotating to its (k+1)-th key at
 * that key's validFrom. Returns the counts.
 */
export async function submitSimulation(target: SubmissionTarget, sim: Simulation, options: SubmitOptions = {}) {
  const signed = signAll(sim.reports, sim.facilities);
  for (const f of sim.facilities) {
    const [first] = f.keys;
    if (first === undefined) throw new RangeError(`facility ${f.id} has no key to register (simulate with keys)`);
    await target.registerFacility({
      id: f.id,
      name: f.name,
      operator: f.operator,
      jurisdiction: f.jurisdiction,
      inventory: f.inventory,
      keys: [{ publicKeyPem: first.publicKeyPem, validFrom: first.validFrom }],
    });
  }
  for (const run of sim.runs) {
    await target.declareRun({
      id: run.id,
      developer: run.developer,
      name: run.name,
      purpose: run.purpose,
      expectedFlop: run.expectedFlop,
      ...(run.licenceRef ? { licenceRef: run.licenceRef } : {}),
    });
  }
  const keyIndex = new Map(sim.facilities.flatMap((f) => f.keys.map((k, i) => [k.keyId, i] as const)));
  const phases = Math.max(...sim.facilities.map((f) => f.keys.length));
  let done = 0;
  for (let phase = 0; phase < phases; phase++) {
    if (phase > 0) {
      for (const f of sim.facilities) {
        const key = f.keys[phase];
        if (key) await target.rotateKey(f.id, { publicKeyPem: key.publicKeyPem, at: key.validFrom });
      }
    }
    const mine = signed.filter((s) => keyIndex.get(s.keyId) === phase);
    for (const batch of batches(mine, options.maxBatch, options.maxBytes)) {
      await target.submitBatch(batch);
      done += batch.length;
      options.onProgress?.(done, signed.length);
    }
  }
  return { facilities: sim.facilities.length, runs: sim.runs.length, reports: signed.length };
}
