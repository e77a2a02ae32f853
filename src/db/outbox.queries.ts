/**
 * The outbox's statements (graph/migrations/0009). Appending also bumps the graph version: one
 * statement, under one lock on the version node, so the sequence numbers it hands out follow
 * commit order and have no gaps (the next writer waits for this commit).
 */
import type { Statement } from './gateway';
import { int } from './values';

/** An entry as the transaction appends it; `body` is the event's JSON without its numbers. */
export interface OutboxAppend {
  id: string;
  kind: string;
  /** ISO instant: the commit's business time (the injected clock). */
  at: string;
  body: string;
}

/** What the transaction may have changed in the collaboration graph (collaboration-touch.ts). */
export interface TouchedParams {
  all: boolean;
  participants: string[];
  partnerships: string[];
}

const NOTHING_TOUCHED: TouchedParams = { all: false, participants: [], partnerships: [] };

/**
 * Bumps the graph version and appends `entries` numbered from the current sequence on. Each
 * entry also records what the transaction touched in the collaboration graph, so the
 * incremental KPIs can read just that (src/kpi/incremental/collaboration-delta.queries.ts).
 */
export function appendToOutbox(entries: readonly OutboxAppend[], touched: TouchedParams = NOTHING_TOUCHED): Statement {
  return {
    // Reading and writing in one SET takes the node's write lock before the read: no lost update.
    cypher: `MERGE (v:GraphVersion {id: 'ecosystem'})
SET v.value = coalesce(v.value, 0) + 1, v.changedAt = datetime(),
  v.sequence = coalesce(v.sequence, 0) + size($entries)
WITH v, v.sequence - size($entries) AS base
FOREACH (i IN range(0, size($entries) - 1) |
  CREATE (:OutboxEvent {sequence: base + i + 1, id: $entries[i].id, kind: $entries[i].kind,
    at: datetime($entries[i].at), version: v.value, body: $entries[i].body,
    touchedAll: $touched.all, touchedParticipants: $touched.participants,
    touchedPartnerships: $touched.partnerships}))
RETURN v.value AS version, base`,
    params: { entries, touched },
  };
}

/** Entries after `after`, in sequence order, at most `limit`. */
export function outboxAfter(after: number, limit: number): Statement {
  return {
    cypher: `MATCH (e:OutboxEvent) WHERE e.sequence > $after
RETURN e.sequence AS sequence, e.id AS id, e.at AS at, e.version AS version, e.body AS body
ORDER BY e.sequence LIMIT $limit`,
    params: { after: int(after), limit: int(limit) },
  };
}

/** The last sequence handed out (0 before the first event). */
export const LATEST_OUTBOX_SEQUENCE: Statement = {
  cypher: `OPTIONAL MATCH (v:GraphVersion {id: 'ecosystem'}) RETURN coalesce(v.sequence, 0) AS sequence`,
  params: {},
};

/** When the entry `sequence` was committed (no row when there is none). */
export function outboxEntryAt(sequence: number): Statement {
  return {
    cypher: `MATCH (e:OutboxEvent {sequence: $sequence}) RETURN e.at AS at`,
    params: { sequence: int(sequence) },
  };
}
