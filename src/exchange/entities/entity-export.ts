/**
 * Every entity of the ecosystem, for notebooks, BI tools and moving to another ecograph
 * (docs/export.md, "Every entity"): each kind of the exchange model as records in the import's
 * own shape, so the output imports again as it is (a round trip keeps every id, property and
 * link). Streamed page by page — the large seed never sits in memory — and one state of the
 * graph: the graph version is read before and after, and the export is redone (the sink told
 * to start over) when a write landed in between.
 */
import type { Gateway } from '../../db/gateway';
import { GraphChangedError } from '../errors';
import { exportPage } from './export.queries';
import { KIND_NAMES, type KindName } from './kinds';

/** One exported record: field → value (instants as ISO strings, links as keys; nulls left out). */
export type ExportedRecord = Record<string, string | number | string[]>;

/** Where records go; an attempt that saw a write is thrown away with `restart`. */
export interface EntitySink {
  begin(kind: KindName): Promise<void>;
  write(record: ExportedRecord): Promise<void>;
  end(kind: KindName): Promise<void>;
  /** Forget everything written so far (a write landed during the export). */
  restart(): Promise<void>;
  /** All kinds written: make the output appear (rename into place). */
  commit(): Promise<void>;
  /** The export failed: leave nothing behind. */
  discard(): Promise<void>;
}

export interface EntityExportSummary {
  /** The graph version every record describes. */
  version: number;
  records: Partial<Record<KindName, number>>;
  attempts: number;
}

const PAGE_SIZE = 5_000;
const MAX_ATTEMPTS = 3;

function toRecord(row: Record<string, unknown>): ExportedRecord {
  const record: ExportedRecord = { externalId: row.externalId as string, id: row.id as string };
  const add = (key: string, value: unknown) => {
    if (value === null || value === undefined) return;
    if (value instanceof Date) record[key] = value.toISOString();
    else if (typeof value === 'bigint') record[key] = Number(value);
    else if (Array.isArray(value)) record[key] = (value as string[]).slice().sort();
    else record[key] = value as string | number;
  };
  for (const [key, value] of Object.entries(row.props as Record<string, unknown>)) add(key, value);
  for (const [key, value] of Object.entries(row.links as Record<string, unknown>)) add(key, value);
  return record;
}

async function exportOnce(gateway: Gateway, sink: EntitySink, pageSize: number) {
  const records: Partial<Record<KindName, number>> = {};
  for (const kind of KIND_NAMES) {
    await sink.begin(kind);
    let after = '';
    let count = 0;
    for (;;) {
      const rows = await gateway.readRows(exportPage(kind, after, pageSize));
      for (const row of rows) await sink.write(toRecord(row));
      count += rows.length;
      if (rows.length < pageSize) break;
      after = rows[rows.length - 1]?.id as string;
    }
    records[kind] = count;
    await sink.end(kind);
  }
  return records;
}

export async function exportEntities(
  gateway: Gateway,
  sink: EntitySink,
  pageSize = PAGE_SIZE,
): Promise<EntityExportSummary> {
  try {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const before = await gateway.graphVersion();
      const records = await exportOnce(gateway, sink, pageSize);
      if ((await gateway.graphVersion()) === before) {
        await sink.commit();
        return { version: before, records, attempts: attempt };
      }
      await sink.restart();
    }
    throw new GraphChangedError(MAX_ATTEMPTS);
  } catch (error) {
    await sink.discard();
    throw error;
  }
}
