import type { EcographModule } from '../module';
import { ForecastResolver } from './forecast.resolver';

/** Monthly forecasts of engagement and value (Holt linear smoothing). */
export const forecastModule: EcographModule = {
  name: 'forecast',
  resolvers: [ForecastResolver],
  nodeTypes: [],
};
