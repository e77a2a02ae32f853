/** The business action on compliance checks: validate, then one write transaction. */
import type { Clock } from '../../../core/clock';
import crypto from 'node:crypto';
import type { Gateway } from '../../../db/gateway';
import type { Reference } from '../../../db/references';
import { COMPLIANCE_CHECK } from '../../../model/nodes';
import { createRecord, refused, type RecordResult } from '../shared/record.service';
import { trimmedOrNull, validatedKey, validatedKeyOrNull } from '../shared/validated';
import type { ComplianceCheckRecordInput } from './compliance-check.inputs';
import { recordComplianceCheck } from './compliance-check.queries';
import type { ComplianceCheckRecord } from './compliance-check.type';
import { validateComplianceCheckRecord } from './compliance-check.validation';

export type ComplianceCheckResult = RecordResult<ComplianceCheckRecord>;

export class ComplianceCheckService {
  constructor(
    private readonly db: Gateway,
    private readonly now: Clock,
  ) {}

  async record(input: ComplianceCheckRecordInput): Promise<ComplianceCheckResult> {
    const now = this.now();
    const errors = validateComplianceCheckRecord(input, now);
    if (errors.length > 0) return refused(errors);
    const partnershipId = validatedKey(input.partnershipId);
    const ownerId = validatedKeyOrNull(input.ownerId);
    const references: Reference[] = [{ field: 'input.partnershipId', label: 'Partnership', id: partnershipId }];
    if (ownerId) references.push({ field: 'input.ownerId', label: 'TeamMember', id: ownerId });
    const id = crypto.randomUUID();
    const clientKey = trimmedOrNull(input.clientKey);
    return createRecord(this.db, COMPLIANCE_CHECK, {
      clientKey,
      references,
      statement: recordComplianceCheck(id, clientKey, partnershipId, ownerId, {
        kind: input.kind,
        status: input.status,
        checkedAt: (input.checkedAt ?? now).toISOString(),
      }),
    });
  }
}
