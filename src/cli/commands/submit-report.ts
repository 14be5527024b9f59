import { createPrivateKey, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import type { Command } from 'commander';
import { canonicalBytes, keyIdOf, signReport } from '../../modules/verification/report-signing.ts';
import { batches } from '../../modules/verification/simulation/simulation-submit.ts';
import type { ComputeReport, SignedReport } from '../../modules/verification/types.ts';
import { ComputeReportSchema } from '../../modules/verification/reports.dto.ts';
import { action, CliError } from '../run.ts';
import type { components } from '../../../web/src/api/openapi.gen.ts';
import { answer, operatorClient, readJson, serverOptions, type ServerOptions } from './server-client.ts';

function readPrivateKey(file: string): KeyObject {
  try {
    return createPrivateKey(fs.readFileSync(file, 'utf8'));
  } catch {
    throw new CliError(`${file} does not hold a private key in PEM form`);
  }
}

/** Checks a report against the server's schema, so a typo fails here and not after signing. */
function parseReport(value: unknown, where: string): ComputeReport {
  const parsed = ComputeReportSchema.safeParse(value);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw new CliError(
      issue === undefined ? `${where}: not a valid report` : `${where}: ${issue.path.join('.') || 'report'}: ${issue.message}`,
    );
  }
  return value as ComputeReport;
}

/** `concord facility report`: signs a report (or an array of them) and submits it, or prints what would be signed. */
export function reportCommand(facility: Command) {
  serverOptions(
    facility
      .command('report')
      .description('sign a compute report (JSON; an array signs and submits a batch) with the facility key and submit it')
      .requiredOption('--key <file>', 'the facility’s private key (from `concord facility keygen`)')
      .requiredOption(
        '--file <file>',
        'the report as JSON (facilityId, sequence, periodStart, periodEnd, meteredAcceleratorHours, energyKwh, workloads)',
      )
      .option('--dry-run', 'print the canonical bytes (RFC 8785) and the signature instead of submitting'),
  ).action(
    action(async (opts: ServerOptions & { key: string; file: string; dryRun?: boolean }) => {
      const key = readPrivateKey(opts.key);
      const keyId = keyIdOf(key);
      const raw = readJson(opts.file);
      const reports = (Array.isArray(raw) ? raw : [raw]).map((r, i) =>
        parseReport(r, Array.isArray(raw) ? `${opts.file}[${i}]` : opts.file),
      );
      const signed: SignedReport[] = reports.map((report) => ({ report, keyId, signature: signReport(report, key) }));
      if (opts.dryRun) {
        for (const s of signed)
          process.stdout.write(`${canonicalBytes(s.report).toString('utf8')}\nkeyId: ${s.keyId}\nsignature: ${s.signature}\n`);
        return;
      }
      const client = operatorClient(opts);
      const url = opts.url ?? '';
      const [one] = signed;
      if (!Array.isArray(raw) && one !== undefined) {
        print([await answer(client.POST('/api/reports', { body: one }), url)]);
        return;
      }
      for (const batch of batches(signed))
        print((await answer(client.POST('/api/reports/batch', { body: { reports: batch } }), url)).accepted);
    }),
  );
}

function print(accepted: components['schemas']['AcceptedReport'][]) {
  for (const a of accepted) {
    process.stdout.write(`accepted ${a.reportId} at log index ${a.logIndex} (sha256 ${a.reportSha256})\n`);
    for (const w of a.warnings) process.stdout.write(`  warning: workload ${w.workloadId} cites run ${w.runId}, which nobody declared\n`);
  }
}
