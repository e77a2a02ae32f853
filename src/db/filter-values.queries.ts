/**
 * The distinct stored values of every text field a filter matches case-insensitively
 * (text-filters.ts), with the graph version they were read at: one statement, version first,
 * so the values are at least as new as the version they are filed under.
 */
import type { Statement } from './gateway';

/** A filterable text field: where its stored values live. */
export interface ValueSource {
  label: string;
  property: string;
}

/** The fields whose values filters canonicalise, by the name filters and messages use. */
export const VALUE_SOURCES = {
  region: { label: 'Participant', property: 'region' },
  sector: { label: 'Participant', property: 'sector' },
} as const satisfies Record<string, ValueSource>;

export type ValueField = keyof typeof VALUE_SOURCES;
export const VALUE_FIELDS = Object.keys(VALUE_SOURCES) as ValueField[];

/**
 * `version` and one list of distinct values per field. Each list is read from the field's
 * single-property index (graph/migrations/0003) by the `IS NOT NULL` predicate.
 */
export function readFilterValues(): Statement {
  const lists = VALUE_FIELDS.map((field) => {
    const { label, property } = VALUE_SOURCES[field];
    return `CALL () { MATCH (x:${label}) WHERE x.${property} IS NOT NULL RETURN collect(DISTINCT x.${property}) AS ${field} }`;
  });
  return {
    cypher: [
      "OPTIONAL MATCH (v:GraphVersion {id: 'ecosystem'})",
      'WITH coalesce(v.value, 0) AS version',
      ...lists,
      `RETURN version, ${VALUE_FIELDS.join(', ')}`,
    ].join('\n'),
    params: {},
  };
}
