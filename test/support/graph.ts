/** Direct graph access for test setup and before/after comparisons (not the API under test). */
import crypto from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { Gateway } from '../../src/db/gateway';
import { deleteData } from '../../src/seed/database';

/** Total nodes and relationships in the database: a write that should change nothing must keep both. */
/**
 * Size of the ecosystem graph. Audit entries and outbox events are left out: they record changes rather than
 * being part of the graph (audit.test.ts and outbox.test.ts check them, and that refusals add none); so is
 * the persisted KPI snapshot, which a background computation may write at any time.
 */
export async function graphSize(gateway: Gateway): Promise<{ nodes: number; relationships: number }> {
  const [row] = await gateway.readRows({
    cypher:
      'CALL { MATCH (n) WHERE NOT n:AuditEntry AND NOT n:OutboxEvent AND NOT n:KpiSnapshot RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    params: {},
  });
  return { nodes: Number(row?.nodes), relationships: Number(row?.relationships) };
}

/**
 * A gateway for test set-up and clean-up with a long statement timeout: emptying the shared
 * database after a medium seed (~10,000 participants and their history) takes longer on a busy
 * machine than the 15 s a request's statement may run.
 */
export function maintenanceGateway(driver: Driver): Gateway {
  return new Gateway(driver, { database: 'neo4j', queryTimeoutMs: 600_000 });
}

/** Deletes every data node (migrations and the graph version stay), however large the graph. */
export async function emptyDatabase(driver: Driver): Promise<void> {
  await deleteData(maintenanceGateway(driver));
}

/** A marker unique to one test, to keep its data apart from other tests' in the shared database. */
export function uniqueMarker(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Every data node and relationship with a hash of its properties, for before/after comparisons
 * that must catch any stray write (not just a changed count). Bookkeeping nodes (Migration,
 * GraphVersion, AuditEntry, OutboxEvent, KpiSnapshot) are left out: the version is bumped by
 * writes, the audit trail and the outbox are tested on their own (audit.test.ts,
 * outbox.test.ts), the persisted KPI snapshot is written by background computations at any
 * time (kpi-cold-read.test.ts).
 */
export interface GraphSnapshot {
  /** Record key ("Label:id", or "TYPE:startKey->endKey#id" for relationships) → property hash. */
  records: Map<string, string>;
  /** Count per node label (set) and relationship type. */
  counts: Record<string, number>;
}

export interface SnapshotDiff {
  added: string[];
  removed: string[];
  changed: string[];
  /** Non-zero count changes per label/type. */
  deltas: Record<string, number>;
}

/** JSON with sorted keys and Dates as ISO strings: equal property maps hash equally. */
function stableJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${stableJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const hash = (value: unknown) => crypto.createHash('sha256').update(stableJson(value)).digest('hex');

export async function graphSnapshot(gateway: Gateway): Promise<GraphSnapshot> {
  const [row] = await gateway.readRows({
    cypher: `CALL () {
  MATCH (n) WHERE NOT n:Migration AND NOT n:GraphVersion AND NOT n:AuditEntry AND NOT n:OutboxEvent AND NOT n:KpiSnapshot
  RETURN collect([elementId(n), labels(n), n.id, properties(n)]) AS nodes
}
CALL () {
  MATCH (a)-[r]->(b) WHERE NOT a:Migration AND NOT a:GraphVersion AND NOT a:AuditEntry
  RETURN collect([elementId(a), elementId(b), type(r), r.id, properties(r)]) AS relationships
}
RETURN nodes, relationships`,
    params: {},
  });
  const records = new Map<string, string>();
  const counts: Record<string, number> = {};
  const count = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);
  const nodeKeys = new Map<string, string>();
  for (const [elementId, labels, id, properties] of (row?.nodes ?? []) as [string, string[], unknown, object][]) {
    const label = [...labels].sort().join(':');
    const key = `${label}:${typeof id === 'string' ? id : elementId}`;
    nodeKeys.set(elementId, key);
    records.set(key, hash(properties));
    count(label);
  }
  // Parallel relationships without an id (none expected) get a running number, in content order.
  const seen = new Map<string, number>();
  const relationships = ((row?.relationships ?? []) as [string, string, string, unknown, object][])
    .map(([start, end, type, id, properties]) => ({
      base: `${type}:${nodeKeys.get(start)}->${nodeKeys.get(end)}#${typeof id === 'string' ? id : ''}`,
      type,
      content: hash(properties),
    }))
    .sort((a, b) => (a.base + a.content < b.base + b.content ? -1 : 1));
  for (const { base, type, content } of relationships) {
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    records.set(n === 0 ? base : `${base}~${n}`, content);
    count(type);
  }
  return { records, counts };
}

export function snapshotDiff(before: GraphSnapshot, after: GraphSnapshot): SnapshotDiff {
  const added = [...after.records.keys()].filter((key) => !before.records.has(key));
  const removed = [...before.records.keys()].filter((key) => !after.records.has(key));
  const changed = [...after.records].filter(
    ([key, value]) => before.records.has(key) && before.records.get(key) !== value,
  );
  const deltas: Record<string, number> = {};
  for (const key of new Set([...Object.keys(before.counts), ...Object.keys(after.counts)])) {
    const delta = (after.counts[key] ?? 0) - (before.counts[key] ?? 0);
    if (delta !== 0) deltas[key] = delta;
  }
  return { added, removed, changed: changed.map(([key]) => key), deltas };
}
