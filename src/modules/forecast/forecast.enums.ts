/** Closed sets of the forecast API. */
import { registerEnumType } from 'type-graphql';

export enum ForecastMetric {
  ENGAGEMENT = 'ENGAGEMENT',
  VALUE = 'VALUE',
}

export enum ForecastScope {
  ECOSYSTEM = 'ECOSYSTEM',
  PARTICIPANT = 'PARTICIPANT',
  PARTNERSHIP = 'PARTNERSHIP',
}

registerEnumType(ForecastMetric, {
  name: 'ForecastMetric',
  description: 'What is forecast, per calendar month (UTC).',
  valuesConfig: {
    ENGAGEMENT: { description: 'Σ weight(kind) × interaction.weight of the month’s interactions (no decay).' },
    VALUE: { description: 'Σ amount of the month’s value flows except COST (USD).' },
  },
});
registerEnumType(ForecastScope, { name: 'ForecastScope', description: 'Whose activity a forecast covers.' });
