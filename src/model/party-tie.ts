/**
 * The party tie, (:Participant)-[:PARTY_TO {role, addedAt, endedAt}]->(:Partnership), defined
 * once. Ties are never deleted: removing a party (or changing its role) ends the tie by setting
 * `endedAt`, and adding it again creates a new tie, so the graph keeps every period a
 * participant was party to a partnership (docs/data-model.md, "History").
 *
 * Every statement reads ties through these helpers and nothing else names the relationship
 * type (test/unit/party-ties.test.ts checks both the sources and the Cypher snapshots), so a
 * reader cannot forget that ended ties are history, not parties.
 */

/** The relationship type; only for the statements that write ties or read their history. */
export const PARTY_TO = 'PARTY_TO';

/** The condition that makes the relationship bound to `r` a current tie. */
export const isCurrentTie = (r: string): string => `${r}.endedAt IS NULL`;

/**
 * A current tie as a relationship pattern, e.g. `(a)-${currentTie('ra')}->(s)` gives
 * `(a)-[ra:PARTY_TO WHERE ra.endedAt IS NULL]->(s)`. `r` must be unique in the statement;
 * `also` adds conditions on it (Cypher does not allow a property map next to WHERE).
 */
export function currentTie(r: string, also?: string): string {
  return `[${r}:${PARTY_TO} WHERE ${isCurrentTie(r)}${also ? ` AND ${also}` : ''}]`;
}

/** For variable-length paths over ties (`path` bound): every relationship on it is current. */
export const allCurrentTies = (path: string): string =>
  `all(tie IN relationships(${path}) WHERE ${isCurrentTie('tie')})`;
