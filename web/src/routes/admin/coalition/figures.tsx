import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber } from '../../../i18n/format.ts';

/** Hours and money of one entry, in the shown language (a reversal's are negative). */
export function Figures({ hours, amountMinor, currency }: { hours: number; amountMinor: number; currency: string | null }) {
  const { t } = useTranslation('admin/coalition');
  const parts = [
    hours !== 0 ? t('contributions.hoursValue', { hours: formatNumber(hours) }) : null,
    amountMinor !== 0 && currency ? formatMoney(amountMinor, currency) : null,
  ].filter(Boolean);
  return <>{parts.join(' · ')}</>;
}
