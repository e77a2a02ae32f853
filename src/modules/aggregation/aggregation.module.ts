import type { EcographModule } from '../module';
import { AggregationResolver } from './aggregation.resolver';

/** Breakdowns and facets: counts and value grouped in the database (docs/api.md, Aggregations). */
export const aggregationModule: EcographModule = {
  name: 'aggregation',
  resolvers: [AggregationResolver],
  nodeTypes: [],
};
