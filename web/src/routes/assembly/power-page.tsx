import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/page-title.ts';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { useApi } from '../../components/use-api.ts';
import { useErrorText } from '../../i18n/errors.ts';
import { formatInteger, formatList, formatPercent } from '../../i18n/format.ts';
import { assemblyApi, type AssemblyPower, type MotionKind, type Rules } from './api.ts';
import { BarChart } from './bar-chart.tsx';
import { AssemblyNav, Load } from './page-parts.tsx';

const KINDS: readonly MotionKind[] = ['adoption', 'amendment', 'procedural'];

/** Exact Banzhaf and Shapley–Shubik indices of the members, for each kind of motion; veto players stand out. */
export function PowerPage() {
  const { t } = useTranslation('assembly');
  const errorText = useErrorText();
  usePageTitle(t('power.title'));
  const [kind, setKind] = useState<MotionKind>('adoption');
  const data = useApi(() => Promise.all([assemblyApi.power(kind), assemblyApi.rules()]), kind);
  return (
    <article>
      <AssemblyNav />
      <h1>{t('power.title')}</h1>
      <p className="lead">{t('power.lead')}</p>
      <div className="toolbar">
        <label>
          {t('power.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as MotionKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`motionKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {data.status === 'error' && data.error.code === 'no_members' ? (
        // Not a failure: a new assembly has no member yet, so there is nothing to compute.
        <p className="notice" data-testid="no-members">
          {errorText(data.error)}
        </p>
      ) : (
        <Load state={data}>{([p, { rules }]) => <PowerView p={p} rules={rules} />}</Load>
      )}
    </article>
  );
}

/** The verdict on vetoes, the two indices as bar charts, and the table of every member. */
function PowerView({ p, rules }: { p: AssemblyPower; rules: Rules }) {
  const { t } = useTranslation('assembly');
  const sorted = [...p.players].sort((a, b) => b.banzhaf - a.banzhaf);
  const veto = t('power.veto');
  return (
    <>
      <p
        data-testid="veto-verdict"
        className={p.vetoPlayers.length > 0 ? 'form-error' : 'form-ok'}
        role={p.vetoPlayers.length > 0 ? 'alert' : undefined}
      >
        {p.vetoPlayers.length > 0
          ? t('power.vetoInEffect', { count: p.vetoPlayers.length, names: formatList(p.vetoPlayers, 'unit') })
          : t('power.noVeto')}
      </p>
      <p className="muted">
        {t('power.quota', {
          quota: formatInteger(p.quota),
          total: formatInteger(p.totalWeight),
          threshold: formatPercent(p.threshold, 2),
          resolution: formatInteger(p.resolution),
        })}
      </p>
      <BarChart
        title={t('power.banzhaf')}
        bars={sorted.map((x) => ({ key: x.participantId, label: x.name, value: x.banzhaf, highlight: x.veto ? veto : undefined }))}
      />
      {sorted.every((x) => x.shapleyShubik !== null) && (
        <BarChart
          title={t('power.shapleyShubik')}
          bars={sorted.map((x) => ({
            key: x.participantId,
            label: x.name,
            value: x.shapleyShubik ?? 0,
            highlight: x.veto ? veto : undefined,
          }))}
        />
      )}
      <ScrollRegion label={t('power.title')}>
        <table className="power-table">
          <thead>
            <tr>
              <th scope="col">{t('power.columns.member')}</th>
              <th scope="col" className="numeric">
                {t('power.columns.share')}
              </th>
              <th scope="col" className="numeric">
                {t('power.columns.banzhaf')}
              </th>
              <th scope="col" className="numeric">
                {t('power.columns.shapleyShubik')}
              </th>
              <th scope="col">{t('power.columns.veto')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((x) => (
              <tr key={x.participantId} data-veto={x.veto ? 'yes' : 'no'}>
                <th scope="row">{x.name}</th>
                <td className="numeric">{formatPercent(x.share, 2)}</td>
                <td className="numeric">{formatPercent(x.banzhaf, 2)}</td>
                <td className="numeric">{formatPercent(x.shapleyShubik, 2)}</td>
                <td>{x.veto ? veto : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <PowerNotes p={p} rules={rules} />
    </>
  );
}

/**
 * What the indices leave out. The server's `notes` say the same in English for API users; the
 * page writes them from the numbers and the rules, in the reader's language.
 */
function PowerNotes({ p, rules }: { p: AssemblyPower; rules: Rules }) {
  const { t } = useTranslation('assembly');
  const zeros = p.players.filter((x) => x.weight === 0).length;
  const doubleMajority = rules.thresholds[p.kind].doubleMajority;
  return (
    <ul className="muted">
      <li>
        {t('power.notes.weights', {
          resolution: formatInteger(p.resolution),
          total: formatInteger(p.totalWeight),
          threshold: formatPercent(p.threshold, 2),
        })}
      </li>
      <li>{t('power.notes.noQuorum')}</li>
      {zeros > 0 && <li>{t('power.notes.zeros', { count: zeros, n: formatInteger(zeros) })}</li>}
      {doubleMajority !== null && <li>{t('power.notes.doubleMajority', { share: formatPercent(doubleMajority) })}</li>}
      {rules.orgChamber.mode === 'advisory' && <li>{t('power.notes.advisory')}</li>}
      {p.players.some((x) => x.shapleyShubik === null) && <li>{t('power.notes.noShapleyShubik')}</li>}
    </ul>
  );
}
