/**
 * Resolver building blocks shared by every module: root connections, nested (hop)
 * connections and to-one hops, all through the request's loaders so they batch.
 */
import type { RequestContext } from '../context/context';
import type { HopSpec, NodeSpec } from '../db/node-spec';
import type { Row } from '../db/values';
import { pageWindow } from '../core/connection';
import { connectionFrom, pageQuery, type Ordering, type PageArgs } from './paging';

export async function rootConnection<TConn extends object, TNode>(
  ctx: RequestContext,
  Connection: new () => TConn,
  spec: NodeSpec,
  args: PageArgs,
  filter: object | null | undefined,
  ordering: Ordering,
  toNode: (row: Row) => TNode,
): Promise<TConn> {
  const window = pageWindow(args);
  const query = pageQuery(window, filter, ordering);
  const rows = await ctx.reader.list(spec, query);
  for (const row of rows) ctx.scope.nodes.node(spec).prime(String(row.id), row);
  return connectionFrom(Connection, {
    spec,
    window,
    query,
    items: rows.map((node) => ({ node })),
    toNode,
    countAll: () => ctx.reader.count(spec, filter),
  });
}

export async function hopConnection<TConn extends object, TNode>(
  ctx: RequestContext,
  Connection: new () => TConn,
  hop: HopSpec,
  parentKey: string,
  args: PageArgs,
  filter: object | null | undefined,
  ordering: Ordering,
  toNode: (row: Row) => TNode,
  edgeFields?: (edge: Row | undefined) => Record<string, unknown>,
): Promise<TConn> {
  const window = pageWindow(args);
  const query = pageQuery(window, filter, ordering);
  const page = await ctx.scope.nodes.hop(hop, query).load(parentKey);
  return connectionFrom(Connection, {
    spec: hop.child,
    window,
    query,
    items: page.items,
    toNode,
    countAll: () => Promise.resolve(page.total),
    edgeFields,
  });
}

/** The single node at the end of a to-one hop (e.g. an interaction's partnership), or null. */
export async function hopOne<TNode>(
  ctx: RequestContext,
  hop: HopSpec,
  parentKey: string,
  order: string,
  toNode: (row: Row) => TNode,
): Promise<TNode | null> {
  const query = pageQuery(pageWindow({ first: 1 }), null, { field: order, direction: 'ASC' });
  const page = await ctx.scope.nodes.hop(hop, query).load(parentKey);
  const first = page.items[0];
  return first ? toNode(first.node) : null;
}

/** A node by database id through the per-request loader, or null. */
export async function loadNode<TNode>(
  ctx: RequestContext,
  spec: NodeSpec,
  key: string,
  toNode: (row: Row) => TNode,
): Promise<TNode | null> {
  const row = await ctx.scope.nodes.node(spec).load(key);
  return row ? toNode(row) : null;
}
