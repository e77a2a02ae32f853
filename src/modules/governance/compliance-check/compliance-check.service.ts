/** The business action on compliance checks: validate, then one write transaction. */
import { COMPLIANCE_CHECK } from '../../../model/nodes';
import { createAboutPartnership, refused, type RecordResult } from '../shared/record.service';
import type { ComplianceCheckRecordInput } from './compliance-check.inputs';
import { recordComplianceCheck } from './compliance-check.queries';
import type { ComplianceCheckRecord } from './compliance-check.type';
import { validateComplianceCheckRecord } from './compliance-check.validation';
import { Service } from '../../../db/unit-of-work';

export type ComplianceCheckResult = RecordResult<ComplianceCheckRecord>;

export class ComplianceCheckService extends Service {
  async record(input: ComplianceCheckRecordInput): Promise<ComplianceCheckResult> {
    const now = this.now();
    const errors = validateComplianceCheckRecord(input, now);
    if (errors.length > 0) return refused(errors);
    return createAboutPartnership(this.db, COMPLIANCE_CHECK, input, ({ id, clientKey, partnershipId, ownerId }) =>
      recordComplianceCheck(id, clientKey, partnershipId, ownerId, {
        kind: input.kind,
        status: input.status,
        checkedAt: (input.checkedAt ?? now).toISOString(),
      }),
    );
  }
}
