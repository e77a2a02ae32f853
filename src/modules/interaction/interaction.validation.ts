/**
 * Input rules for interactions (GraphQL already enforces types and enums), collected as
 * userErrors so the client learns every problem at once. Ids are decoded here too.
 */
import { Checks } from '../../core/checks';
import { UserErrorCode, type UserError } from '../../core/user-error';
import type { InteractionCorrectInput, InteractionRecordInput } from './interaction.inputs';

export const INTERACTION_LIMITS = {
  participants: { min: 1, max: 10 },
  weight: { above: 0, max: 5 },
  note: { min: 0, max: 2000 },
  reason: { min: 3, max: 500 },
  clientKey: { min: 8, max: 200 },
} as const;

/** 0 < weight ≤ 5: zero would erase the event from engagement scores, so it is excluded. */
function checkWeight(checks: Checks, weight: number | null | undefined): void {
  if (weight === null || weight === undefined) return;
  const { above, max } = INTERACTION_LIMITS.weight;
  if (!Number.isFinite(weight) || weight <= above || weight > max) {
    checks.add(
      'weight',
      UserErrorCode.OUT_OF_RANGE,
      `weight must be greater than ${above} and at most ${max} (got ${weight})`,
    );
  }
}

export interface RecordRefs {
  errors: UserError[];
  partnershipId?: string;
  participantIds: string[];
}

export function validateRecord(input: InteractionRecordInput, now: Date): RecordRefs {
  const checks = new Checks(now);
  const partnershipId = checks.id('partnershipId', input.partnershipId, 'Partnership');
  const { min, max } = INTERACTION_LIMITS.participants;
  if (input.participantIds.length < min) {
    checks.add('participantIds', UserErrorCode.REQUIRED, `give ${min}..${max} participant ids`);
  } else if (input.participantIds.length > max) {
    checks.add(
      'participantIds',
      UserErrorCode.OUT_OF_RANGE,
      `an interaction has at most ${max} participants (got ${input.participantIds.length})`,
    );
  }
  const participantIds: string[] = [];
  input.participantIds.forEach((globalId, index) => {
    const id = checks.id(`participantIds.${index}`, globalId, 'Participant');
    if (id === undefined) return;
    if (participantIds.includes(id)) {
      checks.add(`participantIds.${index}`, UserErrorCode.INVALID, 'this participant is listed more than once');
    } else {
      participantIds.push(id);
    }
  });
  checks.instant('at', input.at);
  checkWeight(checks, input.weight);
  checks.text('note', input.note, INTERACTION_LIMITS.note);
  checks.text('clientKey', input.clientKey, INTERACTION_LIMITS.clientKey);
  return { errors: checks.errors, partnershipId, participantIds };
}

export function validateCorrect(input: InteractionCorrectInput, now: Date): { errors: UserError[]; id?: string } {
  const checks = new Checks(now);
  const id = checks.id('id', input.id, 'Interaction');
  for (const field of ['kind', 'at', 'weight'] as const) checks.notNull(field, input[field]);
  checks.instant('at', input.at);
  checkWeight(checks, input.weight);
  checks.text('note', input.note, INTERACTION_LIMITS.note);
  checks.text('reason', input.reason, { ...INTERACTION_LIMITS.reason, required: true });
  checks.text('clientKey', input.clientKey, INTERACTION_LIMITS.clientKey);
  return { errors: checks.errors, id };
}
