/**
 * The partnership lifecycle as pure rules (documented in docs/lifecycle.md):
 *
 *   IDENTIFICATION → EVALUATION → NEGOTIATION → IMPLEMENTATION → MANAGEMENT ⇄ RENEWAL
 *   any stage except TERMINATED → TERMINATED (final)
 *
 * A move must be allowed by the graph above and meet the guard of its target stage.
 */
import { UserErrorCode, userError, type UserError } from '../../core/user-error';
import { PartnershipStage as S } from './partnership.enums';

export const NEXT_STAGES: Readonly<Record<S, readonly S[]>> = {
  [S.IDENTIFICATION]: [S.EVALUATION, S.TERMINATED],
  [S.EVALUATION]: [S.NEGOTIATION, S.TERMINATED],
  [S.NEGOTIATION]: [S.IMPLEMENTATION, S.TERMINATED],
  [S.IMPLEMENTATION]: [S.MANAGEMENT, S.TERMINATED],
  [S.MANAGEMENT]: [S.RENEWAL, S.TERMINATED],
  [S.RENEWAL]: [S.MANAGEMENT, S.TERMINATED],
  [S.TERMINATED]: [],
};

/** What the guards look at, read inside the move's transaction (after taking the lock). */
export interface LifecycleFacts {
  stage: S;
  parties: number;
  owners: number;
  /** A ComplianceCheck of kind DUE_DILIGENCE with status PASSED concerns the partnership. */
  dueDiligencePassed: boolean;
  /** An Agreement with status EXECUTED concerns the partnership. */
  agreementExecuted: boolean;
  /** An EXECUTED agreement was signed since the partnership last entered RENEWAL. */
  agreementRenewed: boolean;
  /** When the latest stage change happened (moves cannot be back-dated before it). */
  lastChangeAt: Date | null;
}

export interface MoveRequest {
  to: S;
  at: Date;
  reason: string | null;
}

const FIELD = ['input', 'to'];

/** The userErrors refusing the move; empty when it is allowed. */
export function checkMove(facts: LifecycleFacts, move: MoveRequest): UserError[] {
  const allowed = NEXT_STAGES[facts.stage];
  if (!allowed.includes(move.to)) {
    const options = allowed.length ? `allowed next stages: ${allowed.join(', ')}` : 'TERMINATED is final';
    return [
      userError(FIELD, UserErrorCode.ILLEGAL_STAGE_MOVE, `cannot move from ${facts.stage} to ${move.to} (${options})`),
    ];
  }
  const errors: UserError[] = [];
  const missing = (message: string) => errors.push(userError(FIELD, UserErrorCode.REQUIREMENT_MISSING, message));
  switch (move.to) {
    case S.EVALUATION:
      if (facts.parties < 2) missing('EVALUATION needs at least two parties: add the counterpart first');
      break;
    case S.NEGOTIATION:
      if (!facts.dueDiligencePassed) {
        missing('leaving EVALUATION needs a passed due-diligence record (ComplianceCheck DUE_DILIGENCE, PASSED)');
      }
      break;
    case S.IMPLEMENTATION:
      if (!facts.agreementExecuted) missing('IMPLEMENTATION needs an executed Agreement');
      break;
    case S.MANAGEMENT:
      if (facts.owners < 1) missing('MANAGEMENT needs an owner: assign a team member first');
      if (facts.stage === S.RENEWAL && !facts.agreementRenewed) {
        missing('returning to MANAGEMENT from RENEWAL needs an Agreement executed since the renewal began');
      }
      break;
    case S.TERMINATED:
      if (!move.reason || move.reason.trim().length < 3) {
        errors.push(userError(['input', 'reason'], UserErrorCode.REQUIRED, 'terminating a partnership needs a reason'));
      }
      break;
    default:
      break;
  }
  if (facts.lastChangeAt && move.at < facts.lastChangeAt) {
    errors.push(
      userError(
        ['input', 'at'],
        UserErrorCode.OUT_OF_RANGE,
        `at must not be before the previous stage change (${facts.lastChangeAt.toISOString()})`,
      ),
    );
  }
  return errors;
}
