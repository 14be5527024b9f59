/**
 * The Log page's witnesses: who cosigned the checkpoint shown, each cosignature checked in this
 * browser against the witness's published key (components/cosignatures.ts), and whether the
 * verified cosignatures of the witnesses the log asks reach the quorum. The server's list says who
 * the witnesses are; whether each one cosigned is decided here, from the note's own bytes.
 */
import { useTranslation } from 'react-i18next';
import { data, http } from '../api/client.ts';
import { witnessApi, type Witness } from '../api/witnesses.ts';
import { checkCosignature, type CosignatureCheck } from '../components/cosignatures.ts';
import { LoadState } from '../components/load-state.tsx';
import { toHex, type Checkpoint } from '../components/log-verify.ts';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { useApi } from '../components/use-api.ts';
import { formatDateTime, formatInteger } from '../i18n/format.ts';

interface WitnessRow {
  witness: Witness;
  check: CosignatureCheck;
  /** The delegation that registered it, by name; null for a witness the operator configured. */
  delegation: string | null;
}

interface Witnessing {
  quorum: number;
  rows: WitnessRow[];
  /** Distinct witnesses the log asks whose cosignature verified here. */
  verified: number;
}

/** The participant's name, or its number when it cannot be read. */
const participantName = (id: number) =>
  data(http.GET('/api/assembly/participants/{id}', { params: { path: { id } } })).then(
    (p) => p.name,
    () => `#${id}`,
  );

/** The listed witnesses, each one's cosignature of `checkpoint` checked here. */
async function loadWitnessing(checkpoint: Checkpoint): Promise<Witnessing> {
  const { quorum, witnesses } = await witnessApi.list();
  const rows = await Promise.all(
    witnesses.map(async (witness) => ({
      witness,
      check: await checkCosignature(checkpoint, witness.vkey),
      delegation: witness.participantId === null ? null : await participantName(witness.participantId),
    })),
  );
  const verified = new Set(rows.filter((r) => r.witness.asked && r.check.status === 'verified').map((r) => r.witness.vkey)).size;
  return { quorum, rows, verified };
}

/** The Log page's "Witnesses" section for the checkpoint the page shows. */
export function WitnessesSection({ checkpoint, note }: { checkpoint: Checkpoint; note: string }) {
  const { t } = useTranslation();
  const witnessing = useApi(() => loadWitnessing(checkpoint), note);
  return (
    <section aria-labelledby="witnesses-heading" data-testid="witnesses">
      <h2 id="witnesses-heading">{t('log.witnesses.heading')}</h2>
      <p>{t('log.witnesses.lead')}</p>
      <dl className="log-witnessed">
        <dt>{t('log.witnesses.size')}</dt>
        <dd>{formatInteger(checkpoint.size)}</dd>
        <dt>{t('log.witnesses.root')}</dt>
        <dd>
          <code lang="zxx" dir="ltr">
            {toHex(checkpoint.rootHash)}
          </code>
        </dd>
      </dl>
      <LoadState state={witnessing} what={t('log.witnesses.what')} />
      {witnessing.status === 'ok' && <Witnesses witnessing={witnessing.data} />}
    </section>
  );
}

function Witnesses({ witnessing: { quorum, rows, verified } }: { witnessing: Witnessing }) {
  const { t } = useTranslation();
  const met = verified >= quorum;
  return (
    <>
      <p data-testid="quorum" className={quorum === 0 ? undefined : `verdict ${met ? 'ok' : 'failed'}`}>
        {quorum === 0
          ? t('log.witnesses.quorum.none')
          : `${met ? '✓' : '✗'} ${t(met ? 'log.witnesses.quorum.met' : 'log.witnesses.quorum.notMet', {
              verified: formatInteger(verified),
              quorum: formatInteger(quorum),
            })}`}
      </p>
      {rows.length > 0 && (
        <ScrollRegion label={t('log.witnesses.heading')}>
          <table className="log-witnesses">
            <thead>
              <tr>
                <th scope="col">{t('log.witnesses.columns.witness')}</th>
                <th scope="col">{t('log.witnesses.columns.check')}</th>
                <th scope="col">{t('log.witnesses.columns.time')}</th>
                <th scope="col">{t('log.witnesses.columns.delegation')}</th>
                <th scope="col">{t('log.witnesses.columns.asked')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <WitnessLine key={row.witness.vkey} row={row} />
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}

/** ✓, ✗ or – before the verdict, so that it does not rest on colour alone. */
const MARKS: Record<CosignatureCheck['status'], string> = { verified: '✓', invalid: '✗', badKey: '✗', absent: '–', unsupported: '?' };

function WitnessLine({ row: { witness, check, delegation } }: { row: WitnessRow }) {
  const { t } = useTranslation();
  const failed = check.status === 'invalid' || check.status === 'badKey';
  return (
    <tr data-witness={witness.name} data-check={check.status}>
      <th scope="row">
        {/* A key name and key are data, not text in any language. */}
        <span lang="zxx" dir="ltr">
          {witness.name}
        </span>
        <details className="log-witness-key">
          <summary>{t('log.witnesses.key')}</summary>
          <code lang="zxx" dir="ltr">
            {witness.vkey}
          </code>
        </details>
      </th>
      <td className={check.status === 'verified' ? 'witness-check ok' : failed ? 'witness-check failed' : 'witness-check'}>
        {MARKS[check.status]} {t(`log.witnesses.check.${check.status}`)}
      </td>
      <td>
        {check.status === 'verified' ? (
          <time dateTime={new Date(check.timestamp * 1000).toISOString()}>{formatDateTime(check.timestamp * 1000)}</time>
        ) : (
          '—'
        )}
      </td>
      <td>{delegation === null ? t('log.witnesses.configured') : <span lang="en">{delegation}</span>}</td>
      <td>{witness.asked ? t('log.witnesses.asked.yes') : t('log.witnesses.asked.no')}</td>
    </tr>
  );
}
