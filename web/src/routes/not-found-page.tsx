import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../components/page-title.ts';

/** Shown for any path the app does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <article>
      <h1>{t('notFound.heading')}</h1>
      <p>
        {t('notFound.text')} <Link to="/">{t('notFound.home')}</Link>
      </p>
    </article>
  );
}
