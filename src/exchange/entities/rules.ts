/**
 * One record read from a file → a typed record, or the problems that keep it out. Field rules
 * come from the kind's table (kinds.ts); the rules here look at several fields of one record.
 * Rules across records (references, parties) are the importer's, which knows the other kinds.
 */
import { SUBTYPES, type Stage } from '../../domain/vocabulary';
import { NEXT_STAGES } from '../../modules/partnership/partnership.lifecycle';
import { GOAL_LIMITS } from '../../modules/goal/goal.validation';
import { isBlank, parseField, type KeyRole, type Value } from './fields';
import { KINDS, type KindName } from './kinds';
import type { Problem } from './problems';
import type { SourceRecord } from './source';

export interface ImportRecord {
  kind: KindName;
  file: string;
  line: number;
  externalId: string;
  /** Parsed fields (null: not given and no default). */
  fields: Record<string, Value>;
  columns: Record<string, string>;
}

/** Tolerated clock skew for "not in the future", like the API's (src/core/checks.ts). */
const CLOCK_SKEW_MS = 5 * 60_000;
const EARLIEST = Date.UTC(1900, 0, 1);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
// The team module's rule, kept plain: one @, no blanks, a dot in the domain.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

type Check = (fields: Record<string, Value>) => { field: string; reason: string } | undefined;

const time = (value: Value) => (value instanceof Date ? value.getTime() : undefined);

function notBefore(later: string, earlier: string): Check {
  return (fields) => {
    const a = time(fields[earlier]);
    const b = time(fields[later]);
    return a !== undefined && b !== undefined && b < a
      ? { field: later, reason: `${later} must not be before ${earlier}` }
      : undefined;
  };
}

const RECORD_RULES: Partial<Record<KindName, readonly Check[]>> = {
  teamMembers: [
    (fields) =>
      typeof fields.email === 'string' && !EMAIL.test(fields.email)
        ? { field: 'email', reason: `"${fields.email}" is not an e-mail address` }
        : undefined,
  ],
  participants: [
    (fields) =>
      fields.exitedAt !== null && fields.status !== 'EXITED'
        ? { field: 'exitedAt', reason: 'exitedAt is only for status EXITED' }
        : undefined,
    notBefore('exitedAt', 'joinedAt'),
  ],
  partnerships: [
    (fields) => {
      const type = fields.type as keyof typeof SUBTYPES | null;
      const subtype = fields.subtype as string | null;
      if (!type || !subtype) return undefined;
      const allowed: readonly string[] = SUBTYPES[type];
      return allowed.includes(subtype)
        ? undefined
        : { field: 'subtype', reason: `${subtype} is not a subtype of ${type} (its subtypes: ${allowed.join(', ')})` };
    },
    notBefore('endsAt', 'startedAt'),
    (fields) =>
      Array.isArray(fields.parties) && (fields.parties as KeyRole[]).filter((party) => party.role === 'LEAD').length > 1
        ? { field: 'parties', reason: 'at most one party can be the LEAD' }
        : undefined,
  ],
  valueFlows: [
    (fields) =>
      fields.from !== null && fields.from === fields.to
        ? { field: 'to', reason: 'a value flow goes from one party to another: from and to are the same' }
        : undefined,
  ],
  initiatives: [notBefore('endsAt', 'startsAt')],
  stageChanges: [
    (fields) => {
      const from = fields.from as Stage | null;
      const to = fields.to as Stage | null;
      if (!from || !to) return undefined;
      const allowed = NEXT_STAGES[from];
      return allowed.includes(to)
        ? undefined
        : {
            field: 'to',
            reason: `a partnership cannot move from ${from} to ${to} (allowed: ${allowed.join(', ') || 'none, it is final'})`,
          };
    },
  ],
  goals: [
    (fields) =>
      fields.metric === 'satisfaction' && typeof fields.target === 'number' && fields.target > GOAL_LIMITS.satisfaction
        ? { field: 'target', reason: `a satisfaction target is a score of at most ${GOAL_LIMITS.satisfaction}` }
        : undefined,
    (fields) =>
      fields.metric === 'active_partnerships' && fields.partnership !== null
        ? { field: 'partnership', reason: 'active_partnerships is an ecosystem metric: leave partnership blank' }
        : undefined,
  ],
};

/** The typed record, or why it cannot be imported (every problem of the row at once). */
export function checkRecord(source: SourceRecord, now: Date): { record?: ImportRecord; problems: Problem[] } {
  const kind = KINDS[source.kind];
  const problems: Problem[] = [];
  const externalId =
    typeof source.values.externalId === 'string'
      ? source.values.externalId.trim()
      : String(source.values.externalId ?? '');
  const problem = (field: string | null, reason: string, code: Problem['code'] = 'INVALID') =>
    problems.push({
      code,
      file: source.file,
      line: source.line,
      column: field === null ? null : (source.columns[field] ?? field),
      externalId: externalId || null,
      reason,
    });

  const fields: Record<string, Value> = {};
  for (const spec of kind.fields) {
    const parsed = parseField(spec, source.values[spec.name]);
    if (!parsed.ok) {
      problem(spec.name, parsed.reason);
      continue;
    }
    const value = parsed.value;
    if (value instanceof Date) {
      if (value.getTime() < EARLIEST) problem(spec.name, `${spec.name} must be after 1900-01-01`);
      else if (spec.type === 'instant' && !spec.future && value.getTime() > now.getTime() + CLOCK_SKEW_MS) {
        problem(spec.name, `${spec.name} must not be in the future`);
      }
    }
    fields[spec.name] = value;
  }
  if (!isBlank(fields.id) && !UUID.test(String(fields.id))) {
    problem('id', 'id is an ecograph id (a UUID from an ecograph export); leave it out for new data');
  }
  if (typeof fields.email === 'string') fields.email = fields.email.toLowerCase();
  if (problems.length === 0) {
    for (const check of RECORD_RULES[source.kind] ?? []) {
      const broken = check(fields);
      if (broken) problem(broken.field, broken.reason, 'RULE');
    }
  }
  if (problems.length > 0) return { problems };
  return {
    record: {
      kind: source.kind,
      file: source.file,
      line: source.line,
      externalId: String(fields.externalId),
      fields,
      columns: source.columns,
    },
    problems,
  };
}
