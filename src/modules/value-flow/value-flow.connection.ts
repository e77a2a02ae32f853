/**
 * Value-flow connections: root lists and nested hops through the request's relationship
 * reader, keyset-paged by the order property then id (the relationship twin of graphql/resolve.ts).
 */
import { pageWindow, toPage, type Keyset, type PageWindow } from '../../core/connection';
import { expectGlobalId } from '../../core/global-id';
import { decodeFilterIds, pageQuery } from '../../graphql/paging';
import type { RequestContext } from '../../context/context';
import { fromRow } from '../../db/node-spec';
import type { PageQuery } from '../../db/node-statements';
import type { Row } from '../../db/values';
import { OrderDirection } from '../../graphql/order-direction';
import { relationshipReader } from './relationship-reader';
import type { RelationshipHop, RelationshipSpec } from './relationship-spec';
import { ValueFlowOrderField } from './value-flow.enums';
import type { ValueFlowsArgs } from './value-flow.inputs';
import { VALUE_FLOW } from './value-flow.relationship';
import { ValueFlow, ValueFlowConnection } from './value-flow.type';

/** A value flow from a row of the relationship statements (the relationship twin of a mapped node). */
export const toValueFlow = fromRow(ValueFlow.from);

/** The page query of list arguments, filter ids decoded to database ids. */
function valueFlowQuery(args: ValueFlowsArgs, window: PageWindow): PageQuery {
  return pageQuery(
    window,
    decodeFilterIds(args.filter, { partnership: 'Partnership', participant: 'Participant' }, expectGlobalId),
    { field: args.orderBy?.field ?? ValueFlowOrderField.AT, direction: args.orderBy?.direction ?? OrderDirection.DESC },
  );
}

function keyOf(spec: RelationshipSpec, order: string, row: Row): Keyset {
  const property = spec.orders[order]?.property ?? 'id';
  const value = row[property];
  return { value: value instanceof Date ? value.toISOString() : (value as Keyset['value']), id: String(row.id) };
}

function connection(window: PageWindow, query: PageQuery, rows: Row[], countAll: () => Promise<number>) {
  const page = toPage(rows, window, (row) => keyOf(VALUE_FLOW, query.order, row));
  const edges = page.edges.map((edge) => ({ cursor: edge.cursor, node: toValueFlow(edge.node) }));
  return Object.assign(new ValueFlowConnection(), {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: page.pageInfo,
    countAll,
  });
}

export async function rootValueFlows(ctx: RequestContext, args: ValueFlowsArgs): Promise<ValueFlowConnection> {
  const window = pageWindow(args);
  const query = valueFlowQuery(args, window);
  const reader = relationshipReader(ctx);
  const rows = await reader.list(VALUE_FLOW, query);
  for (const row of rows) reader.loader(VALUE_FLOW).prime(String(row.id), row);
  return connection(window, query, rows, () => reader.count(VALUE_FLOW, query.filter));
}

export async function hopValueFlows(
  ctx: RequestContext,
  hop: RelationshipHop,
  parentKey: string,
  args: ValueFlowsArgs,
): Promise<ValueFlowConnection> {
  const window = pageWindow(args);
  const query = valueFlowQuery(args, window);
  const page = await relationshipReader(ctx).hop(hop, query).load(parentKey);
  return connection(window, query, page.items, () => Promise.resolve(page.total));
}

/** A value flow by relationship id through the request's loader (corrected ones too), or null. */
export async function loadValueFlow(ctx: RequestContext, key: string): Promise<ValueFlow | null> {
  const row = await relationshipReader(ctx).loader(VALUE_FLOW).load(key);
  return row ? toValueFlow(row) : null;
}
