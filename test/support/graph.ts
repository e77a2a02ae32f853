/** Direct graph access for test setup and before/after comparisons (not the API under test). */
import type { Gateway } from '../../src/db/gateway';

/** Total nodes and relationships in the database: a write that should change nothing must keep both. */
/**
 * Size of the ecosystem graph. Audit entries are left out: they record changes rather than
 * being part of the graph (test/integration/audit.test.ts checks them, and that refusals add none).
 */
export async function graphSize(gateway: Gateway): Promise<{ nodes: number; relationships: number }> {
  const [row] = await gateway.readRows({
    cypher:
      'CALL { MATCH (n) WHERE NOT n:AuditEntry RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    params: {},
  });
  return { nodes: Number(row?.nodes), relationships: Number(row?.relationships) };
}

/** A marker unique to one test, to keep its data apart from other tests' in the shared database. */
export function uniqueMarker(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
