/** The business actions on policies: validate, then one write transaction. */
import crypto from 'node:crypto';
import { UserErrorCode, userError } from '../../../core/user-error';
import { POLICY } from '../../../model/nodes';
import { changeRecord, createRecord, refused, type RecordResult } from '../shared/record.service';
import { trimmedOrNull, validatedKey } from '../shared/validated';
import { PolicyStatus } from './policy.enums';
import type { PolicyApplyInput, PolicyCreateInput } from './policy.inputs';
import { applyPolicy, createPolicy } from './policy.queries';
import type { PolicyRecord } from './policy.type';
import { validatePolicyApply, validatePolicyCreate } from './policy.validation';
import { Service } from '../../../db/unit-of-work';

export type PolicyResult = RecordResult<PolicyRecord>;

export class PolicyService extends Service {
  async create(input: PolicyCreateInput): Promise<PolicyResult> {
    const now = this.now();
    const errors = validatePolicyCreate(input, now);
    if (errors.length > 0) return refused(errors);
    // Keep the first position of each id, so a NOT_FOUND names the field the client sent.
    const references = (input.partnershipIds ?? [])
      .map((globalId, index) => ({
        field: `input.partnershipIds.${index}`,
        label: 'Partnership',
        id: validatedKey(globalId),
      }))
      .filter((ref, index, all) => all.findIndex((other) => other.id === ref.id) === index);
    const id = crypto.randomUUID();
    const clientKey = trimmedOrNull(input.clientKey);
    return createRecord(this.db, POLICY, {
      clientKey,
      input,
      references,
      statement: createPolicy(
        id,
        clientKey,
        references.map((ref) => ref.id),
        {
          title: input.title.trim(),
          area: input.area,
          status: input.status,
          effectiveAt: (input.effectiveAt ?? now).toISOString(),
        },
      ),
    });
  }

  async apply(input: PolicyApplyInput): Promise<PolicyResult> {
    const errors = validatePolicyApply(input, this.now());
    if (errors.length > 0) return refused(errors);
    const target = {
      key: validatedKey(input.id),
      globalId: input.id,
      retry: { clientKey: input.clientKey, mutation: 'policyApply', input },
    };
    const partnershipId = validatedKey(input.partnershipId);
    return changeRecord<PolicyRecord>(
      this.db,
      POLICY,
      target,
      (current) =>
        current.status === PolicyStatus.RETIRED
          ? [
              userError(
                ['input', 'id'],
                UserErrorCode.INVALID,
                'the policy is RETIRED; a retired policy applies to no new partnership',
              ),
            ]
          : applyPolicy(target.key, partnershipId),
      [{ field: 'input.partnershipId', label: 'Partnership', id: partnershipId }],
    );
  }
}
