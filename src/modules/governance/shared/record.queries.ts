/**
 * Write statements shared by the governance records, as pure builders (snapshot-tested).
 * Labels come from the node specs and property names from the callers' constants (checked by
 * `identifier`); every value is a parameter.
 */
import { identifier, projection } from '../../../db/cypher';
import type { Statement } from '../../../db/gateway';
import type { NodeSpec } from '../../../db/node-spec';

/** Plain properties (strings, floats) copied as they are. */
export type Fields = Record<string, string | number>;
/** Instants as ISO strings; `datetime(null)` is null, so a null leaves the property absent. */
export type Instants = Record<string, string | null>;

const label = (spec: NodeSpec) => identifier(spec.label);
const returnNode = (spec: NodeSpec) => `RETURN ${projection('n', spec.properties)} AS node`;
const setInstants = (instants: Instants) =>
  Object.keys(instants).map((key) => `n.${identifier(key)} = datetime($instants.${identifier(key)})`);

/** The record a client key already made (a retried create returns it). */
export function recordByClientKey(spec: NodeSpec, clientKey: string): Statement {
  return { cypher: `MATCH (n:${label(spec)} {clientKey: $clientKey})\n${returnNode(spec)}`, params: { clientKey } };
}

/**
 * Reads a record under a write lock (setting a property to itself takes the node's lock
 * without changing it), so a status check and the update that follows cannot interleave with
 * another transaction's.
 */
export function lockRecord(spec: NodeSpec, id: string): Statement {
  return {
    cypher: `MATCH (n:${label(spec)} {id: $id})\nSET n.updatedAt = n.updatedAt\n${returnNode(spec)}`,
    params: { id },
  };
}

export interface ConcerningCreate {
  id: string;
  clientKey: string | null;
  partnershipId: string;
  /** The owning TeamMember; null for none. */
  ownerId: string | null;
  fields: Fields;
  instants: Instants;
}

/**
 * Creates a record concerning one partnership, `(n)-[:CONCERNS]->(:Partnership)`, optionally
 * `(n)-[:OWNED_BY]->(:TeamMember)`. The referenced nodes are matched first, so nothing is
 * written when one is missing; MERGE on the pre-generated id makes a driver retry harmless.
 */
export function createConcerning(spec: NodeSpec, write: ConcerningCreate): Statement {
  const { id, clientKey, partnershipId, ownerId, fields, instants } = write;
  const owned = ownerId !== null;
  const stamps = ['n += $fields', ...setInstants(instants), 'n.clientKey = $clientKey'];
  const lines = [
    'MATCH (p:Partnership {id: $partnershipId})',
    ...(owned ? ['MATCH (t:TeamMember {id: $ownerId})'] : []),
    `MERGE (n:${label(spec)} {id: $id})`,
    `ON CREATE SET ${[...stamps, 'n.createdAt = datetime()', 'n.updatedAt = datetime()'].join(', ')}`,
    'MERGE (n)-[:CONCERNS]->(p)',
    ...(owned ? ['MERGE (n)-[:OWNED_BY]->(t)'] : []),
    returnNode(spec),
  ];
  return {
    cypher: lines.join('\n'),
    params: { id, clientKey, partnershipId, ...(owned ? { ownerId } : {}), fields, instants },
  };
}

/** Sets the given properties of a record (found by id) and stamps `updatedAt`. */
export function updateRecord(spec: NodeSpec, id: string, fields: Fields, instants: Record<string, string>): Statement {
  const sets = ['n += $fields', ...setInstants(instants), 'n.updatedAt = datetime()'];
  return {
    cypher: `MATCH (n:${label(spec)} {id: $id})\nSET ${sets.join(', ')}\n${returnNode(spec)}`,
    params: { id, fields, instants },
  };
}
