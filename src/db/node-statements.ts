/**
 * Generic, pure statement builders over a NodeSpec: list (filtered, ordered, keyset-paged),
 * count, by ids, and nested hop pages for many parents at once (the DataLoader batch).
 * Conditions are only emitted for the filters actually given, so the planner sees simple
 * predicates it can answer from indexes.
 */
import type { Keyset } from '../core/connection';
import { toFulltextQuery } from '../core/text-rules';
import { identifier, projection } from './cypher';
import type { Statement } from './gateway';
import type { HopSpec, NodeSpec } from './node-spec';
import { readProperties } from './projection';
import { int } from './values';

export type Direction = 'ASC' | 'DESC';

export interface PageQuery {
  filter?: object | null;
  /** Key of `spec.orders`. */
  order: string;
  direction: Direction;
  /** Rows to fetch: the page size plus one, to know whether a next page exists. */
  limit: number;
  after?: Keyset | null;
  /** Node properties to return (db/projection.ts); every property of the spec when absent. */
  select?: readonly string[];
  /** A hop's relationship properties to return; all of `edgeProperties` when absent. */
  edgeSelect?: readonly string[];
  /** Whether a hop page also counts every related node (only when `totalCount` is selected); yes when absent. */
  withTotal?: boolean;
}

interface CompiledFilter {
  conditions: string[];
  params: Record<string, unknown>;
  text: string | null;
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (Array.isArray(value) && value.length === 0);

/**
 * Turns a filter input into conditions on `n` and their parameters (named with `prefix`, so
 * several levels of one statement keep theirs apart).
 */
export function compileFilter(spec: NodeSpec, filter: object | null | undefined, prefix = ''): CompiledFilter {
  const compiled: CompiledFilter = { conditions: spec.visible ? [spec.visible] : [], params: {}, text: null };
  for (const [field, raw] of Object.entries(filter ?? {})) {
    if (isEmpty(raw)) continue;
    if (field === 'text' && spec.fulltextIndex) {
      compiled.text = toFulltextQuery(String(raw));
      continue;
    }
    const rule = spec.filters[field];
    if (!rule) throw new Error(`${spec.label} has no filter rule for "${field}"`);
    const param = `${prefix}f_${identifier(field)}`;
    const value = raw instanceof Date ? raw.toISOString() : raw;
    compiled.params[param] = value;
    const property = rule.property ? `n.${identifier(rule.property)}` : '';
    const operand = rule.temporal ? `datetime($${param})` : `$${param}`;
    switch (rule.op) {
      case 'in':
        compiled.conditions.push(`${property} IN $${param}`);
        break;
      case 'eq':
        compiled.conditions.push(`${property} = ${operand}`);
        break;
      case 'gte':
        compiled.conditions.push(`${property} >= ${operand}`);
        break;
      case 'lt':
        compiled.conditions.push(`${property} < ${operand}`);
        break;
      case 'exists':
        compiled.conditions.push(`EXISTS { ${(rule.pattern ?? '').replaceAll('$value', `$${param}`)} }`);
        break;
    }
  }
  return compiled;
}

function keysetCondition(
  spec: NodeSpec,
  query: PageQuery,
  prefix = '',
): { condition: string | null; params: Record<string, unknown> } {
  if (!query.after) return { condition: null, params: {} };
  const rule = orderRule(spec, query.order);
  const cmp = query.direction === 'DESC' ? '<' : '>';
  const value = rule.temporal ? `datetime($${prefix}afterValue)` : `$${prefix}afterValue`;
  const property = `n.${identifier(rule.property)}`;
  // The same rows as `p > v OR (p = v AND id > after)`, written with a range on the property
  // alone first, so an index on it can seek to the cursor instead of filtering every node.
  return {
    condition: `${property} ${cmp}= ${value} AND (${property} ${cmp} ${value} OR n.id ${cmp} $${prefix}afterId)`,
    params: { [`${prefix}afterValue`]: query.after.value, [`${prefix}afterId`]: query.after.id },
  };
}

function orderRule(spec: NodeSpec, order: string) {
  const rule = spec.orders[order];
  if (!rule) throw new Error(`${spec.label} cannot be ordered by "${order}"`);
  return rule;
}

function orderBy(spec: NodeSpec, query: PageQuery): string {
  const rule = orderRule(spec, query.order);
  const direction = query.direction === 'DESC' ? 'DESC' : 'ASC';
  return `n.${identifier(rule.property)} ${direction}, n.id ${direction}`;
}

const where = (conditions: (string | null)[]) => {
  const present = conditions.filter((c): c is string => Boolean(c));
  return present.length ? `WHERE ${present.join('\n  AND ')}` : '';
};

function source(spec: NodeSpec, text: string | null): string {
  return text
    ? `CALL db.index.fulltext.queryNodes('${identifier(spec.fulltextIndex ?? '')}', $text) YIELD node AS n`
    : `MATCH (n:${identifier(spec.label)})`;
}

/** For an ordering an index on (property, id) serves: the predicates that let the planner use it. */
function sortIndexCondition(spec: NodeSpec, query: PageQuery, text: string | null): string | null {
  const rule = orderRule(spec, query.order);
  if (!rule.sortIndex || text) return null;
  return `n.${identifier(rule.property)} IS NOT NULL AND n.id IS NOT NULL`;
}

/**
 * One page of nodes. With `nested` hops (lookahead), the page is cut first and each node's
 * nested pages are read in the same statement, returned as `nested` beside `node`.
 */
export function listNodes(spec: NodeSpec, query: PageQuery, nested: readonly NestedHop[] = []): Statement {
  const filter = compileFilter(spec, query.filter);
  const keyset = keysetCondition(spec, query);
  const node = projection('n', readProperties(spec, query.select, orderRule(spec, query.order).property));
  const calls = nestedCalls(nested, '', '');
  const body = calls.value
    ? [
        `WITH n ORDER BY ${orderBy(spec, query)} LIMIT $limit`,
        ...calls.lines,
        `RETURN ${node} AS node, ${calls.value} AS nested`,
        `ORDER BY ${orderBy(spec, query)}`,
      ]
    : [`RETURN ${node} AS node`, `ORDER BY ${orderBy(spec, query)}`, 'LIMIT $limit'];
  return {
    cypher: [
      source(spec, filter.text),
      where([...filter.conditions, keyset.condition, sortIndexCondition(spec, query, filter.text)]),
      ...body,
    ]
      .filter(Boolean)
      .join('\n'),
    params: {
      ...filter.params,
      ...keyset.params,
      ...(filter.text ? { text: filter.text } : {}),
      limit: int(query.limit),
      ...calls.params,
    },
  };
}

export function countNodes(spec: NodeSpec, filterInput: object | null | undefined): Statement {
  const filter = compileFilter(spec, filterInput);
  return {
    cypher: [source(spec, filter.text), where(filter.conditions), 'RETURN count(n) AS total']
      .filter(Boolean)
      .join('\n'),
    params: { ...filter.params, ...(filter.text ? { text: filter.text } : {}) },
  };
}

/** Nodes by id; with `nested` hops (lookahead from a by-id root field), each node's nested pages too. */
export function nodesByIds(
  spec: NodeSpec,
  ids: readonly string[],
  select?: readonly string[],
  nested: readonly NestedHop[] = [],
): Statement {
  const calls = nestedCalls(nested, '', '');
  const node = projection('n', readProperties(spec, select));
  return {
    cypher: [
      'UNWIND $ids AS id',
      `MATCH (n:${identifier(spec.label)} {id: id})`,
      ...calls.lines,
      `RETURN ${node} AS node${calls.value ? `, ${calls.value} AS nested` : ''}`,
    ].join('\n'),
    params: { ids: [...ids], ...calls.params },
  };
}

/** The relationship properties a hop page returns with each item. */
function edgeProperties(hop: HopSpec, query: PageQuery): readonly string[] {
  const all = hop.edgeProperties ?? [];
  return query.edgeSelect ? all.filter((property) => query.edgeSelect?.includes(property)) : all;
}

/** A hop read in the statement of its parents (lookahead, graphql/lookahead.ts), with the hops under it. */
export interface NestedHop {
  /** Its key in each parent's `nested` map (a Cypher identifier, e.g. `Participant_partnerships`). */
  key: string;
  hop: HopSpec;
  query: PageQuery;
  nested: readonly NestedHop[];
}

interface PageParts {
  /** The subquery body, from `parent` to `items` (one line each, unindented). */
  inner: string[];
  /** The count of every related node, in terms of `parent`; null when not asked. */
  total: string | null;
  /** The same count as a subquery body binding `total` (for nested levels, see nestedCalls). */
  totalQuery: string[] | null;
  params: Record<string, unknown>;
}

/** One hop page of `parent`: its items (with their nested pages) and its total, params named with `prefix`. */
function pageParts(hop: HopSpec, query: PageQuery, prefix: string, nested: readonly NestedHop[]): PageParts {
  const filter = compileFilter(hop.child, query.filter, prefix);
  if (filter.text) throw new Error(`hop ${hop.name} does not support text search`);
  const keyset = keysetCondition(hop.child, query, prefix);
  const edgeSelect = edgeProperties(hop, query);
  const edge = edgeSelect.length ? `, edge: ${projection('r', edgeSelect)}` : '';
  const totalWhere = filter.conditions.length ? ` WHERE ${filter.conditions.join(' AND ')}` : '';
  const properties = readProperties(hop.child, query.select, orderRule(hop.child, query.order).property);
  const calls = nestedCalls(nested, prefix, '');
  const inner = [
    `MATCH ${hop.pattern}`,
    where([...filter.conditions, keyset.condition]),
    `WITH n${edge ? ', r' : ''} ORDER BY ${orderBy(hop.child, query)} LIMIT $${prefix}limit`,
    ...calls.lines,
    // The nested subqueries keep the order in practice; sorting the page again makes it certain.
    ...(calls.value ? [`WITH * ORDER BY ${orderBy(hop.child, query)}`] : []),
    `RETURN collect({node: ${projection('n', properties)}${edge}${calls.value ? `, nested: ${calls.value}` : ''}}) AS items`,
  ].filter((line) => line.length > 0);
  const counted = query.withTotal !== false;
  return {
    inner,
    total: counted ? `COUNT { ${hop.pattern}${totalWhere} }` : null,
    totalQuery: counted ? [`MATCH ${hop.pattern}`, where(filter.conditions), 'RETURN count(*) AS total'] : null,
    params: { ...filter.params, ...keyset.params, [`${prefix}limit`]: int(query.limit), ...calls.params },
  };
}

/**
 * For each `n` in scope, a subquery per nested hop that binds `<prefix>h<i>_items` (and
 * `_total`), and the map expression of all of them for the row (null when nothing is nested).
 */
function nestedCalls(
  nested: readonly NestedHop[],
  prefix: string,
  indent: string,
): { lines: string[]; params: Record<string, unknown>; value: string | null } {
  if (nested.length === 0) return { lines: [], params: {}, value: null };
  const lines: string[] = [];
  const entries: string[] = [];
  let params: Record<string, unknown> = {};
  nested.forEach((inner, index) => {
    const p = `${prefix}h${index}_`;
    const parts = pageParts(inner.hop, inner.query, p, inner.nested);
    // The total is a subquery, not a COUNT { } in the RETURN: there Neo4j 5.26 binds the
    // pattern's `n` to the enclosing level's `n` (checked: every count came back 0).
    const total = parts.totalQuery?.filter((line) => line.length > 0) ?? null;
    lines.push(
      'CALL (n) {',
      '  WITH n AS parent',
      '  CALL (parent) {',
      ...parts.inner.map((line) => `    ${line}`),
      '  }',
      ...(total ? ['  CALL (parent) {', ...total.map((line) => `    ${line}`), '  }'] : []),
      `  RETURN items AS ${p}items${total ? `, total AS ${p}total` : ''}`,
      '}',
    );
    params = { ...params, ...parts.params };
    entries.push(`${identifier(inner.key)}: {items: ${p}items${total ? `, total: ${p}total` : ''}}`);
  });
  return { lines: lines.map((line) => `${indent}${line}`), params, value: `{${entries.join(', ')}}` };
}

/**
 * One page of related nodes for each parent, plus each parent's total when asked, in one
 * round trip; with `nested` hops (lookahead), each item's nested pages too.
 */
export function hopPages(
  hop: HopSpec,
  parentIds: readonly string[],
  query: PageQuery,
  nested: readonly NestedHop[] = [],
): Statement {
  const parts = pageParts(hop, query, '', nested);
  return {
    cypher: [
      'UNWIND $parentIds AS parentId',
      `MATCH (parent:${identifier(hop.parentLabel)} {id: parentId})`,
      'CALL (parent) {',
      ...parts.inner.map((line) => `  ${line}`),
      '}',
      `RETURN parentId, items${parts.total ? `, ${parts.total} AS total` : ''}`,
    ].join('\n'),
    params: { parentIds: [...parentIds], ...parts.params },
  };
}
