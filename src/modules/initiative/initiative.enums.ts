/** Closed sets of the initiative domain (see docs/data-model.md). */
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../domain/enum';
import { CONTRIBUTOR_ROLES, INITIATIVE_KINDS, INITIATIVE_STATUSES } from '../../domain/vocabulary';

export const InitiativeKind = enumOf(INITIATIVE_KINDS);
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

export const InitiativeStatus = enumOf(INITIATIVE_STATUSES);
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** Statuses an initiative never leaves. */
export const FINAL_INITIATIVE_STATUSES: ReadonlySet<InitiativeStatus> = new Set([
  InitiativeStatus.COMPLETED,
  InitiativeStatus.CANCELLED,
]);

export const ContributorRole = enumOf(CONTRIBUTOR_ROLES);
export type ContributorRole = (typeof CONTRIBUTOR_ROLES)[number];

export enum InitiativeOrderField {
  NAME = 'NAME',
  STARTS_AT = 'STARTS_AT',
  CREATED_AT = 'CREATED_AT',
}

registerEnumType(InitiativeKind, { name: 'InitiativeKind' });
registerEnumType(InitiativeStatus, {
  name: 'InitiativeStatus',
  description: 'PLANNED and ACTIVE can change; COMPLETED and CANCELLED are final.',
});
registerEnumType(ContributorRole, {
  name: 'ContributorRole',
  description: "A participant's role in an initiative.",
});
registerEnumType(InitiativeOrderField, { name: 'InitiativeOrderField' });
