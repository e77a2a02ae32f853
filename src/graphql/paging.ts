/**
 * From GraphQL connection arguments to a page query, and from fetched rows back to a
 * connection object. Shared by every root list and every nested connection.
 */
import type { NodeSpec } from '../db/node-spec';
import type { Direction, PageQuery } from '../db/node-statements';
import type { HopItem } from '../db/node-reader';
import type { Row } from '../db/values';
import { toPage, type Keyset, type PageWindow } from '../core/connection';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Ordering {
  field: string;
  direction: Direction;
}

const flip = (direction: Direction): Direction => (direction === 'ASC' ? 'DESC' : 'ASC');

/**
 * The database query for a window: a backward window (`last`/`before`) reads the ordering
 * reversed from the cursor, and `toPage` turns the rows around again.
 */
export function pageQuery(window: PageWindow, filter: object | null | undefined, ordering: Ordering): PageQuery {
  return {
    filter: filter ?? null,
    order: ordering.field,
    direction: window.backward ? flip(ordering.direction) : ordering.direction,
    limit: window.size + 1,
    after: window.cursor,
  };
}

/** The keyset position of a row under an ordering (temporal values as ISO strings). */
export function keyOf(spec: NodeSpec, order: string, row: Row): Keyset {
  const rule = spec.orders[order];
  if (!rule) throw new Error(`${spec.label} cannot be ordered by "${order}"`);
  const value = row[rule.property];
  return {
    value: value instanceof Date ? value.toISOString() : (value as Keyset['value']),
    id: String(row.id),
  };
}

export interface ConnectionShape<TNode> {
  edges: ({ cursor: string; node: TNode } & Record<string, unknown>)[];
  nodes: TNode[];
  countAll: () => Promise<number>;
}

/**
 * Builds a connection instance (so its `totalCount()` field method works) from fetched items.
 * `edgeFields` adds per-edge data such as a party's role.
 */
export function connectionFrom<TConn extends object, TNode>(
  Connection: new () => TConn,
  options: {
    spec: NodeSpec;
    window: PageWindow;
    query: PageQuery;
    items: HopItem[];
    toNode: (row: Row) => TNode;
    countAll: () => Promise<number>;
    edgeFields?: (edge: Row | undefined) => Record<string, unknown>;
  },
): TConn {
  const { spec, window, query, items, toNode, countAll, edgeFields } = options;
  const page = toPage(items, window, (item) => keyOf(spec, query.order, item.node));
  const edges = page.edges.map((edge) => ({
    cursor: edge.cursor,
    node: toNode(edge.node.node),
    ...(edgeFields ? edgeFields(edge.node.edge) : {}),
  }));
  return Object.assign(new Connection(), {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: page.pageInfo,
    countAll,
  });
}

/** Decodes the global ids in a filter input (e.g. `owner`, `partnership`) to database ids. */
export function decodeFilterIds<T extends object>(
  filter: T | null | undefined,
  idFields: Partial<Record<keyof T & string, string>>,
  expect: (globalId: string, type: string) => string,
): T | null {
  if (!filter) return null;
  const decoded: Record<string, unknown> = { ...(filter as Record<string, unknown>) };
  for (const [field, type] of Object.entries(idFields) as [string, string][]) {
    const value = decoded[field];
    if (typeof value === 'string') decoded[field] = expect(value, type);
  }
  return decoded as T;
}
