/** The business actions on risks: validate, then one write transaction. */
import { toGlobalId } from '../../../core/global-id';
import { UserErrorCode, userError, type UserError } from '../../../core/user-error';
import { RISK } from '../../../model/nodes';
import { changeRecord, createAboutPartnership, refused, type RecordResult } from '../shared/record.service';
import { checkTransition, type Transitions } from '../shared/transitions';
import { validatedKey } from '../shared/validated';
import { RiskStatus } from './risk.enums';
import type { RiskRaiseInput, RiskUpdateInput } from './risk.inputs';
import { raiseRisk, updateRisk, type RiskChanges } from './risk.queries';
import type { RiskRecord } from './risk.type';
import { validateRiskRaise, validateRiskUpdate } from './risk.validation';
import { Service } from '../../../db/unit-of-work';

/** Target status → the statuses it may be reached from (docs/governance.md). CLOSED is final. */
export const RISK_TRANSITIONS: Transitions<RiskStatus> = {
  OPEN: [RiskStatus.MITIGATING],
  MITIGATING: [RiskStatus.OPEN],
  CLOSED: [RiskStatus.OPEN, RiskStatus.MITIGATING],
};

export type RiskResult = RecordResult<RiskRecord>;

export class RiskService extends Service {
  /** Raises a risk; RISK_RAISED is written with it (a retry writes none). */
  async raise(input: RiskRaiseInput): Promise<RiskResult> {
    const now = this.now();
    const errors = validateRiskRaise(input, now);
    if (errors.length > 0) return refused(errors);
    return createAboutPartnership<RiskRecord>(
      this.db,
      RISK,
      input,
      ({ id, clientKey, partnershipId, ownerId }) =>
        raiseRisk(id, clientKey, partnershipId, ownerId, {
          title: input.title.trim(),
          category: input.category,
          severity: input.severity,
          likelihood: input.likelihood,
          status: RiskStatus.OPEN,
          raisedAt: (input.raisedAt ?? now).toISOString(),
          dueAt: input.dueAt.toISOString(),
        }),
      (risk) => [
        {
          kind: 'RISK_RAISED',
          riskId: toGlobalId('Risk', risk.id),
          partnershipId: input.partnershipId,
          title: risk.title,
          severity: risk.severity,
        },
      ],
    );
  }

  async update(input: RiskUpdateInput): Promise<RiskResult> {
    const errors = validateRiskUpdate(input, this.now());
    if (errors.length > 0) return refused(errors);
    const target = {
      key: validatedKey(input.id),
      globalId: input.id,
      retry: { clientKey: input.clientKey, mutation: 'riskUpdate', input },
    };
    return changeRecord<RiskRecord>(this.db, RISK, target, (current) => {
      const refusals = updateRefusals(current, input);
      if (refusals.length > 0) return refusals;
      const changes: RiskChanges = {};
      if (input.severity != null) changes.severity = input.severity;
      if (input.likelihood != null) changes.likelihood = input.likelihood;
      if (input.status != null) changes.status = input.status;
      if (input.dueAt != null) changes.dueAt = input.dueAt.toISOString();
      return updateRisk(target.key, changes);
    });
  }
}

/** What the stored risk forbids: any change once CLOSED, an illegal move, a due date before raisedAt. */
function updateRefusals(current: RiskRecord, input: RiskUpdateInput): UserError[] {
  if (current.status === RiskStatus.CLOSED) {
    return [userError(['input', 'id'], UserErrorCode.INVALID, 'the risk is CLOSED, which is final; raise a new risk')];
  }
  const errors: UserError[] = [];
  if (input.status != null && input.status !== current.status) {
    errors.push(...checkTransition(RISK_TRANSITIONS, 'the risk', current.status, input.status, ['input', 'status']));
  }
  if (input.dueAt != null && input.dueAt < current.raisedAt) {
    errors.push(
      userError(
        ['input', 'dueAt'],
        UserErrorCode.OUT_OF_RANGE,
        `dueAt must not be before the risk's raisedAt (${current.raisedAt.toISOString()})`,
      ),
    );
  }
  return errors;
}
