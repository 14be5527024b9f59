import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../i18n/format.ts';
import type { Amendment } from './api.ts';

/** "Amendment 3: edit of art-2", one sentence per kind of change so each language words it whole. */
export function AmendmentTitle({ a }: { a: Pick<Amendment, 'id' | 'op' | 'articleKey' | 'afterKey'> }) {
  const { t } = useTranslation('assembly');
  const id = formatInteger(a.id);
  if (a.op === 'insert') {
    return a.afterKey ? t('amendmentTitle.insert', { id, article: a.afterKey }) : t('amendmentTitle.insertAtStart', { id });
  }
  return t(`amendmentTitle.${a.op}`, { id, article: a.articleKey ?? '' });
}
