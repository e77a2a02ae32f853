/**
 * Groups generated records into UNWIND batches: one buffer per kind, flushed when full, and
 * all flushed at a barrier in dependency order. Each batch carries its statement and how
 * many nodes and relationships of which label/type it writes.
 */
import { generateRecords, type GenerateOptions } from './generator';
import type { BatchKind, RowsByKind, SeedItem } from './rows';
import { BATCH_KINDS, SPECS, type GraphKey, type Tally } from './statements';
import { NODE_LABELS } from './vocabulary';

export interface Batch {
  kind: BatchKind;
  statement: { cypher: string; params: { rows: unknown[] } };
  rows: number;
  nodes: number;
  relationships: number;
  /** Nodes per label and relationships per type in this batch. */
  tally: Tally;
}

const NODE_KEYS: ReadonlySet<string> = new Set(NODE_LABELS);

function toBatch<K extends BatchKind>(kind: K, rows: RowsByKind[K][]): Batch {
  const spec = SPECS[kind] as { cypher: string; tally(row: RowsByKind[K]): Tally };
  const tally: Tally = {};
  for (const row of rows) {
    for (const [key, count] of Object.entries(spec.tally(row)) as [GraphKey, number][]) {
      tally[key] = (tally[key] ?? 0) + count;
    }
  }
  let nodes = 0;
  let relationships = 0;
  for (const [key, count] of Object.entries(tally) as [GraphKey, number][]) {
    if (NODE_KEYS.has(key)) nodes += count;
    else relationships += count;
  }
  return { kind, statement: { cypher: spec.cypher, params: { rows } }, rows: rows.length, nodes, relationships, tally };
}

/**
 * Groups records into batches of `batchSize` rows, one buffer per kind; a barrier flushes
 * every buffer in dependency order. Memory: at most one partial batch per kind.
 */
export function* toBatches(items: Iterable<SeedItem>, batchSize: number): Generator<Batch> {
  const buffers = new Map<BatchKind, unknown[]>();
  for (const item of items) {
    if (item.kind === 'barrier') {
      for (const kind of BATCH_KINDS) {
        const rows = buffers.get(kind);
        if (rows && rows.length > 0) yield toBatch(kind, rows as RowsByKind[typeof kind][]);
        buffers.delete(kind);
      }
      continue;
    }
    let rows = buffers.get(item.kind);
    if (!rows) {
      rows = [];
      buffers.set(item.kind, rows);
    }
    rows.push(item.row);
    if (rows.length >= batchSize) {
      yield toBatch(item.kind, rows as RowsByKind[typeof item.kind][]);
      buffers.delete(item.kind);
    }
  }
  if ([...buffers.values()].some((rows) => rows.length > 0)) throw new Error('seed records after the last barrier');
}

/** The demo ecosystem as write-ready batches (see generator.ts). */
export function generateBatches(options: GenerateOptions, batchSize = 5_000): Generator<Batch> {
  return toBatches(generateRecords(options), batchSize);
}
