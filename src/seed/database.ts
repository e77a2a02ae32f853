/**
 * What seeding needs to know about the database: is it free of ecograph data, how to empty
 * it, and how many nodes and relationships of each kind it holds (count-store lookups, cheap
 * even on a large graph). `Migration` and `GraphVersion` nodes are bookkeeping, not data: they
 * are kept (the graph version must never go backwards while KPIs are cached by it). The
 * persisted `KpiSnapshot` is not data either (not counted), but figures of deleted data are
 * worthless: deleting the data deletes it.
 */
import type { Gateway } from '../db/gateway';
import type { GraphKey, Tally } from './statements';
import { NODE_LABELS, RELATIONSHIP_TYPES } from './vocabulary';

/** Nodes other than bookkeeping records. */
export async function dataNodeCount(gateway: Gateway): Promise<number> {
  const rows = await gateway.readRows({
    cypher: `CALL () { MATCH (n) RETURN count(n) AS total }
CALL () { MATCH (m:Migration) RETURN count(m) AS migrations }
CALL () { MATCH (v:GraphVersion) RETURN count(v) AS versions }
CALL () { MATCH (k:KpiSnapshot) RETURN count(k) AS kpiSnapshots }
RETURN total - migrations - versions - kpiSnapshots AS count`,
    params: {},
  });
  return Number(rows[0]?.count ?? 0);
}

/**
 * Deletes every node except bookkeeping records, 10,000 per write transaction, and bumps the
 * graph version. One statement per chunk rather than one `IN TRANSACTIONS` statement: each
 * chunk stays within the gateway's statement timeout however big the graph is (a request's
 * budget would not cover deleting a medium or large seed in one statement on a busy machine).
 */
export async function deleteData(gateway: Gateway): Promise<void> {
  for (;;) {
    const [row] = await gateway.writeRows({
      cypher:
        'MATCH (n) WHERE NOT n:Migration AND NOT n:GraphVersion WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted',
      params: {},
    });
    if (Number(row?.deleted ?? 0) === 0) break;
  }
}

/** Count per label and per relationship type the generator writes, in one round trip. */
export async function graphCounts(gateway: Gateway): Promise<Tally> {
  // Labels and types come from the fixed vocabulary, never from input: safe to inline.
  const parts = [
    ...NODE_LABELS.map((label) => `MATCH (n:${label}) RETURN '${label}' AS key, count(n) AS count`),
    ...RELATIONSHIP_TYPES.map((type) => `MATCH ()-[r:${type}]->() RETURN '${type}' AS key, count(r) AS count`),
  ];
  const rows = await gateway.readRows({
    cypher: `CALL () {\n${parts.join('\nUNION ALL\n')}\n}\nRETURN key, count`,
    params: {},
  });
  const tally: Tally = {};
  for (const row of rows) tally[String(row.key) as GraphKey] = Number(row.count);
  return tally;
}

/**
 * Waits until every index is online: after a medium or large seed Neo4j keeps populating
 * indexes for a while, and a measurement taken meanwhile shares the CPU with it. (Forcing a
 * checkpoint too, `db.checkpoint()`, is Enterprise Edition only.)
 */
export async function settleAfterWrites(gateway: Gateway): Promise<void> {
  await gateway.readRows({ cypher: 'CALL db.awaitIndexes($seconds)', params: { seconds: 1800 } });
}
