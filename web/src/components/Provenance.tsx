/** Where KPI values come from: engine, graph version, when computed, and whether stale. */
import { dateTime } from '../format';

export interface ProvenanceData {
  engine: string;
  version: number;
  currentVersion: number;
  computedAt: string;
  stale: boolean;
  elapsedMs: number;
  betweennessSampled: boolean;
  betweennessErrorBound?: number | null;
}

export function Provenance({ provenance }: { provenance: ProvenanceData }) {
  return (
    <p className="provenance" data-testid="provenance">
      Computed by <strong>{provenance.engine}</strong> from graph version{' '}
      <span data-testid="provenance-version">{provenance.version}</span> at {dateTime(provenance.computedAt)} in{' '}
      {Math.round(provenance.elapsedMs)} ms{' '}
      {provenance.stale ? (
        <span className="badge bad" data-testid="provenance-stale">
          stale: graph is at version {provenance.currentVersion}, recomputing
        </span>
      ) : (
        <span className="badge good" data-testid="provenance-fresh">
          current
        </span>
      )}
      {provenance.betweennessSampled ? (
        <>
          {' '}
          · betweenness sampled
          {provenance.betweennessErrorBound != null ? ` (±${provenance.betweennessErrorBound.toFixed(4)})` : ''}
        </>
      ) : null}
    </p>
  );
}
