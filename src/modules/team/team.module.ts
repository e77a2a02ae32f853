import type { EcographModule } from '../module';
import { CommitteeResolver } from './committee.resolver';
import { COMMITTEE_NODE } from './committee.type';
import { TeamMemberResolver } from './team-member.resolver';
import { TEAM_MEMBER_NODE } from './team-member.type';
import { TeamPartnershipResolver } from './team-partnership.resolver';

/** Team members and committees, and their links to partnerships. */
export const teamModule: EcographModule = {
  name: 'team',
  resolvers: [TeamMemberResolver, CommitteeResolver, TeamPartnershipResolver],
  nodeTypes: [TEAM_MEMBER_NODE, COMMITTEE_NODE],
};
