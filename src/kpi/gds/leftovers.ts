/**
 * Which KPI projections are leftovers. A computation's projections live only while its one
 * read transaction runs (gds-engine.ts); a crash between projecting and dropping leaves them
 * in the GDS catalog, holding server memory until a restart. Each computation tags its
 * transaction with its compute id (metadata `kpiCompute`) and puts the id in its projection
 * names, so any process can tell: a projection whose compute id belongs to no running
 * transaction is a leftover, whichever process made it.
 *
 * The catalog must be listed before the transactions: a projection seen in the catalog was
 * made by a transaction running at that moment, so if that transaction is no longer listed
 * it has ended and its projections are no longer used. (Listed the other way round, a
 * computation starting in between would lose its projection.)
 */
import { GRAPH_NAME_PREFIX } from './catalog';

const COMPUTE_ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-\d+$/;

/** The compute id in a projection name, or null for a name without one (older naming, hand-made). */
export function computeIdOf(graphName: string): string | null {
  if (!graphName.startsWith(GRAPH_NAME_PREFIX)) return null;
  return COMPUTE_ID.exec(graphName.slice(GRAPH_NAME_PREFIX.length))?.[1] ?? null;
}

/** The KPI projections no running computation owns, sorted. */
export function leftoverProjections(graphNames: readonly string[], runningComputeIds: readonly string[]): string[] {
  const running = new Set(runningComputeIds);
  return graphNames
    .filter((name) => name.startsWith(GRAPH_NAME_PREFIX))
    .filter((name) => {
      const owner = computeIdOf(name);
      return owner === null || !running.has(owner);
    })
    .sort();
}
