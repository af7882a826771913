import { Link } from 'react-router';
import { paths } from '../../lib/paths.ts';

export function NotFoundPage() {
  return (
    <section className="state">
      <h1>Page not found</h1>
      <p>
        <Link to={paths.library}>Back to library</Link>
      </p>
    </section>
  );
}
