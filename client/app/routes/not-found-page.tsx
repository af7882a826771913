import { Link } from 'react-router';
import { paths } from '../../lib/paths.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <section className="state">
      <h1>Page not found</h1>
      <p>
        <Link to={paths.library}>Back to library</Link>
      </p>
    </section>
  );
}
