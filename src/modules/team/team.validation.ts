/**
 * Input rules for team members and committees (GraphQL already enforces types and enums),
 * collected as userErrors so the client learns every problem at once.
 */
import { Checks } from '../../core/checks';
import { UserErrorCode, type UserError } from '../../core/user-error';
import type {
  CommitteeAddMemberInput,
  CommitteeCreateInput,
  CommitteeOverseeInput,
  TeamMemberCreateInput,
} from './team.inputs';

export const TEAM_LIMITS = {
  name: { min: 2, max: 200 },
  // RFC 5321 caps a forward path at 254 characters.
  email: { min: 3, max: 254 },
  clientKey: { min: 8, max: 200 },
} as const;

/** Deliberately plain: one @, no blanks, a dot in the domain. Deliverability is not our check. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export const normalEmail = (email: string) => email.trim().toLowerCase();

export function validateTeamMemberCreate(input: TeamMemberCreateInput, now: Date): UserError[] {
  const checks = new Checks(now);
  checks.text('name', input.name, { ...TEAM_LIMITS.name, required: true });
  const before = checks.errors.length;
  checks.text('email', input.email, { ...TEAM_LIMITS.email, required: true });
  // The format only matters once the length is fine (one error per field).
  if (checks.errors.length === before && !EMAIL.test(normalEmail(input.email))) {
    checks.add('email', UserErrorCode.INVALID, `email must be an e-mail address like name@example.org`);
  }
  checks.text('clientKey', input.clientKey, TEAM_LIMITS.clientKey);
  return checks.errors;
}

export function validateCommitteeCreate(input: CommitteeCreateInput, now: Date): UserError[] {
  const checks = new Checks(now);
  checks.text('name', input.name, { ...TEAM_LIMITS.name, required: true });
  checks.text('clientKey', input.clientKey, TEAM_LIMITS.clientKey);
  return checks.errors;
}

/** Decoded database ids of a membership, or the WRONG_TYPE errors. */
export function decodeMembership(input: CommitteeAddMemberInput, now: Date) {
  const checks = new Checks(now);
  const committeeId = checks.id('committeeId', input.committeeId, 'Committee');
  const teamMemberId = checks.id('teamMemberId', input.teamMemberId, 'TeamMember');
  checks.text('clientKey', input.clientKey, TEAM_LIMITS.clientKey);
  return { committeeId, teamMemberId, errors: checks.errors };
}

/** Decoded database ids of an oversight link, or the WRONG_TYPE errors. */
export function decodeOversight(input: CommitteeOverseeInput, now: Date) {
  const checks = new Checks(now);
  const committeeId = checks.id('committeeId', input.committeeId, 'Committee');
  const partnershipId = checks.id('partnershipId', input.partnershipId, 'Partnership');
  checks.text('clientKey', input.clientKey, TEAM_LIMITS.clientKey);
  return { committeeId, partnershipId, errors: checks.errors };
}
