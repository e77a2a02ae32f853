/**
 * The field types an import file may hold, and how one raw value (a CSV cell, always text, or
 * a JSON value) becomes a typed value or a reason it cannot. Reasons say what to fix.
 */
import { GraphQLCurrency } from 'graphql-scalars';

export type FieldType =
  | { type: 'text'; min: number; max: number }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'number'; min: number; max: number; above?: boolean; integer?: boolean }
  /** Instants are refused in the future unless `future` (the API's rule for the same field). */
  | { type: 'instant'; future?: boolean }
  | { type: 'currency' }
  /** The key (externalId) of a record of another kind. */
  | { type: 'ref'; kind: string }
  /** Keys of records of another kind: a JSON array or `a;b;c` in a CSV cell. */
  | { type: 'refs'; kind: string; min: number; max: number }
  /** Keys with a role each: JSON [{key, role}] or `a:LEAD;b:PARTNER` in a CSV cell. */
  | { type: 'roles'; kind: string; roles: readonly string[]; min: number; max: number };

export type FieldSpec = FieldType & {
  name: string;
  required: boolean;
  /** Used when the field is absent or blank. */
  default?: string | number;
  /** What the field is, for docs and `--help`. */
  doc: string;
};

export interface KeyRole {
  key: string;
  role: string;
}

export type Value = string | number | Date | string[] | KeyRole[] | null;

export type Parsed = { ok: true; value: Value } | { ok: false; reason: string };

const ok = (value: Value): Parsed => ({ ok: true, value });
const bad = (reason: string): Parsed => ({ ok: false, reason });

/** Absent, null or blank (after trimming) counts as "not given". */
export function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

function text(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw.normalize('NFC').trim();
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  return undefined;
}

function list(raw: unknown): unknown[] | undefined {
  if (Array.isArray(raw)) return raw;
  if (typeof raw === 'string') {
    return raw
      .split(';')
      .map((part) => part.trim())
      .filter((part) => part !== '');
  }
  return undefined;
}

function parseRoles(raw: unknown, field: Extract<FieldType, { type: 'roles' }>): Parsed {
  const items = list(raw);
  if (!items) return bad('expected a list of key:ROLE pairs (a;b in CSV, an array in JSON)');
  const pairs: KeyRole[] = [];
  for (const item of items) {
    let key: string | undefined;
    let role: string | undefined;
    if (typeof item === 'string') {
      const colon = item.lastIndexOf(':');
      if (colon <= 0) return bad(`"${item}" is not key:ROLE (roles: ${field.roles.join(', ')})`);
      key = item.slice(0, colon).trim();
      role = item.slice(colon + 1).trim();
    } else if (item && typeof item === 'object') {
      key = text((item as { key?: unknown }).key);
      role = text((item as { role?: unknown }).role);
    }
    if (!key || !role) return bad('each entry needs a key and a role');
    const upper = role.toUpperCase();
    if (!field.roles.includes(upper)) return bad(`role "${role}" of ${key} is not one of ${field.roles.join(', ')}`);
    pairs.push({ key, role: upper });
  }
  return sized(pairs, field.min, field.max);
}

function sized<T extends string[] | KeyRole[]>(values: T, min: number, max: number): Parsed {
  const keys = values.map((value) => (typeof value === 'string' ? value : value.key));
  const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);
  if (duplicate !== undefined) return bad(`"${duplicate}" is listed twice`);
  if (values.length < min || values.length > max) return bad(`give ${min}..${max} entries (got ${values.length})`);
  return ok(values);
}

/** One raw value of `field` → its typed value (null when not given), or why it is wrong. */
export function parseField(field: FieldSpec, raw: unknown): Parsed {
  if (isBlank(raw)) {
    if (field.default !== undefined) return parseField({ ...field, default: undefined }, field.default);
    return field.required ? bad(`${field.name} is required`) : ok(null);
  }
  switch (field.type) {
    case 'text':
    case 'ref': {
      const value = text(raw);
      if (value === undefined) return bad('expected text');
      if (field.type === 'text' && (value.length < field.min || value.length > field.max)) {
        return bad(`must have ${field.min}..${field.max} characters (got ${value.length})`);
      }
      return ok(value);
    }
    case 'enum': {
      // Spreadsheet spellings match: "research institute" and "Research-Institute" are RESEARCH_INSTITUTE.
      const wanted = text(raw)
        ?.replace(/[\s-]+/g, '_')
        .toUpperCase();
      const value = field.values.find((candidate) => candidate.toUpperCase() === wanted);
      if (value === undefined) return bad(`"${String(raw)}" is not one of ${field.values.join(', ')}`);
      return ok(value);
    }
    case 'number': {
      const value = typeof raw === 'number' ? raw : Number(text(raw));
      const low = field.above ? value <= field.min : value < field.min;
      if (!Number.isFinite(value) || low || value > field.max) {
        return bad(
          `must be a number ${field.above ? 'above' : 'from'} ${field.min} to ${field.max} (got ${String(raw)})`,
        );
      }
      return ok(value);
    }
    case 'instant': {
      const value = text(raw);
      // A date alone is that day's start in UTC; an instant needs its offset (no local-time guess).
      const iso = value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
      const ms = iso && /(Z|[+-]\d{2}:?\d{2})$/.test(iso) ? Date.parse(iso) : NaN;
      if (Number.isNaN(ms))
        return bad(`"${String(raw)}" is not a date (YYYY-MM-DD) or an ISO 8601 instant with offset`);
      return ok(new Date(ms));
    }
    case 'currency': {
      try {
        return ok(GraphQLCurrency.parseValue(text(raw)?.toUpperCase()) as string);
      } catch {
        return bad(`"${String(raw)}" is not an ISO 4217 currency code (e.g. EUR, USD)`);
      }
    }
    case 'refs': {
      const items = list(raw)?.map(text);
      if (!items || items.some((item) => !item)) return bad('expected a list of keys (a;b in CSV, an array in JSON)');
      return sized(items as string[], field.min, field.max);
    }
    case 'roles':
      return parseRoles(raw, field);
  }
}
