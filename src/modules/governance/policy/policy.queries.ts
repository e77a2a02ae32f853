/** The policy write statements, as pure builders (snapshot-tested). */
import { projection } from '../../../db/cypher';
import type { Statement } from '../../../db/gateway';
import { POLICY } from '../../../model/nodes';

const RETURN_POLICY = `RETURN ${projection('n', POLICY.properties)} AS node`;

export interface PolicyWrite {
  title: string;
  area: string;
  status: string;
  effectiveAt: string;
}

/**
 * Creates a policy, `(n)-[:APPLIES_TO]->(:Partnership)` for each id given (checked to exist
 * beforehand in the same transaction). MERGE on the pre-generated id makes retries harmless.
 */
export function createPolicy(
  id: string,
  clientKey: string | null,
  partnershipIds: readonly string[],
  write: PolicyWrite,
): Statement {
  const { effectiveAt, ...fields } = write;
  return {
    cypher: `MERGE (n:Policy {id: $id})
ON CREATE SET n += $fields, n.effectiveAt = datetime($effectiveAt), n.clientKey = $clientKey,
  n.createdAt = datetime(), n.updatedAt = datetime()
WITH n
CALL (n) {
  UNWIND $partnershipIds AS partnershipId
  MATCH (p:Partnership {id: partnershipId})
  MERGE (n)-[:APPLIES_TO]->(p)
}
${RETURN_POLICY}`,
    params: { id, clientKey, partnershipIds: [...partnershipIds], fields, effectiveAt },
  };
}

/** Applies a policy to a partnership; a second application changes nothing (not even updatedAt). */
export function applyPolicy(id: string, partnershipId: string): Statement {
  return {
    cypher: `MATCH (n:Policy {id: $id}), (p:Partnership {id: $partnershipId})
MERGE (n)-[:APPLIES_TO]->(p)
ON CREATE SET n.updatedAt = datetime()
${RETURN_POLICY}`,
    params: { id, partnershipId },
  };
}
