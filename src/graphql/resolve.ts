/**
 * Resolver building blocks shared by every module: root connections, nested (hop)
 * connections and to-one hops, all through the request's loaders so they batch. Each takes the
 * mapped node (`PARTICIPANT_NODE`, …) of what it loads and answers with its typed objects.
 *
 * Each also takes the resolver's `info`: the statement then returns only the properties the
 * selection needs (db/projection.ts) and a hop counts its total only when `totalCount` is
 * selected. `null` (callers outside a GraphQL selection) reads every property.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context/context';
import type { HopSpec, MappedNode, NodeSpec, ReadRules } from '../db/node-spec';
import type { PageQuery } from '../db/node-statements';
import { edgeProjectionFor, projectionFor } from '../db/projection';
import type { Row } from '../db/values';
import { pageWindow } from '../core/connection';
import { connectionFrom, pageQuery, type Ordering, type PageArgs } from './paging';
import { Selection } from './selection';

/** The resolver's info, or null for reads outside a selection (every property). */
export type SelectionInfo = GraphQLResolveInfo | null;

/** What a connection's statement reads for its selection: node and edge projections, the total. */
export function connectionReads(
  selection: Selection | undefined,
  child: { spec: NodeSpec; reads: ReadRules },
  hop?: HopSpec,
): Pick<PageQuery, 'select' | 'edgeSelect' | 'withTotal'> {
  if (!selection) return {};
  return {
    select: projectionFor(child, selection.connectionNodes().names),
    ...(hop?.edgeProperties ? { edgeSelect: edgeProjectionFor(hop, selection.child('edges').names) } : {}),
    withTotal: selection.has('totalCount'),
  };
}

const selectionOf = (info: SelectionInfo) => (info ? Selection.of(info) : undefined);

/** The mapper of a hop's child; a hop read with another type's mapper is a programming error. */
export function childMapper<TNode>(hop: HopSpec, child: MappedNode<TNode>): (row: Row) => TNode {
  if (hop.child.label !== child.spec.label) {
    throw new Error(`Hop ${hop.name} leads to ${hop.child.label}, not to ${child.spec.label}`);
  }
  return child.toNode;
}

export async function rootConnection<TConn extends object, TNode>(
  ctx: RequestContext,
  info: SelectionInfo,
  Connection: new () => TConn,
  node: MappedNode<TNode>,
  args: PageArgs,
  filter: object | null | undefined,
  ordering: Ordering,
): Promise<TConn> {
  const { spec, toNode } = node;
  const window = pageWindow(args);
  // A root list's total is its own count statement (countAll), run only when selected.
  const { select } = connectionReads(selectionOf(info), node);
  const query = { ...pageQuery(window, filter, ordering), ...(select ? { select } : {}) };
  const rows = await ctx.reader.list(spec, query);
  for (const row of rows) ctx.scope.nodes.node(spec, query.select).prime(String(row.id), row);
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
  info: SelectionInfo,
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
  const query = { ...pageQuery(window, filter, ordering), ...connectionReads(selectionOf(info), child, hop) };
  const page = await ctx.scope.nodes.hop(hop, query).load(parentKey);
  return connectionFrom(Connection, {
    spec: hop.child,
    window,
    query,
    items: page.items,
    toNode,
    // Counted with the page when `totalCount` was selected; a read without the selection counts now.
    countAll: async () =>
      page.total ?? (await ctx.scope.nodes.hop(hop, { ...query, withTotal: true }).load(parentKey)).total ?? 0,
    edgeFields,
  });
}

/** The single node at the end of a to-one hop (e.g. an interaction's partnership), or null. */
export async function hopOne<TNode>(
  ctx: RequestContext,
  info: SelectionInfo,
  hop: HopSpec,
  parentKey: string,
  order: string,
  child: MappedNode<TNode>,
): Promise<TNode | null> {
  const toNode = childMapper(hop, child);
  const selection = selectionOf(info);
  const query: PageQuery = {
    ...pageQuery(pageWindow({ first: 1 }), null, { field: order, direction: 'ASC' }),
    ...(selection ? { select: projectionFor(child, selection.names), edgeSelect: [], withTotal: false } : {}),
  };
  const page = await ctx.scope.nodes.hop(hop, query).load(parentKey);
  const first = page.items[0];
  return first ? toNode(first.node) : null;
}

/** A node by database id through the per-request loader, or null. */
export async function loadNode<TNode>(
  ctx: RequestContext,
  info: SelectionInfo,
  node: MappedNode<TNode>,
  key: string,
): Promise<TNode | null> {
  const row = await ctx.scope.nodes.node(node.spec, projectionFor(node, selectionOf(info)?.names)).load(key);
  return row ? node.toNode(row) : null;
}
