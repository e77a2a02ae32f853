import type { EcographModule } from '../module';
import {
  CentralityResolver,
  ConcentrationRiskResolver,
  EcosystemResolver,
  ParticipantMetricsResolver,
  ParticipantRankResolver,
} from './analytics.resolver';
import { EcosystemEngagementResolver, EngagementPeriodsResolver } from './engagement';
import { MetricsEngagementResolver } from './metrics-engagement.resolver';

export const analyticsModule: EcographModule = {
  name: 'analytics',
  resolvers: [
    EcosystemResolver,
    ConcentrationRiskResolver,
    EcosystemEngagementResolver,
    EngagementPeriodsResolver,
    ParticipantMetricsResolver,
    ParticipantRankResolver,
    MetricsEngagementResolver,
    CentralityResolver,
  ],
  nodeTypes: [],
};
