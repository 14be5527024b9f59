import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber } from '../../../i18n/format.ts';

/** Hours and money of one entry, in the shown language (a reversal's are negative). */
export function Figures({ hours, amountMinor, currency }: { hours: number; amountMinor: number; currency: string | null }) {
  const { t } = useTranslation('admin/coalition');
  const parts = [
    hours !== 0 ? t('contributions.hoursValue', { hours: formatNumber(hours) }) : null,
    amountMinor !== 0 && currency ? formatMoney(amountMinor, currency) : null,
  ].filter(Boolean);
  // Isolated, so that in Arabic a currency sign stays beside its amount ("US$ 100.00", not "$100.00 US").
  return <bdi>{parts.join(' · ')}</bdi>;
}
