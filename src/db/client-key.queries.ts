/**
 * Client keys (idempotency keys) and the fingerprint of the request that first used each one.
 * A create with a client key stores, next to the key, a SHA-256 of its input without the key;
 * a later create with the same key is a retry only when it asks for the same thing — with
 * other content it is a reused key and is refused (IDEMPOTENCY_KEY_REUSED), as Stripe does.
 * The unit of work (createOnce / changeLocked) is the only caller.
 */
import crypto from 'node:crypto';
import { identifier } from './cypher';
import type { Statement } from './gateway';

/**
 * Where keys of one kind live: on nodes of a label, or on relationships of a type (value
 * flows); a change that makes nothing of its own (a status move, a link) keeps its keys on
 * `MutationKey` nodes, one per mutation name and key (graph/migrations/0009).
 */
export type KeyHolder = { label: string } | { relationship: string } | { mutation: string };

const FINGERPRINT = 'clientKeyFingerprint';

function holderPattern(holder: KeyHolder): string {
  if ('mutation' in holder) return '(x:MutationKey {mutation: $mutation, clientKey: $key})';
  return 'label' in holder
    ? `(x:${identifier(holder.label)} {clientKey: $key})`
    : `()-[x:${identifier(holder.relationship)} {clientKey: $key}]->()`;
}

const holderParams = (holder: KeyHolder) => ('mutation' in holder ? { mutation: holder.mutation } : {});

/** The stored fingerprint of `key` (null for keys stored before fingerprints were). */
export function fingerprintOfKey(holder: KeyHolder, key: string): Statement {
  return {
    cypher: `MATCH ${holderPattern(holder)} RETURN x.${FINGERPRINT} AS fingerprint LIMIT 1`,
    params: { key, ...holderParams(holder) },
  };
}

/**
 * Stores `fingerprint` next to `key`: on what the create just made, or on the mutation's own
 * key node, made here. CREATE, not MERGE: the caller has just found no such key, so a second
 * first call racing this one fails on the key's uniqueness constraint and rolls its change
 * back; the gateway runs it again once, and it then finds the key and answers as a retry
 * (MERGE would wait for the first, match its node and apply the change a second time). A
 * driver retry of the transaction starts from a rollback, so it creates the node once.
 */
export function rememberFingerprint(holder: KeyHolder, key: string, fingerprint: string): Statement {
  const verb = 'mutation' in holder ? 'CREATE' : 'MATCH';
  return {
    cypher: `${verb} ${holderPattern(holder)} SET x.${FINGERPRINT} = $fingerprint`,
    params: { key, fingerprint, ...holderParams(holder) },
  };
}

/** Whether `mutation` already committed with `key` (a row when it did). */
export function mutationKeyUse(mutation: string, key: string): Statement {
  return {
    cypher: `MATCH ${holderPattern({ mutation })} RETURN x.clientKey AS clientKey`,
    params: { key, mutation },
  };
}

/**
 * JSON with sorted keys, Dates as ISO strings, and absent, null and the client key itself left
 * out: `{note: null}` and `{}` ask for the same thing, and a padded key is still the key.
 */
function canonical(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([name, inner]) => name !== 'clientKey' && inner !== null && inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, inner]) => `${JSON.stringify(name)}:${canonical(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The fingerprint of a mutation input (its client key left out). */
export function inputFingerprint(input: unknown): string {
  return crypto.createHash('sha256').update(canonical(input)).digest('hex');
}
