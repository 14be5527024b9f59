import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionResult, useAction } from '../../../components/action.tsx';
import { useConfirm } from '../../../components/confirm.tsx';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { ApiError, data, http, type components } from '../../../api/client.ts';
import { useErrorText } from '../../../i18n/errors.ts';
import { formatDate, formatInteger, formatNumber } from '../../../i18n/format.ts';
import { Figures } from './figures.tsx';

type Rejected = components['schemas']['ContributionImportRejected']['error']['details'];
/** What the dry run answered: the rows a good file would store, or every row of a bad file that is refused. */
type Preview = { rows: components['schemas']['ContributionImportPreview']['rows']; rejected: Rejected['rejected']; acceptable: number };

/** The dry run's answer as a preview; an `import_rejected` refusal is a preview too (its rows and reasons). */
async function dryRun(csv: string): Promise<Preview> {
  try {
    const { rows } = await data(http.POST('/api/coalition/contributions/import/preview', asCsv(csv)));
    return { rows, rejected: [], acceptable: rows.length };
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'import_rejected') throw error;
    const details = error.details as Rejected;
    return { rows: [], rejected: details.rejected, acceptable: details.acceptableRows };
  }
}

/** The columns the server reads (src/modules/coalition/contributions-csv.ts), in its order. */
const HEADER = 'person,date,hours,amount,currency,description';
const COLUMNS = ['person', 'date', 'hours', 'amount', 'currency', 'description'] as const;
const EXAMPLE = `${HEADER}\nAda Lovelace,2025-01-10,3.5,,,call preparation\n42,2025-01-11,,600.50,USD,servers`;

/** Where the page is: reading the file (with its progress), the server checking it, or a preview to act on. */
type Stage =
  | { step: 'idle' }
  | { step: 'reading'; name: string; loaded: number; total: number }
  | { step: 'checking'; name: string }
  | { step: 'checked'; name: string; csv: string; preview: Preview }
  | { step: 'failed'; name: string; error: unknown };

/** Reads a file as text, reporting how much of it has been read. */
function readFile(file: File, onProgress: (loaded: number, total: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });
}

const asCsv = (csv: string) => ({ body: csv, bodySerializer: (b: string) => b, headers: { 'content-type': 'text/csv' } });

/**
 * The CSV import in two steps: the file is read and checked by the server's dry run, which shows
 * every row it would store and every row it would refuse with the reasons; "Import" is offered only
 * when nothing is refused, and stores the file all or nothing.
 */
export function ContributionsImport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation('admin/coalition');
  const errorText = useErrorText();
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const [confirm, confirmDialog] = useConfirm();
  const action = useAction();
  const [imported, setImported] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  async function choose(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    // Cleared, so that choosing the same (corrected) file again is a change too.
    e.target.value = '';
    if (!file) return;
    action.reset();
    const name = file.name;
    try {
      setStage({ step: 'reading', name, loaded: 0, total: file.size });
      const csv = await readFile(file, (loaded, total) => setStage({ step: 'reading', name, loaded, total }));
      setStage({ step: 'checking', name });
      const preview = await dryRun(csv);
      setStage({ step: 'checked', name, csv, preview });
    } catch (error) {
      setStage({ step: 'failed', name, error });
    }
  }

  async function importRows(csv: string, count: number) {
    if (!(await confirm({ question: t('import.question', { count, rows: formatInteger(count) }), action: t('import.confirm') }))) return;
    const report = await action.run(() => http.POST('/api/coalition/contributions/import', asCsv(csv)));
    if (!report) return;
    setImported(report.imported);
    setStage({ step: 'idle' });
    onImported();
  }

  return (
    <section className="form admin-form csv-import" aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <p>{t('import.lead')}</p>
      <CsvFormat />
      <label htmlFor="import-file">{t('import.file')}</label>
      <input id="import-file" ref={input} type="file" accept=".csv,text/csv" onChange={(e) => void choose(e)} />
      {stage.step === 'reading' && (
        <p>
          <label htmlFor="import-progress">{t('import.reading', { name: stage.name })}</label>{' '}
          <progress id="import-progress" max={stage.total || 1} value={stage.loaded} />
        </p>
      )}
      {stage.step === 'checking' && (
        <p aria-busy="true">
          <label htmlFor="import-progress">{t('import.checking', { name: stage.name })}</label> <progress id="import-progress" />
        </p>
      )}
      {stage.step === 'failed' && (
        <p className="form-error" role="alert">
          {t('import.failed', { name: stage.name, error: errorText(stage.error) })}
        </p>
      )}
      {stage.step === 'checked' && (
        <PreviewOf
          name={stage.name}
          preview={stage.preview}
          busy={action.busy}
          onImport={() => void importRows(stage.csv, stage.preview.rows.length)}
        />
      )}
      <ActionResult action={action} done={t('import.done', { count: imported, rows: formatInteger(imported) })} />
      {confirmDialog}
    </section>
  );
}

