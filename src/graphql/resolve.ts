/**
 * Resolver building blocks shared by every module: root connections, nested (hop)
 * connections and to-one hops, all through the request's loaders so they batch. Each takes the
 * mapped node (`PARTICIPANT_NODE`, …) of what it loads and answers with its typed objects.
 *
 * Each also takes the resolver's `info`: the statement then returns only the properties the
 * selection needs (db/projection.ts), a hop counts its total only when `totalCount` is
 * selected, and connections read the declared connections nested under them in the same
 * statement (lookahead.ts). `null` (callers outside a GraphQL selection) reads every property.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context/context';
import type { HopItem } from '../db/node-reader';
import type { HopSpec, MappedNode } from '../db/node-spec';
import type { NestedHop, PageQuery } from '../db/node-statements';
import { projectionFor } from '../db/projection';
import type { Row } from '../db/values';
import { pageWindow } from '../core/connection';
import { connectionReads, nestedHops, type HopField } from './lookahead';
import { connectionFrom, pageQuery, type Ordering, type PageArgs } from './paging';
import { Selection } from './selection';

/** The resolver's info, or null for reads outside a selection (every property). */
export type SelectionInfo = GraphQLResolveInfo | null;

const selectionOf = (info: SelectionInfo) => (info ? Selection.of(info) : undefined);

/** Primes the loaders of the hops read ahead with `items`: their resolvers find their pages there. */
function primeNested(ctx: RequestContext, items: readonly HopItem[], nested: readonly NestedHop[]): void {
  for (const inner of nested) {
    const loader = ctx.scope.nodes.hop(inner.hop, inner.query, inner.nested);
    for (const item of items) {
      const page = item.nested?.[inner.key];
      if (!page) continue;
      const total = inner.query.withTotal === false ? null : (page.total ?? 0);
      loader.prime(String(item.node.id), { items: page.items, total });
    }
  }
}

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
  const plan = info
    ? ctx.scope.forField(info.fieldNodes, () => {
        const nodes = Selection.of(info).connectionNodes();
        return { select: projectionFor(node, nodes.names), nested: nestedHops(info, nodes, spec.label) };
      })
    : { select: undefined, nested: [] };
  const query = { ...pageQuery(window, filter, ordering), ...(plan.select ? { select: plan.select } : {}) };
  const items = await ctx.reader.list(spec, query, plan.nested);
  const byId = ctx.scope.nodes.node(spec, query.select);
  for (const item of items) byId.prime(String(item.node.id), item.node);
  primeNested(ctx, items, plan.nested);
  return connectionFrom(Connection, {
    spec,
    window,
    query,
    items,
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
  // Every parent of a list asks with the same field nodes: work out the selection's reads once.
  const plan = info
    ? ctx.scope.forField(info.fieldNodes, () => {
        const selection = Selection.of(info);
        return {
          reads: connectionReads(selection, child, hop),
          nested: nestedHops(info, selection.connectionNodes(), hop.child.label),
        };
      })
    : { reads: {}, nested: [] };
  const query: PageQuery = { ...pageQuery(window, filter, ordering), ...plan.reads };
  const page = await ctx.scope.nodes.hop(hop, query, plan.nested).load(parentKey);
  primeNested(ctx, page.items, plan.nested);
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

/** A connection declared for lookahead (`lookaheadField`): its filter and ordering come from its arguments. */
export function fieldConnection<TConn extends object, TNode, TArgs extends PageArgs>(
  ctx: RequestContext,
  info: SelectionInfo,
  Connection: new () => TConn,
  field: HopField<TArgs>,
  child: MappedNode<TNode>,
  parentKey: string,
  args: TArgs,
  edgeFields?: (edge: Row | undefined) => Record<string, unknown>,
): Promise<TConn> {
  const { filter, ordering } = field.listing(args);
  return hopConnection(ctx, info, Connection, field.hop, parentKey, args, filter, ordering, child, edgeFields);
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

/**
 * A node by database id through the per-request loader, or null. A root field (`participant(id)`)
 * also reads the declared connections selected under it in the same statement (lookahead.ts);
 * elsewhere a node by id is one of many (a to-one field under a list) and batches instead.
 */
export async function loadNode<TNode>(
  ctx: RequestContext,
  info: SelectionInfo,
  node: MappedNode<TNode>,
  key: string,
): Promise<TNode | null> {
  const selection = selectionOf(info);
  const select = projectionFor(node, selection?.names);
  const nested =
    info && selection && info.parentType === info.schema.getQueryType()
      ? nestedHops(info, selection, node.spec.label)
      : [];
  if (nested.length === 0) {
    const row = await ctx.scope.nodes.node(node.spec, select).load(key);
    return row ? node.toNode(row) : null;
  }
  const item = await ctx.reader.oneWithNested(node.spec, key, select, nested);
  if (!item) return null;
  ctx.scope.nodes.node(node.spec, select).prime(key, item.node);
  primeNested(ctx, [item], nested);
  return node.toNode(item.node);
}
