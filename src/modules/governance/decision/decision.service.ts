/** The business action on decisions: validate, then one write transaction. */
import type { Clock } from '../../../core/clock';
import crypto from 'node:crypto';
import type { Gateway } from '../../../db/gateway';
import type { Reference } from '../../../db/references';
import { DECISION } from '../../../model/nodes';
import { createRecord, refused, type RecordResult } from '../shared/record.service';
import { trimmedOrNull, validatedKey, validatedKeyOrNull } from '../shared/validated';
import type { DecisionRecordInput } from './decision.inputs';
import { recordDecision } from './decision.queries';
import type { DecisionRecord } from './decision.type';
import { validateDecisionRecord } from './decision.validation';

export type DecisionResult = RecordResult<DecisionRecord>;

export class DecisionService {
  constructor(
    private readonly db: Gateway,
    private readonly now: Clock,
  ) {}

  async record(input: DecisionRecordInput): Promise<DecisionResult> {
    const now = this.now();
    const errors = validateDecisionRecord(input, now);
    if (errors.length > 0) return refused(errors);
    const partnershipId = validatedKey(input.partnershipId);
    const ownerId = validatedKeyOrNull(input.ownerId);
    const references: Reference[] = [{ field: 'input.partnershipId', label: 'Partnership', id: partnershipId }];
    if (ownerId) references.push({ field: 'input.ownerId', label: 'TeamMember', id: ownerId });
    const id = crypto.randomUUID();
    const clientKey = trimmedOrNull(input.clientKey);
    return createRecord(this.db, DECISION, {
      clientKey,
      references,
      statement: recordDecision(id, clientKey, partnershipId, ownerId, {
        title: input.title.trim(),
        outcome: input.outcome,
        rationale: input.rationale.trim(),
        decidedAt: (input.decidedAt ?? now).toISOString(),
      }),
    });
  }
}
