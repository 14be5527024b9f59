import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/page-title.ts';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { useApi } from '../../components/use-api.ts';
import { formatInteger, formatMoney, formatNumber } from '../../i18n/format.ts';
import { coalitionApi, type Funding } from './coalition-api.ts';
import { formatList } from '../../i18n/format.ts';
import { LoadState } from '../../components/load-state.tsx';

type Contributor = Funding['contributors'][number];

/** A contributor's name, or the catalogue's word for someone who asked not to be named. */
function useContributorName(): (c: Contributor) => string {
  const { t } = useTranslation('coalition');
  return (c) => (c.disclosed ? c.name : t('funding.undisclosed'));
}

/**
 * Horizontal SVG bars of hours per contributor; the table below carries the same figures for
 * screen readers. SVG does not follow the page's direction, so in Arabic the chart is mirrored by
 * hand: names on the right, bars growing leftwards. The text anchors stay `end` for names and
 * `start` for values: with `direction` set they are logical, and mean the same side as the bars.
 */
function HoursChart({ contributors }: { contributors: Funding['contributors'] }) {
  const { t, i18n } = useTranslation('coalition');
  const nameOf = useContributorName();
  // i18next's own rule, which knows a regional tag (ar-EG) is Arabic.
  const rtl = i18n.dir() === 'rtl';
  const rows = contributors.slice(0, 25);
  const max = Math.max(1, ...rows.map((c) => c.hours));
  const rowHeight = 26;
  const labelWidth = 190;
  const width = 720;
  const barSpace = width - labelWidth - 90;
  // x along the reading direction: 0 is the inline start of the chart.
  const x = (along: number, length = 0) => (rtl ? width - along - length : along);
  return (
    <figure className="funding-chart">
      <svg
        viewBox={`0 0 ${width} ${rows.length * rowHeight + 8}`}
        role="img"
        aria-label={t('funding.chart')}
        direction={rtl ? 'rtl' : 'ltr'}
      >
        {rows.map((c, i) => {
          const y = i * rowHeight + 4;
          const w = Math.max(2, (c.hours / max) * barSpace);
          return (
            <g key={i} className={c.disclosed ? 'bar' : 'bar undisclosed'}>
              <text x={x(labelWidth - 8)} y={y + rowHeight / 2} textAnchor="end" dominantBaseline="middle">
                {nameOf(c)}
              </text>
              <rect x={x(labelWidth, w)} y={y + 3} width={w} height={rowHeight - 8} rx={3} />
              <text x={x(labelWidth + w + 6)} y={y + rowHeight / 2} textAnchor="start" dominantBaseline="middle" className="value">
                {t('funding.hoursValue', { hours: formatNumber(c.hours) })}
              </text>
            </g>
          );
        })}
      </svg>
      {contributors.length > rows.length && (
        <figcaption>{t('funding.largest', { shown: formatInteger(rows.length), count: contributors.length })}</figcaption>
      )}
    </figure>
  );
}

/** Public: hours and money given so far, per contributor and in total. */
export function FundingPage() {
  const { t } = useTranslation('coalition');
  const nameOf = useContributorName();
  usePageTitle(t('funding.title'));
  const state = useApi(coalitionApi.funding);
  return (
    <article>
      <h1>{t('funding.title')}</h1>
      <p className="lead">{t('funding.lead')}</p>
      <LoadState state={state} what={t('funding.what')} />
      {state.status === 'ok' && (
        <>
          <dl className="totals">
            <div>
              <dt>{t('funding.hours')}</dt>
              <dd>{formatNumber(state.data.totals.hours)}</dd>
            </div>
            {state.data.totals.money.map((m) => (
              <div key={m.currency}>
                <dt>{t('funding.moneyIn', { currency: m.currency })}</dt>
                <dd>{formatMoney(m.amountMinor, m.currency)}</dd>
              </div>
            ))}
            <div>
              <dt>{t('funding.contributors')}</dt>
              <dd>{formatInteger(state.data.totals.contributors)}</dd>
            </div>
          </dl>
          <HoursChart contributors={state.data.contributors} />
          <ScrollRegion label={t('funding.contributors')}>
            <table className="funding-table">
              <caption className="muted">{t('funding.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('funding.contributor')}</th>
                  <th scope="col" className="numeric">
                    {t('funding.hours')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('funding.money')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {state.data.contributors.map((c, i) => (
                  <tr key={i}>
                    <th scope="row" className={c.disclosed ? undefined : 'muted'}>
                      {nameOf(c)}
                    </th>
                    <td className="numeric">{formatNumber(c.hours)}</td>
                    <td className="numeric">{formatList(c.money.map((m) => formatMoney(m.amountMinor, m.currency))) || '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </article>
  );
}
