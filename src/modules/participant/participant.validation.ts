/**
 * Input rules for participants (GraphQL already enforces types and enums): collected as
 * userErrors so the client learns every problem at once.
 */
import { Checks } from '../../core/checks';
import type { UserError } from '../../core/user-error';
import type { ParticipantCreateInput, ParticipantUpdateInput } from './participant.inputs';

export const PARTICIPANT_LIMITS = {
  name: { min: 2, max: 200 },
  sector: { min: 1, max: 100 },
  region: { min: 1, max: 100 },
  externalId: { min: 1, max: 100 },
  clientKey: { min: 8, max: 200 },
} as const;

export function validateCreate(input: ParticipantCreateInput, now: Date): UserError[] {
  const checks = new Checks(now);
  checks.text('name', input.name, { ...PARTICIPANT_LIMITS.name, required: true });
  checks.text('sector', input.sector, { ...PARTICIPANT_LIMITS.sector, required: true });
  checks.text('region', input.region, { ...PARTICIPANT_LIMITS.region, required: true });
  checks.text('externalId', input.externalId, PARTICIPANT_LIMITS.externalId);
  checks.text('clientKey', input.clientKey, PARTICIPANT_LIMITS.clientKey);
  checks.instant('joinedAt', input.joinedAt);
  return checks.errors;
}

export function validateUpdate(input: ParticipantUpdateInput, now: Date): UserError[] {
  const checks = new Checks(now);
  for (const field of ['name', 'kind', 'sector', 'region', 'tier', 'status', 'joinedAt'] as const) {
    checks.notNull(field, input[field]);
  }
  checks.text('name', input.name, PARTICIPANT_LIMITS.name);
  checks.text('sector', input.sector, PARTICIPANT_LIMITS.sector);
  checks.text('region', input.region, PARTICIPANT_LIMITS.region);
  checks.text('externalId', input.externalId, PARTICIPANT_LIMITS.externalId);
  checks.instant('joinedAt', input.joinedAt);
  checks.text('clientKey', input.clientKey, PARTICIPANT_LIMITS.clientKey);
  return checks.errors;
}
