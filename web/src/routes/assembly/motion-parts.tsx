import { useTranslation } from 'react-i18next';
import type { Motion } from './api.ts';
import { formatList } from '../../i18n/format.ts';
import { languageName } from './language-names.ts';

/** A motion's state as a badge: scheduled or open, else passed or failed once closed. */
export function MotionState({ m, testId }: { m: Pick<Motion, 'status' | 'result'>; testId?: string }) {
  const { t } = useTranslation('assembly');
  const outcome = m.status === 'closed' && m.result ? (m.result.tally.passed ? 'passed' : 'failed') : null;
  return (
    <span className={`status-badge ${outcome ?? m.status}`} data-testid={testId}>
      {outcome ? t(`motionOutcome.${outcome}`) : t(`motionStatus.${m.status}`)}
    </span>
  );
}

/** For an adoption motion: the languages in which the text put to the vote was complete and current when it opened. */
export function MotionLanguages({ languages }: { languages: NonNullable<Motion['languages']> }) {
  const { t } = useTranslation('assembly');
  const names = (codes: string[]) => formatList(codes.map(languageName));
  return (
    <section className="section" aria-labelledby="languages-heading" data-testid="motion-languages">
      <h2 id="languages-heading">{t('motion.languages.heading')}</h2>
      <ul>
        <li>{t('motion.languages.source', { language: languageName(languages.sourceLanguage) })}</li>
        <li>{t('motion.languages.complete', { languages: names(languages.complete) })}</li>
        <li>
          {languages.required.length > 0
            ? t('motion.languages.required', { languages: names(languages.required) })
            : t('motion.languages.noneRequired')}
        </li>
      </ul>
    </section>
  );
}
