/**
 * Resolver building blocks shared by every module: root connections, nested (hop)
 * connections and to-one hops, all through the request's loaders so they batch. Each takes the
 * mapped node (`PARTICIPANT_NODE`, …) of what it loads and answers with its typed objects.
 */
import type { RequestContext } from '../context/context';
import type { HopSpec, MappedNode } from '../db/node-spec';
import type { Row } from '../db/values';
import { pageWindow } from '../core/connection';
import { connectionFrom, pageQuery, type Ordering, type PageArgs } from './paging';

/** The mapper of a hop's child; a hop read with another type's mapper is a programming error. */
export function childMapper<TNode>(hop: HopSpec, child: MappedNode<TNode>): (row: Row) => TNode {
  if (hop.child.label !== child.spec.label) {
    throw new Error(`Hop ${hop.name} leads to ${hop.child.label}, not to ${child.spec.label}`);
  }
  return child.toNode;
}

export async function rootConnection<TConn extends object, TNode>(
  ctx: RequestContext,
  Connection: new () => TConn,
  node: MappedNode<TNode>,
  args: PageArgs,
  filter: object | null | undefined,
  ordering: Ordering,
): Promise<TConn> {
  const { spec, toNode } = node;
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
  child: MappedNode<TNode>,
  edgeFields?: (edge: Row | undefined) => Record<string, unknown>,
): Promise<TConn> {
  const toNode = childMapper(hop, child);
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
  child: MappedNode<TNode>,
): Promise<TNode | null> {
  const toNode = childMapper(hop, child);
  const query = pageQuery(pageWindow({ first: 1 }), null, { field: order, direction: 'ASC' });
  const page = await ctx.scope.nodes.hop(hop, query).load(parentKey);
  const first = page.items[0];
  return first ? toNode(first.node) : null;
}

/** A node by database id through the per-request loader, or null. */
export async function loadNode<TNode>(
  ctx: RequestContext,
  node: MappedNode<TNode>,
  key: string,
): Promise<TNode | null> {
  const row = await ctx.scope.nodes.node(node.spec).load(key);
  return row ? node.toNode(row) : null;
}
