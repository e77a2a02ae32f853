import type { EcographModule } from '../module';
import { AtRiskResolver } from './at-risk.resolver';
import { ValueConcentrationResolver } from './concentration.resolver';
import { ParticipantEngagementResolver } from './participant-engagement.resolver';
import { PartnershipScorecardResolver } from './scorecard.resolver';

/** Business KPIs: engagement, partnership scorecards, at-risk detection, value concentration. */
export const scorecardModule: EcographModule = {
  name: 'scorecard',
  resolvers: [ParticipantEngagementResolver, PartnershipScorecardResolver, AtRiskResolver, ValueConcentrationResolver],
  nodeTypes: [],
};
