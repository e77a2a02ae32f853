/** Closed sets of the team and committee domain (see docs/data-model.md). */
import { registerEnumType } from 'type-graphql';

export enum TeamRole {
  CHIEF_PARTNERSHIP_OFFICER = 'CHIEF_PARTNERSHIP_OFFICER',
  VP_STRATEGIC_PARTNERSHIPS = 'VP_STRATEGIC_PARTNERSHIPS',
  DIRECTOR_AI_PARTNERSHIPS = 'DIRECTOR_AI_PARTNERSHIPS',
  PARTNERSHIP_MANAGER = 'PARTNERSHIP_MANAGER',
  ECOSYSTEM_MANAGER = 'ECOSYSTEM_MANAGER',
  ANALYST = 'ANALYST',
}

export enum CommitteeKind {
  STEERING = 'STEERING',
  ADVISORY = 'ADVISORY',
  WORKING_GROUP = 'WORKING_GROUP',
  ETHICS_BOARD = 'ETHICS_BOARD',
}

export enum TeamMemberOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}

export enum CommitteeOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}

registerEnumType(TeamRole, { name: 'TeamRole', description: "A team member's role in the partnership team." });
registerEnumType(CommitteeKind, { name: 'CommitteeKind' });
registerEnumType(TeamMemberOrderField, { name: 'TeamMemberOrderField' });
registerEnumType(CommitteeOrderField, { name: 'CommitteeOrderField' });
