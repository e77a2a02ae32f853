/**
 * A checked record with its references resolved → the row the kind's upsert writes, and the
 * comparison that decides whether a stored record would change and whether that change is one
 * only an API mutation may make (it keeps history the import cannot).
 */
import { v5 as uuidv5 } from 'uuid';
import type { Value } from './fields';
import { KINDS, type KindName } from './kinds';
import type { ImportRecord } from './rules';

/** Namespace of the ids the import derives from keys: the same key always makes the same id. */
const ID_NAMESPACE = '7b1f6c0e-3f1d-5c2a-9a57-5c0a5e0c9e11';

export function derivedId(label: string, externalId: string): string {
  return uuidv5(`${label}:${externalId}`, ID_NAMESPACE);
}

/** One end of a link: the stored id, and the tie's role where links have roles. */
export interface LinkEnd {
  id: string;
  role?: string;
}

/** Resolved references of one record: field → stored id(s) (a single reference: one id or null). */
export type Resolved = Record<string, string | string[] | LinkEnd[] | null>;

export interface WriteRow {
  id: string;
  /** Null when the key is the id itself (a record from an ecograph export that had none). */
  externalId: string | null;
  props: Record<string, string | number | null>;
  instants: Record<string, string | null>;
  integers: Record<string, number | null>;
  /** Per link field, its ends (value flows: `from` and `to`, ids). */
  links: Record<string, LinkEnd[] | string>;
  createdAt: string;
  updatedAt: string;
  firstChange?: { id: string; by: string } | null;
}

const iso = (value: Value | undefined) => (value instanceof Date ? value.toISOString() : null);

function ends(value: Resolved[string]): LinkEnd[] {
  if (value === null) return [];
  if (typeof value === 'string') return [{ id: value }];
  return value.map((end) => (typeof end === 'string' ? { id: end } : end));
}

/** The upsert row of a record: its props, instants (ISO), integers and links as stored ids. */
export function writeRow(
  record: ImportRecord,
  id: string,
  resolved: Resolved,
  stamps: { now: Date; by: string; isNew: boolean; firstStageChange: boolean },
): WriteRow {
  const kind = KINDS[record.kind];
  const fields = record.fields;
  const props: Record<string, string | number | null> = {};
  for (const name of kind.stored.plain) {
    // Value flows keep their partnership's id on the relationship (the API's shape).
    const value = name === 'partnershipId' ? resolved.partnership : fields[name];
    props[name] = typeof value === 'string' || typeof value === 'number' ? value : null;
  }
  const now = stamps.now.toISOString();
  const instants: Record<string, string | null> = {};
  for (const name of kind.stored.instants) instants[name] = iso(fields[name]);
  // The API's defaults for instants a source often lacks: joining, starting, exiting now.
  if (record.kind === 'participants') {
    instants.joinedAt ??= now;
    if (fields.status === 'EXITED') instants.exitedAt ??= now;
  }
  if (record.kind === 'partnerships') instants.startedAt ??= now;
  const integers: Record<string, number | null> = {};
  for (const name of kind.stored.integers ?? [])
    integers[name] = typeof fields[name] === 'number' ? fields[name] : null;
  const links: WriteRow['links'] = {};
  if (record.kind === 'valueFlows') {
    links.from = resolved.from as string;
    links.to = resolved.to as string;
  } else {
    for (const link of kind.links) links[link.field] = ends(resolved[link.field] ?? null);
  }
  const row: WriteRow = {
    id,
    externalId: record.externalId === id ? null : record.externalId,
    props,
    instants,
    integers,
    links,
    createdAt: iso(fields.createdAt) ?? now,
    updatedAt: iso(fields.updatedAt) ?? now,
  };
  if (record.kind === 'partnerships') {
    row.firstChange =
      stamps.isNew && stamps.firstStageChange
        ? { id: derivedId('StageChange', `${id}:imported`), by: stamps.by }
        : null;
  }
  return row;
}

/** A stored record as currentRecords returns it. */
export interface StoredRecord {
  props: Record<string, unknown>;
  links: Record<string, unknown>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** A link's ends as currentRecords gives them: a sorted list of `id` or `id:ROLE`, or one id. */
function comparableEnds(value: LinkEnd[] | string, many: boolean): unknown {
  if (typeof value === 'string') return value;
  const items = value.map((end) => (end.role ? `${end.id}:${end.role}` : end.id));
  return many ? items.sort() : (items[0] ?? null);
}

export interface Difference {
  /** Every field that differs. */
  changed: string[];
  /** Those only an API mutation may change. */
  history: string[];
}

/** How the row differs from the stored record (nothing: unchanged). */
export function difference(kind: KindName, row: WriteRow, stored: StoredRecord): Difference {
  const spec = KINDS[kind];
  const changed: string[] = [];
  for (const name of spec.stored.plain) if (!same(row.props[name], stored.props[name])) changed.push(name);
  for (const name of spec.stored.integers ?? []) if (!same(row.integers[name], stored.props[name])) changed.push(name);
  for (const name of spec.stored.instants) {
    const ms = row.instants[name] === null ? null : Date.parse(row.instants[name] as string);
    if (!same(ms, stored.props[name])) changed.push(name);
  }
  if (row.externalId !== null && !same(row.externalId, stored.props.externalId)) changed.push('externalId');
  if (kind === 'valueFlows') {
    for (const end of ['from', 'to']) if (!same(row.links[end], stored.links[end])) changed.push(end);
  } else {
    for (const link of spec.links) {
      const storedEnds = stored.links[link.field];
      const mine = comparableEnds(row.links[link.field] ?? [], link.many);
      if (!same(mine, Array.isArray(storedEnds) ? [...(storedEnds as string[])].sort() : storedEnds))
        changed.push(link.field);
    }
  }
  const inPlace = new Set([...spec.inPlace, 'externalId']);
  return { changed, history: changed.filter((name) => !inPlace.has(name)) };
}
