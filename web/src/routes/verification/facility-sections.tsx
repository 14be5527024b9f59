import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { formatInteger } from '../../i18n/format.ts';
import type { FacilityDetail } from './api.ts';
import { SignedReportButton } from './operator/signed-report-button.tsx';
import { formatDay, formatFlop, formatHours, formatList, formatTime } from './format.ts';

/** Who runs the facility, where, and what it holds. */
export function FacilityFacts({ facility: f }: { facility: FacilityDetail }) {
  const { t } = useTranslation('verification');
  return (
    <dl className="facts">
      <dt>{t('facility.facts.id')}</dt>
      <dd>
        <code>{f.id}</code>
      </dd>
      <dt>{t('facility.facts.operator')}</dt>
      <dd>{f.operator}</dd>
      <dt>{t('facility.facts.jurisdiction')}</dt>
      <dd>
        <code>{f.jurisdiction}</code>
      </dd>
      <dt>{t('facility.facts.accelerators')}</dt>
      <dd>{t('facility.facts.acceleratorsValue', { number: formatInteger(f.accelerators), peak: formatFlop(f.peakFlops) })}</dd>
      <dt>{t('facility.facts.reports')}</dt>
      <dd>{formatInteger(f.reportCount)}</dd>
      {f.operators && (
        <>
          <dt>{t('facility.facts.operatorAccounts')}</dt>
          <dd>{formatList(f.operators.map((o) => o.name))}</dd>
        </>
      )}
    </dl>
  );
}

/** The accelerators the facility declared. */
export function InventoryTable({ inventory }: { inventory: FacilityDetail['inventory'] }) {
  const { t } = useTranslation('verification');
  return (
    <>
      <h2>{t('facility.inventory.heading')}</h2>
      <ScrollRegion label={t('facility.inventory.heading')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('facility.inventory.model')}</th>
              <th scope="col" className="numeric">
                {t('facility.inventory.count')}
              </th>
              <th scope="col" className="numeric">
                {t('facility.inventory.peakEach')}
              </th>
            </tr>
          </thead>
          <tbody>
            {inventory.map((i) => (
              <tr key={i.model}>
                <th scope="row">{i.model}</th>
                <td className="numeric">{formatInteger(i.count)}</td>
                <td className="numeric">{formatFlop(i.peakFlops)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

/** The facility's report-signing keys, retired ones included. */
export function KeysTable({ keys }: { keys: FacilityDetail['keys'] }) {
  const { t } = useTranslation('verification');
  return (
    <>
      <h2>{t('facility.keys.heading')}</h2>
      <ScrollRegion label={t('facility.keys.heading')}>
        <table className="keys-table">
          <thead>
            <tr>
              <th scope="col">{t('facility.keys.keyId')}</th>
              <th scope="col">{t('facility.keys.validFrom')}</th>
              <th scope="col">{t('facility.keys.retired')}</th>
              <th scope="col">{t('facility.keys.publicKey')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k.keyId}>
                <th scope="row">
                  <code>{k.keyId}</code>
                </th>
                <td>{formatTime(k.validFrom)}</td>
                <td>{k.retiredAt ? formatTime(k.retiredAt) : <span className="badge ok">{t('facility.keys.active')}</span>}</td>
                <td>
                  {/* A PEM block reads left to right in every language. */}
                  <pre className="key-pem" dir="ltr">
                    {k.publicKeyPem.trim()}
                  </pre>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

/** The latest 60 reports, newest first; those who may inspect the facility can download each in its signed form. */
export function ReportsSection({ facility }: { facility: FacilityDetail }) {
  const { reports, viewerMayInspect } = facility;
  const { t } = useTranslation('verification');
  const recent = [...reports].reverse().slice(0, 60);
  const log = { log: <Link to="/log" /> };
  return (
    <>
      <h2>{t('facility.reports.heading')}</h2>
      <p className="muted">
        {reports.length > recent.length ? (
          <Trans
            t={t}
            i18nKey="facility.reports.noteLatest"
            values={{ shown: formatInteger(recent.length), total: formatInteger(reports.length) }}
            components={log}
          />
        ) : (
          <Trans t={t} i18nKey="facility.reports.note" components={log} />
        )}
      </p>
      <ScrollRegion label={t('facility.reports.heading')}>
        <table className="reports-table">
          <thead>
            <tr>
              <th scope="col">{t('facility.reports.report')}</th>
              <th scope="col">{t('facility.reports.period')}</th>
              <th scope="col" className="numeric">
                {t('facility.reports.metered')}
              </th>
              <th scope="col" className="numeric">
                {t('facility.reports.declared')}
              </th>
              <th scope="col" className="numeric">
                {t('facility.reports.energy')}
              </th>
              <th scope="col" className="numeric">
                {t('facility.reports.workloads')}
              </th>
              <th scope="col">{t('facility.reports.key')}</th>
              <th scope="col" className="numeric">
                {t('facility.reports.logEntry')}
              </th>
              {viewerMayInspect && <th scope="col">{t('facility.reports.signed')}</th>}
            </tr>
          </thead>
          <tbody>
            {recent.map((r) => (
              <tr key={r.sequence}>
                <th scope="row">{r.reportId}</th>
                <td>
                  {formatDay(r.periodStart)} – {formatDay(r.periodEnd)}
                </td>
                <td className="numeric">{formatHours(r.meteredAcceleratorHours)}</td>
                <td className="numeric">{formatHours(r.declaredAcceleratorHours)}</td>
                <td className="numeric">{formatHours(r.energyKwh)}</td>
                <td className="numeric">{formatInteger(r.workloadCount)}</td>
                <td>
                  <code>{r.keyId}</code>
                </td>
                <td className="numeric">
                  <Link to={`/log?entry=${r.logIndex}`}>{formatInteger(r.logIndex)}</Link>
                </td>
                {viewerMayInspect && (
                  <td>
                    <SignedReportButton facilityId={facility.id} sequence={r.sequence} reportId={r.reportId} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
