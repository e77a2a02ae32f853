/**
 * How every String field of a filter input matches (docs/api.md, "Text filters"), declared
 * once: test/integration/text-filters.test.ts walks the built schema and fails on a String
 * filter field missing here, so a new one cannot silently match exactly.
 *
 * - `VALUES`: one of the canonicalised fields (filter-values.queries.ts): what the user typed
 *   is matched case-insensitively against the stored values and replaced by them before the
 *   filter is compiled; a value matching nothing is refused with the closest stored values.
 * - `FULLTEXT`: full-text search through a Lucene index, whose analyzer already lower-cases.
 * - `EXACT`: an identifier compared as is (token subjects are case-sensitive; operation names
 *   are the schema's mutation fields), documented as such.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context/context';
import { UnknownFilterValueError, type UnknownFilterValue } from '../core/errors';
import { mayReadField } from './schema-guard';
import { VALUE_SOURCES, type ValueField } from '../db/filter-values.queries';
import { suggestValues } from '../core/text-fold';

/** The schema description of a canonicalised filter field (`noun`: what it holds, plural). */
export function valueFilterDescription(noun: string): string {
  return `${noun}, matched case-insensitively (docs/api.md, "Text filters"); a value stored nowhere is refused (BAD_USER_INPUT, reason UNKNOWN_FILTER_VALUE) with the closest stored ones.`;
}

export type TextFilterMatch = { values: ValueField } | 'FULLTEXT' | 'EXACT';

/** Input type → String field → how it matches. */
export const TEXT_FILTER_FIELDS = {
  ParticipantFilter: { region: { values: 'region' }, sector: { values: 'sector' }, text: 'FULLTEXT' },
  CentralityFilter: { region: { values: 'region' }, sector: { values: 'sector' } },
  SubgraphFilterInput: { region: { values: 'region' }, sector: { values: 'sector' } },
  PartnershipFilter: { text: 'FULLTEXT' },
  InitiativeFilter: { text: 'FULLTEXT' },
  AuditFilter: { actor: 'EXACT', operation: 'EXACT' },
} as const satisfies Record<string, Record<string, TextFilterMatch>>;

export type TextFilterInput = keyof typeof TEXT_FILTER_FIELDS;

type Filter = Record<string, unknown>;

/**
 * `filter` with the values of its canonicalised fields replaced by the stored values they
 * stand for; refuses (UnknownFilterValueError) values no stored value matches, all fields at
 * once. Other fields pass through unchanged.
 */
export async function canonicalFilter<T extends object>(
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  input: TextFilterInput,
  filter: T | null | undefined,
  path: readonly string[] = ['filter'],
): Promise<T | null | undefined> {
  if (!filter) return filter;
  const rules: Record<string, TextFilterMatch> = TEXT_FILTER_FIELDS[input];
  const result: Filter = { ...(filter as Filter) };
  const refused: UnknownFilterValue[] = [];
  for (const [field, rule] of Object.entries(rules)) {
    const typed = result[field];
    if (typeof rule !== 'object' || !Array.isArray(typed) || typed.length === 0) continue;
    const resolved = await ctx.services.filterValues.resolve(rule.values, typed as string[]);
    result[field] = resolved.values;
    if (resolved.unknown.length === 0) continue;
    const source = VALUE_SOURCES[rule.values];
    // Suggestions quote stored values: only to a role that may read them where they are stored.
    const quotable = mayReadField(info.schema, ctx, source.label, source.property);
    for (const value of resolved.unknown) {
      refused.push({
        field: [...path, field],
        value,
        suggestions: quotable ? suggestValues(resolved.known, value) : [],
      });
    }
  }
  if (refused.length > 0) throw new UnknownFilterValueError(refused);
  return result as T;
}
