/** Closed sets of the team and committee domain (see docs/data-model.md). */
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../domain/enum';
import { COMMITTEE_KINDS, TEAM_ROLES } from '../../domain/vocabulary';

export const TeamRole = enumOf(TEAM_ROLES);
export type TeamRole = (typeof TEAM_ROLES)[number];

export const CommitteeKind = enumOf(COMMITTEE_KINDS);
export type CommitteeKind = (typeof COMMITTEE_KINDS)[number];

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
