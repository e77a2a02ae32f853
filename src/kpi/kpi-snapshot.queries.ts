/**
 * The persisted KPI snapshot (graph/migrations/0011): one `(:KpiSnapshot {id: 'ecosystem'})`
 * node holding the last computed structural KPIs, so a restarted process answers at once
 * instead of starting cold. Bookkeeping derived from the data, not data: written without
 * moving the graph version (Gateway.writeBookkeeping).
 */
import type { Statement } from '../db/gateway';
import { int } from '../db/values';

export interface StoredKpiSnapshot {
  /** Graph version the figures were computed from. */
  version: number;
  engine: string;
  computedAt: Date;
  elapsedMs: number;
  /** Layout of `payload` (kpi-snapshot-codec.ts); a reader skips a format it does not know. */
  format: number;
  /** Gzipped JSON (kpi-snapshot-codec.ts). */
  payload: Int8Array;
}

/**
 * Replaces the stored snapshot unless the stored one is from a newer graph version (two
 * replicas finishing out of order must not put older figures back).
 */
export function saveKpiSnapshot(snapshot: StoredKpiSnapshot): Statement {
  return {
    cypher: `MERGE (s:KpiSnapshot {id: 'ecosystem'})
WITH s WHERE coalesce(s.version, -1) <= $version
SET s.version = $version, s.engine = $engine, s.computedAt = datetime($computedAt),
    s.elapsedMs = $elapsedMs, s.format = $format, s.payload = $payload
RETURN s.version AS version`,
    params: {
      version: int(snapshot.version),
      engine: snapshot.engine,
      computedAt: snapshot.computedAt.toISOString(),
      elapsedMs: snapshot.elapsedMs,
      format: int(snapshot.format),
      payload: snapshot.payload,
    },
  };
}

export const LOAD_KPI_SNAPSHOT: Statement = {
  cypher: `MATCH (s:KpiSnapshot {id: 'ecosystem'})
RETURN s.version AS version, s.engine AS engine, s.computedAt AS computedAt, s.elapsedMs AS elapsedMs,
       s.format AS format, s.payload AS payload`,
  params: {},
};
