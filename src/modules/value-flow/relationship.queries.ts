/**
 * Generic, pure read builders over a RelationshipSpec, the relationship twin of
 * src/db/node-statements.ts: list (filtered, ordered, keyset-paged), count, by ids, and
 * nested hop pages for many parents at once (the DataLoader batch). Names come from the
 * spec (checked identifiers), values are always parameters.
 */
import { identifier } from '../../db/cypher';
import type { Statement } from '../../db/gateway';
import type { PageQuery } from '../../db/node-statements';
import { int } from '../../db/values';
import type { RelationshipHop, RelationshipSpec } from './relationship-spec';

interface CompiledFilter {
  conditions: string[];
  params: Record<string, unknown>;
  /** Parameter holding the id of an `end` filter, when the caller asked to anchor on it. */
  anchor: string | null;
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (Array.isArray(value) && value.length === 0);

/**
 * Turns a filter input into conditions on `r`. With `anchorEnd`, an `end` filter becomes the
 * MATCH's anchor (an index seek on the end node's id) instead of a condition.
 */
export function compileRelationshipFilter(
  spec: RelationshipSpec,
  filter: object | null | undefined,
  anchorEnd = false,
): CompiledFilter {
  const compiled: CompiledFilter = { conditions: spec.visible ? [spec.visible] : [], params: {}, anchor: null };
  for (const [field, raw] of Object.entries(filter ?? {})) {
    if (isEmpty(raw)) continue;
    const rule = spec.filters[field];
    if (!rule) throw new Error(`${spec.type} has no filter rule for "${field}"`);
    const param = `f_${identifier(field)}`;
    compiled.params[param] = raw instanceof Date ? raw.toISOString() : raw;
    if (rule.op === 'end') {
      if (anchorEnd && !compiled.anchor) compiled.anchor = param;
      else compiled.conditions.push(`$${param} IN [startNode(r).id, endNode(r).id]`);
      continue;
    }
    const property = `r.${identifier(rule.property)}`;
    const operand = rule.temporal ? `datetime($${param})` : `$${param}`;
    const comparison = { in: 'IN', eq: '=', gte: '>=', lt: '<' }[rule.op];
    compiled.conditions.push(`${property} ${comparison} ${rule.op === 'in' ? `$${param}` : operand}`);
  }
  return compiled;
}

function orderRule(spec: RelationshipSpec, order: string) {
  const rule = spec.orders[order];
  if (!rule) throw new Error(`${spec.type} cannot be ordered by "${order}"`);
  return rule;
}

function keysetCondition(spec: RelationshipSpec, query: PageQuery) {
  if (!query.after) return { condition: null, params: {} };
  const rule = orderRule(spec, query.order);
  const cmp = query.direction === 'DESC' ? '<' : '>';
  const value = rule.temporal ? 'datetime($afterValue)' : '$afterValue';
  const property = `r.${identifier(rule.property)}`;
  return {
    condition: `(${property} ${cmp} ${value} OR (${property} = ${value} AND r.id ${cmp} $afterId))`,
    params: { afterValue: query.after.value, afterId: query.after.id },
  };
}

function orderBy(spec: RelationshipSpec, query: PageQuery): string {
  const direction = query.direction === 'DESC' ? 'DESC' : 'ASC';
  return `r.${identifier(orderRule(spec, query.order).property)} ${direction}, r.id ${direction}`;
}

const where = (conditions: (string | null)[]) => {
  const present = conditions.filter((c): c is string => Boolean(c));
  return present.length ? `WHERE ${present.join('\n  AND ')}` : '';
};

/** `r {.id, .kind, ..., fromId: startNode(r).id, toId: endNode(r).id}` */
export function relationshipProjection(spec: RelationshipSpec): string {
  const properties = spec.properties.map((p) => `.${identifier(p)}`).join(', ');
  return `r {${properties}, fromId: startNode(r).id, toId: endNode(r).id}`;
}

function source(spec: RelationshipSpec, anchor: string | null): string {
  const type = identifier(spec.type);
  return anchor ? `MATCH (:${identifier(spec.endLabel)} {id: $${anchor}})-[r:${type}]-()` : `MATCH ()-[r:${type}]->()`;
}

export function listRelationships(spec: RelationshipSpec, query: PageQuery): Statement {
  const filter = compileRelationshipFilter(spec, query.filter, true);
  const keyset = keysetCondition(spec, query);
  return {
    cypher: [
      source(spec, filter.anchor),
      where([...filter.conditions, keyset.condition]),
      `RETURN ${relationshipProjection(spec)} AS item`,
      `ORDER BY ${orderBy(spec, query)}`,
      'LIMIT $limit',
    ]
      .filter(Boolean)
      .join('\n'),
    params: { ...filter.params, ...keyset.params, limit: int(query.limit) },
  };
}

export function countRelationships(spec: RelationshipSpec, filterInput: object | null | undefined): Statement {
  const filter = compileRelationshipFilter(spec, filterInput, true);
  return {
    cypher: [source(spec, filter.anchor), where(filter.conditions), 'RETURN count(r) AS total']
      .filter(Boolean)
      .join('\n'),
    params: filter.params,
  };
}

/** By id, hidden (corrected) ones included: history stays reachable. */
export function relationshipsByIds(spec: RelationshipSpec, ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id\nMATCH ()-[r:${identifier(spec.type)} {id: id}]->()\nRETURN ${relationshipProjection(spec)} AS item`,
    params: { ids: [...ids] },
  };
}

/** One page of relationships for each parent, plus each parent's total, in one round trip. */
export function relationshipHopPages(hop: RelationshipHop, parentIds: readonly string[], query: PageQuery): Statement {
  const filter = compileRelationshipFilter(hop.spec, query.filter);
  const keyset = keysetCondition(hop.spec, query);
  const totalWhere = filter.conditions.length ? ` WHERE ${filter.conditions.join(' AND ')}` : '';
  const inner = [
    `  MATCH ${hop.pattern}`,
    `  ${where([...filter.conditions, keyset.condition])}`,
    `  WITH r ORDER BY ${orderBy(hop.spec, query)} LIMIT $limit`,
    `  RETURN collect(${relationshipProjection(hop.spec)}) AS items`,
  ].filter((line) => line.trim().length > 0);
  return {
    cypher: [
      'UNWIND $parentIds AS parentId',
      `MATCH (parent:${identifier(hop.parentLabel)} {id: parentId})`,
      'CALL (parent) {',
      ...inner,
      '}',
      `RETURN parentId, items, COUNT { MATCH ${hop.pattern}${totalWhere} } AS total`,
    ].join('\n'),
    params: { parentIds: [...parentIds], ...filter.params, ...keyset.params, limit: int(query.limit) },
  };
}
