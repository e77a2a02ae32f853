/** The business action on decisions: validate, then one write transaction. */
import { DECISION } from '../../../model/nodes';
import { createAboutPartnership, refused, type RecordResult } from '../shared/record.service';
import type { DecisionRecordInput } from './decision.inputs';
import { recordDecision } from './decision.queries';
import type { DecisionRecord } from './decision.type';
import { validateDecisionRecord } from './decision.validation';
import { Service } from '../../../db/unit-of-work';

export type DecisionResult = RecordResult<DecisionRecord>;

export class DecisionService extends Service {
  async record(input: DecisionRecordInput): Promise<DecisionResult> {
    const now = this.now();
    const errors = validateDecisionRecord(input, now);
    if (errors.length > 0) return refused(errors);
    return createAboutPartnership(this.db, DECISION, input, ({ id, clientKey, partnershipId, ownerId }) =>
      recordDecision(id, clientKey, partnershipId, ownerId, {
        title: input.title.trim(),
        outcome: input.outcome,
        rationale: input.rationale.trim(),
        decidedAt: (input.decidedAt ?? now).toISOString(),
      }),
    );
  }
}
