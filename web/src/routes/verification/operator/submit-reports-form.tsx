import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { acted, ApiError } from '../../../api/client.ts';
import { useConfirm } from '../../../components/confirm.tsx';
import { useErrorText } from '../../../i18n/errors.ts';
import { formatInteger } from '../../../i18n/format.ts';
import { operatorWrites, type AcceptedReport, type FacilityDetail, type RefusalDetails } from '../api.ts';
import { batchesOf, parseSignedReports, type SignedReport } from './files.ts';

/** What the server answered for one request: the reports it accepted, or its refusal of the batch. */
type Outcome = { kind: 'accepted'; accepted: AcceptedReport[] } | { kind: 'refused'; error: ApiError; reports: SignedReport[] };

interface Chosen {
  file: string;
  single: boolean;
  reports: SignedReport[];
}

/** Sends the reports, one request per batch of 500, stopping at the first refusal (each batch is all or nothing). */
async function send(chosen: Chosen): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const batch of chosen.single ? [chosen.reports] : batchesOf(chosen.reports)) {
    try {
      if (chosen.single && batch[0]) {
        const { data } = await acted(operatorWrites.submitReport(batch[0]));
        outcomes.push({ kind: 'accepted', accepted: [data] });
      } else {
        const { data } = await acted(operatorWrites.submitReports(batch));
        outcomes.push({ kind: 'accepted', accepted: data.accepted });
      }
    } catch (caught) {
      const error = caught instanceof ApiError ? caught : new ApiError('unexpected', String(caught), 0);
      outcomes.push({ kind: 'refused', error, reports: batch });
      break;
    }
  }
  return outcomes;
}

/** Submits a signed report file (one report, or a batch as the CLI and the simulator write them) and shows each check's result. */
export function SubmitReportsForm({ facility, onSubmitted }: { facility: FacilityDetail; onSubmitted: () => void }) {
  const { t } = useTranslation('verification');
  const id = useId();
  const [confirm, confirmDialog] = useConfirm();
  const [chosen, setChosen] = useState<Chosen | null | 'unreadable'>(null);
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<Outcome[] | null>(null);

  const choose = async (file: File | undefined) => {
    setOutcomes(null);
    if (!file) return setChosen(null);
    const parsed = parseSignedReports(await file.text());
    setChosen(parsed ? { file: file.name, ...parsed } : 'unreadable');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen || chosen === 'unreadable') return;
    const question = t('operator.reports.confirm', { count: chosen.reports.length, name: facility.name });
    if (!(await confirm({ question, action: t('operator.reports.submit') }))) return;
    setBusy(true);
    const sent = await send(chosen);
    setBusy(false);
    setOutcomes(sent);
    if (sent.some((o) => o.kind === 'accepted')) onSubmitted();
  };

  return (
    <form className="form operator-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('operator.reports.heading')}</h3>
      <p className="muted">{t('operator.reports.lead')}</p>
      <label htmlFor={`${id}-file`}>{t('operator.reports.file')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept="application/json,.json"
        aria-describedby={`${id}-chosen`}
        onChange={(e) => void choose(e.target.files?.[0])}
      />
      <p id={`${id}-chosen`} className={chosen === 'unreadable' ? 'form-error' : 'muted'} aria-live="polite">
        {chosen === 'unreadable' && t('operator.reports.unreadable')}
        {chosen && chosen !== 'unreadable' && <ChosenSummary chosen={chosen} facilityId={facility.id} />}
      </p>
      {outcomes && <Outcomes outcomes={outcomes} />}
      <button type="submit" className="button" disabled={busy || !chosen || chosen === 'unreadable'}>
        {busy ? t('operator.reports.sending') : t('operator.reports.submit')}
      </button>
      {confirmDialog}
    </form>
  );
}

/** "7", or "7–12" (a range reads left to right in every language). */
const sequenceRange = (from: number, to: number) =>
  from === to ? formatInteger(from) : `\u2066${formatInteger(from)}–${formatInteger(to)}\u2069`;

function ChosenSummary({ chosen, facilityId }: { chosen: Chosen; facilityId: string }) {
  const { t } = useTranslation('verification');
  const sequences = chosen.reports.map((r) => r.report.sequence);
  const others = chosen.reports.filter((r) => r.report.facilityId !== facilityId).length;
  return (
    <>
      {t('operator.reports.chosen', {
        count: chosen.reports.length,
        file: chosen.file,
        sequences: sequenceRange(Math.min(...sequences), Math.max(...sequences)),
      })}
      {others > 0 && <strong> {t('operator.reports.otherFacility', { count: others })}</strong>}
    </>
  );
}

/** Each report accepted (with its log entry and warnings), or the refusal: its code, the report it names, and why. */
function Outcomes({ outcomes }: { outcomes: Outcome[] }) {
  const { t } = useTranslation('verification');
  const accepted = outcomes.flatMap((o) => (o.kind === 'accepted' ? o.accepted : []));
  const refusal = outcomes.find((o) => o.kind === 'refused');
  return (
    <div className="report-outcomes" role="status" data-testid="report-outcomes">
      {accepted.length > 0 && (
        <>
          <p className="form-done">{t('operator.reports.accepted', { count: accepted.length })}</p>
          <ul>
            {accepted.map((a) => (
              <li key={a.reportId} data-report={a.reportId}>
                {t('operator.reports.acceptedOne', { report: a.reportId })}{' '}
                <Link to={`/log?entry=${a.logIndex}`}>{t('operator.reports.logEntry', { index: formatInteger(a.logIndex) })}</Link>
                {a.warnings.map((w) => (
                  <div key={w.workloadId} className="muted">
                    {t('operator.reports.undeclaredRun', { workload: w.workloadId, run: w.runId })}
                  </div>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
      {refusal && <Refusal error={refusal.error} reports={refusal.reports} />}
    </div>
  );
}

function Refusal({ error, reports }: { error: ApiError; reports: SignedReport[] }) {
  const { t } = useTranslation('verification');
  const errorText = useErrorText();
  const details = (error.details && !Array.isArray(error.details) ? error.details : {}) as Partial<RefusalDetails>;
  const issues = Array.isArray(error.details) ? (error.details as { path?: string; message?: string }[]) : [];
  const report = details.reportId ?? (details.index !== undefined ? reports[details.index]?.report : undefined);
  const named = typeof report === 'string' ? report : report ? `${report.facilityId}#${report.sequence}` : null;
  return (
    <div className="form-error" role="alert" data-testid="report-refusal" data-code={error.code}>
      <p>
        {named ? t('operator.reports.refused', { report: named, error: errorText(error) }) : errorText(error)} <code>{error.code}</code>{' '}
        <span lang="en">({error.message})</span>
      </p>
      {reports.length > 1 && <p>{t('operator.reports.nothingStored', { count: reports.length })}</p>}
      <ul>
        {details.keyId && <li>{t('operator.reports.keyNamed', { key: details.keyId })}</li>}
        {details.lastSequence !== undefined && <li>{t('operator.reports.lastSequence', { sequence: details.lastSequence })}</li>}
        {details.workloadId && <li>{t('operator.reports.workload', { workload: details.workloadId })}</li>}
        {details.problems?.map((p, i) => (
          <li key={i}>
            <code>{p.code}</code>
            {p.workloadId && <> {t('operator.reports.workload', { workload: p.workloadId })}</>} <span lang="en">{p.message}</span>
          </li>
        ))}
        {issues.map((issue, i) => (
          <li key={`issue-${i}`}>
            <code dir="ltr">{issue.path}</code> <span lang="en">{issue.message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
