import type { EcographModule } from '../module';
import {
  CentralityResolver,
  EcosystemResolver,
  ParticipantMetricsResolver,
  ParticipantRankResolver,
} from './analytics.resolver';
import { EcosystemEngagementResolver, EngagementPeriodsResolver } from './engagement';

export const analyticsModule: EcographModule = {
  name: 'analytics',
  resolvers: [
    EcosystemResolver,
    EcosystemEngagementResolver,
    EngagementPeriodsResolver,
    ParticipantMetricsResolver,
    ParticipantRankResolver,
    CentralityResolver,
  ],
  nodeTypes: [],
};
