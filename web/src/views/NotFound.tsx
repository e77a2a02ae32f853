import { Link } from 'react-router';

export function NotFound() {
  return (
    <section className="panel">
      <h1>Nothing here</h1>
      <p>
        This address shows no view. Go to the <Link to="/">overview</Link>.
      </p>
    </section>
  );
}
