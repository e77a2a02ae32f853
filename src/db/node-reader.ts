/** Runs the generic node statements through the gateway; rows come back as plain values. */
import type { Gateway } from './gateway';
import type { HopSpec, NodeSpec } from './node-spec';
import { countNodes, hopPages, listNodes, nodesByIds, type NestedHop, type PageQuery } from './node-statements';
import type { Row } from './values';

export interface HopItem {
  node: Row;
  edge?: Row;
  /** Pages of the hops read with this node (lookahead), by NestedHop key. */
  nested?: Record<string, NestedPage>;
}

/** A nested page as the statement returns it: `total` only when the query asked for it. */
export interface NestedPage {
  items: HopItem[];
  total?: number;
}

export interface HopPage {
  items: HopItem[];
  /** Related nodes over all pages; null when the query did not ask (`withTotal: false`). */
  total: number | null;
}

export class NodeReader {
  constructor(private readonly db: Gateway) {}

  /** A page of nodes, each with the pages of the `nested` hops read in the same statement. */
  async list(spec: NodeSpec, query: PageQuery, nested: readonly NestedHop[] = []): Promise<HopItem[]> {
    const rows = await this.db.readRows(listNodes(spec, query, nested));
    return rows.map((row) =>
      row.nested ? { node: row.node as Row, nested: row.nested as HopItem['nested'] } : { node: row.node as Row },
    );
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

  /** One node by id with the pages of the `nested` hops read in the same statement, or undefined. */
  async oneWithNested(
    spec: NodeSpec,
    id: string,
    select: readonly string[] | undefined,
    nested: readonly NestedHop[],
  ): Promise<HopItem | undefined> {
    const [row] = await this.db.readRows(nodesByIds(spec, [id], select, nested));
    return row ? { node: row.node as Row, nested: row.nested as HopItem['nested'] } : undefined;
  }

  async hop(
    hop: HopSpec,
    parentIds: readonly string[],
    query: PageQuery,
    nested: readonly NestedHop[] = [],
  ): Promise<HopPage[]> {
    const rows = await this.db.readRows(hopPages(hop, parentIds, query, nested));
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
