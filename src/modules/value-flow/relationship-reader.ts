/**
 * Runs the relationship read statements and keeps this request's DataLoaders for them: one
 * by id, one per hop and argument set, so siblings batch into one round trip per level.
 * Loaders live in a WeakMap keyed by the request context: they die with the request.
 */
import DataLoader from 'dataloader';
import type { RequestContext } from '../../context/context';
import type { Gateway } from '../../db/gateway';
import type { PageQuery } from '../../db/node-statements';
import type { Row } from '../../db/values';
import type { RelationshipHop, RelationshipSpec } from './relationship-spec';
import {
  countRelationships,
  listRelationships,
  relationshipHopPages,
  relationshipsByIds,
} from './relationship.queries';

const MAX_BATCH = 1000;

export interface RelationshipPage {
  items: Row[];
  total: number;
}

export class RelationshipReader {
  private readonly byId = new Map<string, DataLoader<string, Row | undefined>>();
  private readonly byHop = new Map<string, DataLoader<string, RelationshipPage>>();

  constructor(private readonly db: Gateway) {}

  async list(spec: RelationshipSpec, query: PageQuery): Promise<Row[]> {
    return (await this.db.readRows(listRelationships(spec, query))).map((row) => row.item as Row);
  }

  async count(spec: RelationshipSpec, filter: object | null | undefined): Promise<number> {
    const [row] = await this.db.readRows(countRelationships(spec, filter));
    return Number(row?.total ?? 0);
  }

  /** The request's by-id loader for a relationship type. */
  loader(spec: RelationshipSpec): DataLoader<string, Row | undefined> {
    let loader = this.byId.get(spec.type);
    if (!loader) {
      loader = new DataLoader(
        async (ids) => {
          const rows = (await this.db.readRows(relationshipsByIds(spec, ids))).map((row) => row.item as Row);
          const found = new Map(rows.map((row) => [String(row.id), row]));
          return ids.map((id) => found.get(id));
        },
        { maxBatchSize: MAX_BATCH },
      );
      this.byId.set(spec.type, loader);
    }
    return loader;
  }

  /** The request's loader for one hop and argument set, batching by parent id. */
  hop(hop: RelationshipHop, query: PageQuery): DataLoader<string, RelationshipPage> {
    const key = JSON.stringify([hop.name, query]);
    let loader = this.byHop.get(key);
    if (!loader) {
      loader = new DataLoader(
        async (parentIds) => {
          const rows = await this.db.readRows(relationshipHopPages(hop, parentIds, query));
          const pages = new Map(
            rows.map((row) => [String(row.parentId), { items: row.items as Row[], total: Number(row.total) }]),
          );
          return parentIds.map((id) => pages.get(id) ?? { items: [], total: 0 });
        },
        { maxBatchSize: MAX_BATCH },
      );
      this.byHop.set(key, loader);
    }
    return loader;
  }
}

const readers = new WeakMap<RequestContext, RelationshipReader>();

/** The relationship reader of this request (created on first use). */
export function relationshipReader(ctx: RequestContext): RelationshipReader {
  let reader = readers.get(ctx);
  if (!reader) {
    reader = new RelationshipReader(ctx.db);
    readers.set(ctx, reader);
  }
  return reader;
}
