/** Arguments of `forecast`. */
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ForecastMetric } from './forecast.enums';

export const FORECAST_LIMITS = { periods: { min: 1, max: 12, default: 3 }, historyMonths: 24 } as const;

@ArgsType()
export class ForecastArgs {
  @Field(() => ForecastMetric)
  metric!: ForecastMetric;

  @Field(() => Int, {
    defaultValue: FORECAST_LIMITS.periods.default,
    description: `Months to forecast, ${FORECAST_LIMITS.periods.min}..${FORECAST_LIMITS.periods.max}.`,
  })
  periods: number = FORECAST_LIMITS.periods.default;

  @Field(() => ID, { nullable: true, description: 'Forecast this participant only (not with partnershipId).' })
  participantId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Forecast this partnership only (not with participantId).' })
  partnershipId?: string | null;
}
