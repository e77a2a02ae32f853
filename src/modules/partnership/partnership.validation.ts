/** Input rules for partnerships, collected as userErrors (types and enums are GraphQL's job). */
import { Checks } from '../../core/checks';
import { UserErrorCode } from '../../core/user-error';
import { PartyRole, SUBTYPES_BY_TYPE, type PartnershipSubtype, type PartnershipType } from './partnership.enums';
import type { PartnershipCreateInput, PartnershipUpdateInput } from './partnership.inputs';

export const PARTNERSHIP_LIMITS = {
  name: { min: 3, max: 200 },
  reason: { min: 3, max: 1000 },
  clientKey: { min: 8, max: 200 },
  parties: { min: 1, max: 20 },
  owners: { max: 10 },
} as const;

function checkSubtype(checks: Checks, type: PartnershipType, subtype: PartnershipSubtype) {
  const allowed = SUBTYPES_BY_TYPE[type];
  if (!allowed.includes(subtype)) {
    checks.add(
      'subtype',
      UserErrorCode.INVALID,
      `${subtype} is not a ${type} subtype (use one of ${allowed.join(', ')})`,
    );
  }
}

/** Returns the checks plus the decoded party and owner ids (undefined where invalid). */
export function validateCreate(input: PartnershipCreateInput, now: Date) {
  const checks = new Checks(now);
  checks.text('name', input.name, { ...PARTNERSHIP_LIMITS.name, required: true });
  checkSubtype(checks, input.type, input.subtype);
  checks.number('strategicAlignment', input.strategicAlignment, { min: 0, max: 1 });
  checks.instant('startedAt', input.startedAt);
  checks.instant('endsAt', input.endsAt, { future: true });
  checks.order('endsAt', input.startedAt ?? now, input.endsAt, 'startedAt');
  checks.text('clientKey', input.clientKey, PARTNERSHIP_LIMITS.clientKey);

  const { min, max } = PARTNERSHIP_LIMITS.parties;
  if (input.parties.length < min || input.parties.length > max) {
    checks.add(
      'parties',
      UserErrorCode.OUT_OF_RANGE,
      `give between ${min} and ${max} parties (got ${input.parties.length})`,
    );
  }
  const parties = input.parties.map((party, i) => ({
    participantId: checks.id(`parties.${i}.participantId`, party.participantId, 'Participant'),
    role: party.role,
  }));
  const ids = parties.map((party) => party.participantId).filter(Boolean);
  if (new Set(ids).size !== ids.length) {
    checks.add('parties', UserErrorCode.DUPLICATE, 'each participant may be listed once');
  }
  if (input.parties.filter((party) => party.role === PartyRole.LEAD).length > 1) {
    checks.add('parties', UserErrorCode.INVALID, 'at most one party can be the LEAD');
  }
  const ownerIds = (input.ownerIds ?? []).map((id, i) => checks.id(`ownerIds.${i}`, id, 'TeamMember'));
  if (ownerIds.length > PARTNERSHIP_LIMITS.owners.max) {
    checks.add('ownerIds', UserErrorCode.OUT_OF_RANGE, `at most ${PARTNERSHIP_LIMITS.owners.max} owners`);
  }
  return { checks, parties, ownerIds };
}

export function validateUpdate(input: PartnershipUpdateInput, now: Date, current?: { type: PartnershipType }) {
  const checks = new Checks(now);
  for (const field of ['name', 'type', 'subtype'] as const) checks.notNull(field, input[field]);
  checks.text('name', input.name, PARTNERSHIP_LIMITS.name);
  checks.number('strategicAlignment', input.strategicAlignment, { min: 0, max: 1 });
  checks.instant('endsAt', input.endsAt, { future: true });
  if (input.type && !input.subtype) {
    checks.add('subtype', UserErrorCode.REQUIRED, 'give the subtype together with a new type');
  }
  const type = input.type ?? current?.type;
  if (type && input.subtype) checkSubtype(checks, type, input.subtype);
  checks.text('clientKey', input.clientKey, PARTNERSHIP_LIMITS.clientKey);
  return checks;
}
