/**
 * A checked record with its references resolved → the row the kind's upsert writes, and the
 * comparison that decides whether a stored record would change and whether that change is one
 * only an API mutation may make (it keeps history the import cannot).
 */
import { v5 as uuidv5 } from 'uuid';
import type { KeyRole, Value } from './fields';
import type { KindName } from './kinds';
import { STORED_PROPERTIES } from './import.queries';
import type { ImportRecord } from './rules';

/** Namespace of the ids the import derives from keys: the same key always makes the same id. */
const ID_NAMESPACE = '7b1f6c0e-3f1d-5c2a-9a57-5c0a5e0c9e11';

export function derivedId(label: string, externalId: string): string {
  return uuidv5(`${label}:${externalId}`, ID_NAMESPACE);
}

/** Resolved references of one record: field → stored id(s). */
export type Resolved = Record<string, string | string[] | { id: string; role: string }[] | null>;

export interface WriteRow {
  id: string;
  /** Null when the key is the id itself (a record from an ecograph export that had none). */
  externalId: string | null;
  props: Record<string, string | number | null>;
  instants: Record<string, string | null>;
  createdAt: string;
  updatedAt: string;
  [link: string]: unknown;
}

const iso = (value: Value) => (value instanceof Date ? value.toISOString() : null);

/** The upsert row of a record: its props, instants (ISO) and links as stored ids. */
export function writeRow(
  record: ImportRecord,
  id: string,
  resolved: Resolved,
  stamps: { now: Date; by: string; isNew: boolean },
): WriteRow {
  const { plain, instants } = STORED_PROPERTIES[record.kind];
  const fields = record.fields;
  const props: Record<string, string | number | null> = {};
  for (const name of plain) {
    // Value flows keep their partnership's id on the relationship (the API's shape).
    const value = name === 'partnershipId' ? (resolved.partnership as string) : fields[name];
    props[name] = typeof value === 'string' || typeof value === 'number' ? value : null;
  }
  const now = stamps.now.toISOString();
  const times: Record<string, string | null> = {};
  for (const name of instants) times[name] = iso(fields[name]);
  // The API's defaults for instants a source often lacks: joining, starting, exiting now.
  if (record.kind === 'participants') {
    times.joinedAt ??= now;
    if (fields.status === 'EXITED') times.exitedAt ??= now;
  }
  if (record.kind === 'partnerships') times.startedAt ??= now;
  const row: WriteRow = {
    id,
    externalId: record.externalId === id ? null : record.externalId,
    props,
    instants: times,
    createdAt: iso(fields.createdAt ?? null) ?? now,
    updatedAt: iso(fields.updatedAt ?? null) ?? now,
    ...resolved,
  };
  if (record.kind === 'partnerships') {
    row.firstChange = stamps.isNew ? { id: derivedId('StageChange', `${id}:imported`), by: stamps.by } : null;
  }
  return row;
}

/** A stored record as currentRecords returns it. */
export interface StoredRecord {
  props: Record<string, unknown>;
  links: Record<string, unknown>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const sorted = (values: unknown) => (Array.isArray(values) ? [...(values as string[])].sort() : values);
const pairs = (values: unknown) =>
  Array.isArray(values)
    ? (values as KeyRole[] | { id: string; role: string }[]).map((v) => `${'id' in v ? v.id : v.key}:${v.role}`).sort()
    : values;

/** Fields whose change import may write in place (everything else keeps history elsewhere). */
const IN_PLACE: Readonly<Record<KindName, ReadonlySet<string>>> = {
  teamMembers: new Set(['name', 'email', 'role']),
  participants: new Set(['name', 'kind', 'sector', 'region', 'tier']),
  partnerships: new Set(['name', 'type', 'subtype', 'strategicAlignment', 'endsAt']),
  interactions: new Set(['note']),
  valueFlows: new Set([]),
  initiatives: new Set(['name', 'kind', 'startsAt', 'endsAt']),
  goals: new Set(['title', 'horizon', 'metric', 'target', 'actual', 'due']),
};

/** Where the API changes what import may not (docs/import.md, "Re-importing"). */
export const HISTORY_MUTATIONS: Readonly<Record<KindName, string>> = {
  teamMembers: 'the team member mutations',
  participants: 'participantUpdate (joinedAt and status changes are kept as history)',
  partnerships:
    'partnershipMoveStage, partnershipAddParty or partnershipRemoveParty (stage moves and party changes are kept as history)',
  interactions: 'interactionCorrect (a correction keeps the original)',
  valueFlows: 'valueFlowCorrect (a correction keeps the original)',
  initiatives: 'initiativeUpdateStatus or the other initiative mutations (COMPLETED and CANCELLED are final)',
  goals: 'the goal mutations (progress is kept as history)',
};

export interface Difference {
  /** Every field that differs. */
  changed: string[];
  /** Those only an API mutation may change. */
  history: string[];
}

/** How the row differs from the stored record (nothing: unchanged). */
export function difference(kind: KindName, row: WriteRow, stored: StoredRecord): Difference {
  const changed: string[] = [];
  const { plain, instants } = STORED_PROPERTIES[kind];
  for (const name of plain) if (!same(row.props[name], stored.props[name])) changed.push(name);
  for (const name of instants) {
    const ms = row.instants[name] === null ? null : Date.parse(row.instants[name] as string);
    if (!same(ms, stored.props[name])) changed.push(name);
  }
  if (!same(row.externalId ?? null, stored.props.externalId ?? null) && row.externalId !== null)
    changed.push('externalId');
  for (const [link, value] of Object.entries(stored.links)) {
    const mine = row[link];
    const equal =
      link === 'parties' || link === 'contributors'
        ? same(pairs(mine), sorted(value))
        : Array.isArray(value)
          ? same(sorted(mine), sorted(value))
          : same(mine, value);
    if (!equal) changed.push(link);
  }
  return { changed, history: changed.filter((name) => !IN_PLACE[kind].has(name) && name !== 'externalId') };
}
