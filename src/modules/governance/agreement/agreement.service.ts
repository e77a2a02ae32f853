/** The business actions on agreements: validate, then one write transaction. */
import { UserErrorCode, userError } from '../../../core/user-error';
import { AGREEMENT } from '../../../model/nodes';
import { changeRecord, createAboutPartnership, refused, type RecordResult } from '../shared/record.service';
import { checkTransition, type Transitions } from '../shared/transitions';
import { validatedKey } from '../shared/validated';
import { AgreementStatus } from './agreement.enums';
import type { AgreementCreateInput, AgreementExecuteInput, AgreementUpdateStatusInput } from './agreement.inputs';
import { createAgreement, executeAgreement, setAgreementStatus } from './agreement.queries';
import type { AgreementRecord } from './agreement.type';
import {
  validateAgreementCreate,
  validateAgreementExecute,
  validateAgreementUpdateStatus,
} from './agreement.validation';
import { Service } from '../../../db/unit-of-work';

/** Target status → the statuses it may be reached from (docs/governance.md). */
export const AGREEMENT_TRANSITIONS: Transitions<AgreementStatus> = {
  DRAFT: [],
  NEGOTIATING: [AgreementStatus.DRAFT],
  EXECUTED: [AgreementStatus.DRAFT, AgreementStatus.NEGOTIATING],
  EXPIRED: [AgreementStatus.EXECUTED],
  TERMINATED: [AgreementStatus.DRAFT, AgreementStatus.NEGOTIATING, AgreementStatus.EXECUTED],
};

export type AgreementResult = RecordResult<AgreementRecord>;

export class AgreementService extends Service {
  async create(input: AgreementCreateInput): Promise<AgreementResult> {
    const errors = validateAgreementCreate(input, this.now());
    if (errors.length > 0) return refused(errors);
    return createAboutPartnership(this.db, AGREEMENT, input, ({ id, clientKey, partnershipId }) =>
      createAgreement(id, clientKey, partnershipId, {
        title: input.title.trim(),
        kind: input.kind,
        status: input.status,
        expiresAt: input.expiresAt?.toISOString() ?? null,
      }),
    );
  }

  async execute(input: AgreementExecuteInput): Promise<AgreementResult> {
    const now = this.now();
    const errors = validateAgreementExecute(input, now);
    if (errors.length > 0) return refused(errors);
    const signedAt = input.signedAt ?? now;
    const target = {
      key: validatedKey(input.id),
      globalId: input.id,
      retry: { clientKey: input.clientKey, mutation: 'agreementExecute', input },
    };
    return changeRecord<AgreementRecord>(this.db, AGREEMENT, target, (current) => {
      const invalid = checkTransition(AGREEMENT_TRANSITIONS, 'the agreement', current.status, AgreementStatus.EXECUTED);
      if (invalid.length > 0) return invalid;
      const expiresAt = input.expiresAt ?? current.expiresAt;
      if (expiresAt && expiresAt < signedAt) {
        return [
          userError(
            ['input', 'signedAt'],
            UserErrorCode.OUT_OF_RANGE,
            `signedAt must not be after the agreement's expiresAt (${expiresAt.toISOString()})`,
          ),
        ];
      }
      return executeAgreement(target.key, signedAt.toISOString(), input.expiresAt?.toISOString() ?? null);
    });
  }

  async updateStatus(input: AgreementUpdateStatusInput): Promise<AgreementResult> {
    const now = this.now();
    const errors = validateAgreementUpdateStatus(input, now);
    if (errors.length > 0) return refused(errors);
    const status = input.status as string as AgreementStatus;
    const target = {
      key: validatedKey(input.id),
      globalId: input.id,
      retry: { clientKey: input.clientKey, mutation: 'agreementUpdateStatus', input },
    };
    return changeRecord<AgreementRecord>(this.db, AGREEMENT, target, (current) => {
      const invalid = checkTransition(AGREEMENT_TRANSITIONS, 'the agreement', current.status, status, [
        'input',
        'status',
      ]);
      if (invalid.length > 0) return invalid;
      if (status !== AgreementStatus.EXPIRED) return setAgreementStatus(target.key, status, null);
      // An agreement that ran out on its own keeps its end date; one ended early ends now.
      const expiredAt = input.expiresAt ?? (current.expiresAt && current.expiresAt <= now ? current.expiresAt : now);
      if (current.signedAt && expiredAt < current.signedAt) {
        return [
          userError(
            ['input', 'expiresAt'],
            UserErrorCode.OUT_OF_RANGE,
            `expiresAt must not be before the agreement's signedAt (${current.signedAt.toISOString()})`,
          ),
        ];
      }
      return setAgreementStatus(target.key, status, expiredAt.toISOString());
    });
  }
}
