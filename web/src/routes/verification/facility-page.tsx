import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { usePageTitle } from '../../components/page-title.ts';
import { useKeptApi } from '../../components/use-api.ts';
import { formatInteger } from '../../i18n/format.ts';
import { verificationApi, type FacilityDetail } from './api.ts';
import { FacilityFacts, InventoryTable, KeysTable, ReportsSection } from './facility-sections.tsx';
import { chartLabel, formatAxisDay, formatShare } from './format.ts';
import { VerificationLoadState } from './load-state.tsx';
import { PlotFigure, type PlotModule } from './plot-figure.tsx';
import { VerificationNav } from './verification-nav.tsx';
import { OperatorTools } from './operator/operator-tools.tsx';

/** Metered against declared accelerator-hours per report period, with the tolerance band below metered. */
function BalanceChart({ facility, tolerance }: { facility: FacilityDetail; tolerance: number }) {
  const { t, i18n } = useTranslation('verification');
  const beyond = facility.reports.filter(
    (r) => r.meteredAcceleratorHours - r.declaredAcceleratorHours > tolerance * r.meteredAcceleratorHours,
  ).length;
  const language = i18n.language;
  const draw = useCallback(
    (Plot: PlotModule) => {
      const metered = t('facility.chart.metered');
      const declared = t('facility.chart.declared');
      const points = facility.reports.flatMap((r) => [
        { at: new Date(r.periodEnd), hours: r.meteredAcceleratorHours, series: metered },
        { at: new Date(r.periodEnd), hours: r.declaredAcceleratorHours, series: declared },
      ]);
      const band = facility.reports.map((r) => ({
        at: new Date(r.periodEnd),
        low: r.meteredAcceleratorHours * (1 - tolerance),
        high: r.meteredAcceleratorHours,
      }));
      const chart = Plot.plot({
        width: 1080,
        height: 320,
        marginLeft: 70,
        // Plot's own tick labels are English; these are the shown language's (`language` redraws them).
        x: { type: 'utc', label: chartLabel(t('facility.chart.periodEnd')), ticks: 6, tickFormat: formatAxisDay },
        y: { label: chartLabel(t('facility.chart.hours')), grid: true, zero: true, tickFormat: (d: number) => formatInteger(d) },
        color: { legend: true, domain: [metered, declared], range: ['#1d4ed8', '#d97706'] },
        marks: [
          Plot.areaY(band, { x: 'at', y1: 'low', y2: 'high', fill: '#1d4ed8', fillOpacity: 0.08 }),
          Plot.line(points, { x: 'at', y: 'hours', stroke: 'series', strokeWidth: 1.5 }),
          Plot.ruleY([0]),
        ],
      });
      return chart;
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `language` changes the formats read inside.
    [facility, tolerance, t, language],
  );
  const label = `${t('facility.chart.label', { count: facility.reports.length })} ${t('facility.chart.beyond', { count: beyond, tolerance: formatShare(tolerance) })}`;
  return <PlotFigure label={label} draw={draw} />;
}

/** One facility: inventory, keys, the reports timeline and the metered-vs-declared chart (public). */
export function FacilityPage() {
  const { t } = useTranslation('verification');
  const { id = '' } = useParams();
  usePageTitle(t('facility.title', { id }));
  // Reloaded after the operator acts (keeping the page, its forms and their results, while it loads).
  const [version, setVersion] = useState(0);
  const loaded = useKeptApi(() => Promise.all([verificationApi.facility(id), verificationApi.settings()]), `${version}:${id}`);
  return (
    <article>
      <h1>{loaded.status === 'ok' ? loaded.data[0].name : t('facility.title', { id })}</h1>
      <VerificationNav />
      <VerificationLoadState state={loaded} what="facility" />
      {loaded.status === 'ok' && (
        <FacilityView facility={loaded.data[0]} tolerance={loaded.data[1].settings.tolerance} onChanged={() => setVersion((v) => v + 1)} />
      )}
    </article>
  );
}

function FacilityView({ facility: f, tolerance, onChanged }: { facility: FacilityDetail; tolerance: number; onChanged: () => void }) {
  const { t } = useTranslation('verification');
  return (
    <>
      <FacilityFacts facility={f} />

      <OperatorTools facility={f} onChanged={onChanged} />

      <h2>{t('facility.chart.heading')}</h2>
      {f.reports.length === 0 ? <p className="muted">{t('facility.chart.none')}</p> : <BalanceChart facility={f} tolerance={tolerance} />}

      <InventoryTable inventory={f.inventory} />

      <KeysTable keys={f.keys} />

      <ReportsSection facility={f} />
    </>
  );
}