/** The columns the file must have, with an example: the same rules as the server's reading of it. */
function CsvFormat() {
  const { t } = useTranslation('admin/coalition');
  return (
    <>
      <details>
        <summary>{t('import.format')}</summary>
        <p>{t('import.header')}</p>
        <pre dir="ltr" lang="en" className="csv-example">
          <code>{EXAMPLE}</code>
        </pre>
        <dl className="csv-columns">
          {COLUMNS.map((c) => (
            <div key={c}>
              <dt>
                <code>{c}</code>
              </dt>
              <dd>{t(`import.columns.${c}`)}</dd>
            </div>
          ))}
        </dl>
      </details>
      <p className="expected-header">
        {t('import.expected')} <code dir="ltr">{HEADER}</code>
      </p>
    </>
  );
}

/** What the dry run found: every refused row with its reasons, or the rows to import and the button. */
function PreviewOf({ name, preview, busy, onImport }: { name: string; preview: Preview; busy: boolean; onImport: () => void }) {
  const { t } = useTranslation('admin/coalition');
  const { rows, rejected } = preview;
  return (
    <div className="import-preview" data-testid="import-preview">
      {rejected.length > 0 ? (
        <div className="form-error" role="alert">
          <p>{t('import.rejected', { count: rejected.length, rejected: formatInteger(rejected.length), name })}</p>
          <ul className="rejected-rows">
            {rejected.map((r) => (
              <li key={r.row} data-row={r.row}>
                <strong>{t('import.row', { row: formatInteger(r.row) })}</strong> <span lang="en">{r.errors.join('; ')}</span>
              </li>
            ))}
          </ul>
          <p>{t('import.acceptable', { count: preview.acceptable, rows: formatInteger(preview.acceptable) })}</p>
        </div>
      ) : (
        <p className="notice" role="status">
          {t('import.ready', { count: rows.length, rows: formatInteger(rows.length), name })}
        </p>
      )}
      {rows.length > 0 && (
        <ScrollRegion label={t('import.previewTable')}>
          <table>
            <caption className="visually-hidden">{t('import.previewTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.rowHeading')}</th>
                <th scope="col">{t('contributions.person')}</th>
                <th scope="col">{t('contributions.date')}</th>
                <th scope="col" className="numeric">
                  {t('contributions.hours')}
                </th>
                <th scope="col" className="numeric">
                  {t('contributions.amount')}
                </th>
                <th scope="col">{t('contributions.description')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.row}>
                  <th scope="row">{formatInteger(r.row)}</th>
                  <td>{r.personName}</td>
                  <td>{formatDate(r.contributedOn)}</td>
                  <td className="numeric">{r.hours !== 0 ? formatNumber(r.hours) : ''}</td>
                  <td className="numeric">
                    <Figures hours={0} amountMinor={r.amountMinor} currency={r.currency} />
                  </td>
                  <td className="description">{r.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {rejected.length === 0 && rows.length > 0 && (
        <p>
          <button type="button" className="button" onClick={onImport} disabled={busy}>
            {t('import.importRows', { count: rows.length, rows: formatInteger(rows.length) })}
          </button>
        </p>
      )}
    </div>
  );
}
