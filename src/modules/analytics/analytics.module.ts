import type { EcographModule } from '../module';
import {
  CentralityResolver,
  EcosystemResolver,
  ParticipantMetricsResolver,
  ParticipantRankResolver,
} from './analytics.resolver';

export const analyticsModule: EcographModule = {
  name: 'analytics',
  resolvers: [EcosystemResolver, ParticipantMetricsResolver, ParticipantRankResolver, CentralityResolver],
  nodeTypes: [],
};
