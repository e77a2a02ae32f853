/**
 * The goal write statements, as pure builders (no I/O) so tests can snapshot them. Reads
 * (lists, counts, by id, hops) come from the generic builders over GOAL and GOAL_PROGRESS.
 */
import type { Statement } from '../../db/gateway';
import { projection } from '../../db/cypher';
import { GOAL, GOAL_PROGRESS } from '../../model/nodes';

const GOAL_OF = (variable: string) => `${projection(variable, GOAL.properties)} AS goal`;
const PROGRESS_OF = (variable: string) => `${projection(variable, GOAL_PROGRESS.properties)} AS progress`;

export function goalByClientKey(clientKey: string): Statement {
  return { cypher: `MATCH (n:Goal {clientKey: $clientKey}) RETURN ${GOAL_OF('n')}`, params: { clientKey } };
}

export interface GoalWrite {
  title: string;
  horizon: string;
  metric: string;
  target: number;
  due: string;
}

/**
 * Creates a goal with `actual` 0 (nothing measured yet), its FOR and OWNED_BY links when
 * given. MERGE on the id generated before the transaction makes the driver's retries harmless.
 */
export function createGoal(
  id: string,
  clientKey: string | null,
  fields: GoalWrite,
  links: { partnershipId: string | null; ownerId: string | null },
): Statement {
  const { due, ...plain } = fields;
  return {
    cypher: `MERGE (n:Goal {id: $id})
ON CREATE SET n += $fields, n.actual = 0.0, n.due = datetime($due), n.clientKey = $clientKey,
  n.createdAt = datetime(), n.updatedAt = datetime()
WITH n
CALL (n) {
  UNWIND CASE WHEN $partnershipId IS NULL THEN [] ELSE [$partnershipId] END AS partnershipId
  MATCH (p:Partnership {id: partnershipId})
  MERGE (n)-[:FOR]->(p)
}
CALL (n) {
  UNWIND CASE WHEN $ownerId IS NULL THEN [] ELSE [$ownerId] END AS ownerId
  MATCH (t:TeamMember {id: ownerId})
  MERGE (n)-[:OWNED_BY]->(t)
}
RETURN ${GOAL_OF('n')}`,
    params: { id, clientKey, fields: plain, due, ...links },
  };
}

/**
 * Takes the goal's write lock before anything is read, so concurrent progress updates of
 * one goal run one after the other and each sees the latest entry. Setting and removing a
 * scratch property locks the node without changing it, so a refusal later leaves no trace.
 */
export function lockGoal(goalId: string): Statement {
  return {
    cypher: `MATCH (g:Goal {id: $goalId})
SET g._lock = true
REMOVE g._lock
RETURN g.metric AS metric`,
    params: { goalId },
  };
}

/** The entry a previous attempt with this client key made, with its goal as it is now. */
export function progressByClientKey(clientKey: string): Statement {
  return {
    cypher: `MATCH (g:Goal)-[:HAD_PROGRESS]->(n:GoalProgress {clientKey: $clientKey})
RETURN ${GOAL_OF('g')}, ${PROGRESS_OF('n')}`,
    params: { clientKey },
  };
}

/** When the goal's latest progress entry was measured (null without entries). */
export function latestProgressAt(goalId: string): Statement {
  return {
    cypher: `MATCH (g:Goal {id: $goalId})
OPTIONAL MATCH (g)-[:HAD_PROGRESS]->(p:GoalProgress)
RETURN max(p.at) AS latest`,
    params: { goalId },
  };
}

export interface ProgressWrite {
  value: number;
  at: string;
  note: string | null;
}

/** Appends a progress entry and makes its value the goal's `actual`. */
export function appendProgress(goalId: string, id: string, clientKey: string | null, fields: ProgressWrite): Statement {
  return {
    cypher: `MATCH (g:Goal {id: $goalId})
MERGE (n:GoalProgress {id: $id})
ON CREATE SET n.value = $value, n.at = datetime($at), n.note = $note, n.clientKey = $clientKey,
  n.createdAt = datetime(), n.updatedAt = datetime()
MERGE (g)-[:HAD_PROGRESS]->(n)
SET g.actual = n.value, g.updatedAt = datetime()
RETURN ${GOAL_OF('g')}, ${PROGRESS_OF('n')}`,
    params: { goalId, id, clientKey, ...fields },
  };
}

/**
 * Adds `amount` to the goal's `actual` and records the new total as a progress entry. Runs
 * after lockGoal in the same transaction, so `g.actual` is read under the write lock: two
 * concurrent additions never both start from the same total (the lost update). Stamped with
 * the server's clock at that point, so entries come in lock order, whatever the clients' clocks.
 */
export function addProgress(
  goalId: string,
  id: string,
  clientKey: string | null,
  fields: { amount: number; note: string | null },
): Statement {
  return {
    cypher: `MATCH (g:Goal {id: $goalId})
MERGE (n:GoalProgress {id: $id})
ON CREATE SET n.value = coalesce(g.actual, 0.0) + $amount, n.at = datetime(), n.note = $note,
  n.clientKey = $clientKey, n.createdAt = datetime(), n.updatedAt = datetime()
MERGE (g)-[:HAD_PROGRESS]->(n)
SET g.actual = n.value, g.updatedAt = datetime()
RETURN ${GOAL_OF('g')}, ${PROGRESS_OF('n')}`,
    params: { goalId, id, clientKey, ...fields },
  };
}
