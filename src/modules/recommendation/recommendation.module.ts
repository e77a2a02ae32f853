import type { EcographModule } from '../module';
import { RecommendationResolver } from './recommendation.resolver';

/** Partner recommendations (link prediction on the collaboration graph). */
export const recommendationModule: EcographModule = {
  name: 'recommendation',
  resolvers: [RecommendationResolver],
  nodeTypes: [],
};
