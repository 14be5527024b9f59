import { Link } from 'react-router-dom';
import { usePageTitle } from '../components/page-title.ts';

/** Shown for any path the app does not know. */
export function NotFoundPage() {
  usePageTitle('Not found');
  return (
    <article>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link to="/">Go to the front page.</Link>
      </p>
    </article>
  );
}
