/** Closed sets of the initiative domain (see docs/data-model.md). */
import { registerEnumType } from 'type-graphql';

export enum InitiativeKind {
  JOINT_PROJECT = 'JOINT_PROJECT',
  INNOVATION_LAB = 'INNOVATION_LAB',
  CHALLENGE = 'CHALLENGE',
  HACKATHON = 'HACKATHON',
  SPRINT = 'SPRINT',
  RESEARCH_PROGRAM = 'RESEARCH_PROGRAM',
  PUBLICATION = 'PUBLICATION',
  CONFERENCE = 'CONFERENCE',
}

export enum InitiativeStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

/** Statuses an initiative never leaves. */
export const FINAL_INITIATIVE_STATUSES: ReadonlySet<InitiativeStatus> = new Set([
  InitiativeStatus.COMPLETED,
  InitiativeStatus.CANCELLED,
]);

export enum ContributorRole {
  LEAD = 'LEAD',
  CONTRIBUTOR = 'CONTRIBUTOR',
  SPONSOR = 'SPONSOR',
}

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
