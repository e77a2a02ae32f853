/** Runs the generic node statements through the gateway; rows come back as plain values. */
import type { Gateway } from './gateway';
import type { HopSpec, NodeSpec } from './node-spec';
import { countNodes, hopPages, listNodes, nodesByIds, type PageQuery } from './node-statements';
import type { Row } from './values';

export interface HopItem {
  node: Row;
  edge?: Row;
}

export interface HopPage {
  items: HopItem[];
  /** Related nodes over all pages; null when the query did not ask (`withTotal: false`). */
  total: number | null;
}

export class NodeReader {
  constructor(private readonly db: Gateway) {}

  async list(spec: NodeSpec, query: PageQuery): Promise<Row[]> {
    return (await this.db.readRows(listNodes(spec, query))).map((row) => row.node as Row);
  }

  async count(spec: NodeSpec, filter: object | null | undefined): Promise<number> {
    const [row] = await this.db.readRows(countNodes(spec, filter));
    return Number(row?.total ?? 0);
  }

  /** Nodes by id in the order asked; undefined for unknown ids (the DataLoader contract). */
  async byIds(spec: NodeSpec, ids: readonly string[], select?: readonly string[]): Promise<(Row | undefined)[]> {
    const rows = (await this.db.readRows(nodesByIds(spec, ids, select))).map((row) => row.node as Row);
    const found = new Map(rows.map((row) => [String(row.id), row]));
    return ids.map((id) => found.get(id));
  }

  async hop(hop: HopSpec, parentIds: readonly string[], query: PageQuery): Promise<HopPage[]> {
    const rows = await this.db.readRows(hopPages(hop, parentIds, query));
    const counted = query.withTotal !== false;
    const pages = new Map(
      rows.map((row) => [
        String(row.parentId),
        { items: row.items as HopItem[], total: counted ? Number(row.total) : null },
      ]),
    );
    return parentIds.map((id) => pages.get(id) ?? { items: [], total: counted ? 0 : null });
  }
}
