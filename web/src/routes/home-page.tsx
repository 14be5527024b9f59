import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../components/page-title.ts';

/** The front page: what Concord is, and the way into each part. */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle('');
  return (
    <article>
      <h1>Concord</h1>
      <p className="lead">{t('home.lead')}</p>
      <ul className="card-grid">
        <li className="card">
          <h2>
            <Link to="/coalition">{t('nav.coalition')}</Link>
          </h2>
          <p>{t('home.coalition')}</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/assembly">{t('nav.assembly')}</Link>
          </h2>
          <p>{t('home.assembly')}</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/verification">{t('nav.verification')}</Link>
          </h2>
          <p>{t('home.verification')}</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/log">{t('nav.log')}</Link>
          </h2>
          <p>{t('home.log')}</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/states">{t('nav.states')}</Link>
          </h2>
          <p>{t('home.states')}</p>
        </li>
      </ul>
    </article>
  );
}
