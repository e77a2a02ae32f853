/**
 * Runs the relationship read statements through this request's DataLoaders (kept in the
 * request scope): one by id, one per hop and argument set, so siblings batch into one round
 * trip per level.
 */
import type DataLoader from 'dataloader';
import type { RequestContext } from '../../context/context';
import type { PageQuery } from '../../db/node-statements';
import type { Row } from '../../db/values';
import type { RelationshipHop, RelationshipSpec } from './relationship-spec';
import {
  countRelationships,
  listRelationships,
  relationshipHopPages,
  relationshipsByIds,
} from './relationship.queries';

export interface RelationshipPage {
  items: Row[];
  total: number;
}

export class RelationshipReader {
  constructor(private readonly ctx: RequestContext) {}

  private get db() {
    return this.ctx.db;
  }

  async list(spec: RelationshipSpec, query: PageQuery): Promise<Row[]> {
    return (await this.db.readRows(listRelationships(spec, query))).map((row) => row.item as Row);
  }

  async count(spec: RelationshipSpec, filter: object | null | undefined): Promise<number> {
    const [row] = await this.db.readRows(countRelationships(spec, filter));
    return Number(row?.total ?? 0);
  }

  /** The request's by-id loader for a relationship type. */
  loader(spec: RelationshipSpec): DataLoader<string, Row | undefined> {
    return this.ctx.scope.loader(`relationship|${spec.type}`, async (ids) => {
      const rows = (await this.db.readRows(relationshipsByIds(spec, ids))).map((row) => row.item as Row);
      const found = new Map(rows.map((row) => [String(row.id), row]));
      return ids.map((id) => found.get(id));
    });
  }

  /** The request's loader for one hop and argument set, batching by parent id. */
  hop(hop: RelationshipHop, query: PageQuery): DataLoader<string, RelationshipPage> {
    return this.ctx.scope.loader(JSON.stringify(['relationship-hop', hop.name, query]), async (parentIds) => {
      const rows = await this.db.readRows(relationshipHopPages(hop, parentIds, query));
      const pages = new Map(
        rows.map((row) => [String(row.parentId), { items: row.items as Row[], total: Number(row.total) }]),
      );
      return parentIds.map((id) => pages.get(id) ?? { items: [], total: 0 });
    });
  }
}

/** The relationship reader of this request. */
export function relationshipReader(ctx: RequestContext): RelationshipReader {
  return new RelationshipReader(ctx);
}
