/** Input rules for surveys, collected as userErrors; ids are decoded here too. */
import { Checks } from '../../core/checks';
import type { UserError } from '../../core/user-error';
import type { SurveyRecordInput } from './survey.inputs';

export const SURVEY_LIMITS = {
  score: { min: 0, max: 10, integer: true },
  comment: { min: 0, max: 2000 },
  clientKey: { min: 8, max: 200 },
} as const;

export interface RecordRefs {
  errors: UserError[];
  partnershipId?: string;
  participantId?: string;
}

export function validateRecord(input: SurveyRecordInput, now: Date): RecordRefs {
  const checks = new Checks(now);
  const partnershipId = checks.id('partnershipId', input.partnershipId, 'Partnership');
  const participantId = checks.id('participantId', input.participantId, 'Participant');
  checks.number('score', input.score, SURVEY_LIMITS.score);
  checks.instant('at', input.at);
  checks.text('comment', input.comment, SURVEY_LIMITS.comment);
  checks.text('clientKey', input.clientKey, SURVEY_LIMITS.clientKey);
  return { errors: checks.errors, partnershipId, participantId };
}
