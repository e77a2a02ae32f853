/**
 * Lookahead: before a connection's statement runs, look at what the request selected under its
 * nodes and read the nested connections whose shape is known in the same statement (as the Neo4j
 * GraphQL Library compiles a whole selection into one statement). Their pages then prime the
 * loaders the nested resolvers read through, so those resolvers still run — guards, mappers and
 * edge fields unchanged — but find their page already there instead of costing a round trip.
 *
 * A nested connection is read ahead when its field is declared here (`lookaheadField`, beside its
 * resolver) and it is selected once (one alias; several aliases with their own arguments load
 * through their DataLoaders as before). The loaders are keyed by the exact page query, projection
 * included, so a lookahead that computed a different query than the resolver costs a round trip,
 * never a wrong answer. Only fields every role may read are declared (test/unit/lookahead.test.ts).
 */
import { getArgumentValues, isObjectType, type GraphQLResolveInfo } from 'graphql';
import type { HopSpec, NodeSpec, ReadRules } from '../db/node-spec';
import type { NestedHop, PageQuery } from '../db/node-statements';
import { edgeProjectionFor, projectionFor } from '../db/projection';
import { pageWindow } from '../core/connection';
import { pageQuery, type Ordering, type PageArgs } from './paging';
import { type Selection } from './selection';

/** How deep below a connection nested connections are read ahead. */
const MAX_DEPTH = 3;

/** A nested connection field whose page query follows from its arguments alone. */
export interface HopField<TArgs extends PageArgs = PageArgs> {
  /** The GraphQL type it is a field of (also the hop's parent label). */
  readonly typeName: string;
  readonly fieldName: string;
  readonly hop: HopSpec;
  readonly child: { spec: NodeSpec; reads: ReadRules };
  /** The filter and ordering its arguments ask for: the resolver and the lookahead both use it. */
  readonly listing: (args: TArgs) => { filter: object | null; ordering: Ordering };
}

const LOOKAHEAD = new Map<string, HopField>();

/** Declares a nested connection the lookahead may read with its parents. */
export function lookaheadField<TArgs extends PageArgs>(field: HopField<TArgs>): HopField<TArgs> {
  if (field.hop.parentLabel !== field.typeName) {
    throw new Error(`${field.typeName}.${field.fieldName} walks hop ${field.hop.name} of another type`);
  }
  // The lookahead calls `listing` with the field's argument values as GraphQL coerced them: the
  // same fields the resolver's args class carries.
  LOOKAHEAD.set(`${field.typeName}.${field.fieldName}`, field as unknown as HopField);
  return field;
}

/** Every declared lookahead field, as `Type.field`. */
export function lookaheadFields(): string[] {
  return [...LOOKAHEAD.keys()];
}

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

/**
 * The page query of a hop connection for its arguments and selection: what hopConnection
 * (resolve.ts) asks its loader for, so a primed page is found under the same key.
 */
export function hopQuery(
  hop: HopSpec,
  child: { spec: NodeSpec; reads: ReadRules },
  args: PageArgs,
  filter: object | null | undefined,
  ordering: Ordering,
  selection: Selection | undefined,
): PageQuery {
  return { ...pageQuery(pageWindow(args), filter, ordering), ...connectionReads(selection, child, hop) };
}

/**
 * The declared connections selected under `nodes` (the selection on objects of `typeName`),
 * each with its page query and the connections nested under it in turn.
 */
export function nestedHops(info: GraphQLResolveInfo, nodes: Selection, typeName: string, depth = 0): NestedHop[] {
  const type = info.schema.getType(typeName);
  if (depth >= MAX_DEPTH || !isObjectType(type)) return [];
  const found: NestedHop[] = [];
  for (const name of nodes.names) {
    const field = LOOKAHEAD.get(`${typeName}.${name}`);
    const definition = type.getFields()[name];
    const fieldNodes = nodes.nodes(name);
    if (!field || !definition || fieldNodes.length !== 1 || !fieldNodes[0]) continue;
    const selection = nodes.child(name);
    let query: PageQuery;
    try {
      const args = getArgumentValues(definition, fieldNodes[0], info.variableValues) as PageArgs;
      const { filter, ordering } = field.listing(args);
      query = hopQuery(field.hop, field.child, args, filter, ordering, selection);
    } catch {
      // Arguments the resolver will refuse (a page size out of range, a bad cursor): it reports them.
      continue;
    }
    found.push({
      key: `${typeName}_${name}`,
      hop: field.hop,
      query,
      nested: nestedHops(info, selection.connectionNodes(), field.hop.child.label, depth + 1),
    });
  }
  return found;
}
