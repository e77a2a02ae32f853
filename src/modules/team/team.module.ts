import { COMMITTEE, TEAM_MEMBER } from '../../model/nodes';
import type { EcographModule } from '../module';
import { CommitteeResolver } from './committee.resolver';
import { toCommittee } from './committee.type';
import { TeamMemberResolver } from './team-member.resolver';
import { toTeamMember } from './team-member.type';
import { TeamPartnershipResolver } from './team-partnership.resolver';

/** Team members and committees, and their links to partnerships. */
export const teamModule: EcographModule = {
  name: 'team',
  resolvers: [TeamMemberResolver, CommitteeResolver, TeamPartnershipResolver],
  nodeTypes: [
    { spec: TEAM_MEMBER, toNode: toTeamMember },
    { spec: COMMITTEE, toNode: toCommittee },
  ],
};
