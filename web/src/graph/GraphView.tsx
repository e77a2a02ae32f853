/**
 * Placeholder for the collaboration graph view (WebGL, sigma.js): built on branch `web-graph`,
 * which replaces this file. The route `/graph` (with `?focus=<id>` and other view state in the
 * query string) renders it.
 */
import { useSearchParams } from 'react-router';

export function GraphView() {
  const [params] = useSearchParams();
  const focus = params.get('focus');
  return (
    <section aria-labelledby="graph-title" className="panel">
      <h1 id="graph-title">Collaboration graph</h1>
      <p>The graph view is being built.{focus ? ` It will focus ${focus}.` : ''}</p>
    </section>
  );
}
