import type { EcographModule } from '../module';
import { ImportResolver } from './import.resolver';

/** Bringing an ecosystem in through the API (the command line does the big files). */
export const exchangeModule: EcographModule = {
  name: 'exchange',
  resolvers: [ImportResolver],
  nodeTypes: [],
};
