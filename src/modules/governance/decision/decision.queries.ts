/** The decision write statement, as a pure builder (snapshot-tested). */
import type { Statement } from '../../../db/gateway';
import { DECISION } from '../../../model/nodes';
import { createConcerning } from '../shared/record.queries';

export interface DecisionWrite {
  title: string;
  outcome: string;
  rationale: string;
  decidedAt: string;
}

export function recordDecision(
  id: string,
  clientKey: string | null,
  partnershipId: string,
  ownerId: string | null,
  write: DecisionWrite,
): Statement {
  const { decidedAt, ...fields } = write;
  return createConcerning(DECISION, { id, clientKey, partnershipId, ownerId, fields, instants: { decidedAt } });
}
