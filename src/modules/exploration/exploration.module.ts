import type { EcographModule } from '../module';
import { ExplorationResolver, NeighborhoodResolver } from './exploration.resolver';
import { SearchResolver } from './search';

export const explorationModule: EcographModule = {
  name: 'exploration',
  resolvers: [ExplorationResolver, NeighborhoodResolver, SearchResolver],
  nodeTypes: [],
};
