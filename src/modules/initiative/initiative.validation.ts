/**
 * Input rules for initiatives (GraphQL already enforces types and enums), collected as
 * userErrors so the client learns every problem at once. Ids are decoded here too: a
 * global id of another type is WRONG_TYPE.
 */
import { Checks } from '../../core/checks';
import { UserErrorCode, type UserError } from '../../core/user-error';
import type {
  InitiativeAddContributorInput,
  InitiativeCreateInput,
  InitiativeUpdateStatusInput,
} from './initiative.inputs';

export const INITIATIVE_LIMITS = {
  name: { min: 2, max: 200 },
  contributors: 50,
  clientKey: { min: 8, max: 200 },
} as const;

export interface DecodedContributor {
  participantId: string;
  role: string;
  /** Input path, for NOT_FOUND errors. */
  field: string;
}

export interface DecodedInitiativeCreate {
  partnershipId: string | undefined;
  contributors: DecodedContributor[];
  errors: UserError[];
}

export function validateInitiativeCreate(input: InitiativeCreateInput, now: Date): DecodedInitiativeCreate {
  const checks = new Checks(now);
  checks.text('name', input.name, { ...INITIATIVE_LIMITS.name, required: true });
  checks.instant('startsAt', input.startsAt, { future: true });
  checks.instant('endsAt', input.endsAt, { future: true });
  checks.order('endsAt', input.startsAt, input.endsAt, 'startsAt');
  const partnershipId = checks.id('partnershipId', input.partnershipId, 'Partnership');

  const contributors: DecodedContributor[] = [];
  const given = input.contributors ?? [];
  if (given.length > INITIATIVE_LIMITS.contributors) {
    checks.add(
      'contributors',
      UserErrorCode.OUT_OF_RANGE,
      `at most ${INITIATIVE_LIMITS.contributors} contributors (got ${given.length}); add more with initiativeAddContributor`,
    );
  } else {
    const seen = new Set<string>();
    given.forEach((contributor, index) => {
      const field = `contributors.${index}.participantId`;
      const participantId = checks.id(field, contributor.participantId, 'Participant');
      if (!participantId) return;
      if (seen.has(participantId)) {
        checks.add(field, UserErrorCode.DUPLICATE, `participant "${contributor.participantId}" is listed twice`);
        return;
      }
      seen.add(participantId);
      contributors.push({ participantId, role: contributor.role, field: `input.${field}` });
    });
  }
  checks.text('clientKey', input.clientKey, INITIATIVE_LIMITS.clientKey);
  return { partnershipId, contributors, errors: checks.errors };
}

export function decodeAddContributor(input: InitiativeAddContributorInput, now: Date) {
  const checks = new Checks(now);
  const initiativeId = checks.id('initiativeId', input.initiativeId, 'Initiative');
  const participantId = checks.id('participantId', input.participantId, 'Participant');
  checks.text('clientKey', input.clientKey, INITIATIVE_LIMITS.clientKey);
  return { initiativeId, participantId, errors: checks.errors };
}

export function decodeUpdateStatus(input: InitiativeUpdateStatusInput, now: Date) {
  const checks = new Checks(now);
  const id = checks.id('id', input.id, 'Initiative');
  checks.text('clientKey', input.clientKey, INITIATIVE_LIMITS.clientKey);
  return { id, errors: checks.errors };
}
