/** A monthly forecast with its history and the fitted Holt model. */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../core/scalars';
import { ForecastMetric, ForecastScope } from './forecast.enums';
import { InUnitOfObject } from '../../auth/derivation';

@ObjectType({ description: 'One past calendar month (UTC).' })
export class ForecastHistoryPoint {
  @Field(() => DateTimeScalar, { description: 'First instant of the month.' })
  periodStart!: Date;

  @InUnitOfObject()
  @Field(() => Float)
  value!: number;

  @Field(() => Int, { description: 'Interactions or value flows summed into the month.' })
  events!: number;

  @InUnitOfObject()
  @Field(() => Float, {
    nullable: true,
    description: "The model's one-step-ahead forecast of this month; null where it was not fitted.",
  })
  fitted!: number | null;
}

@ObjectType({ description: 'One forecast month.' })
export class ForecastPoint {
  @Field(() => DateTimeScalar)
  periodStart!: Date;

  @InUnitOfObject()
  @Field(() => Float, { description: 'max(0, raw).' })
  value!: number;

  @InUnitOfObject()
  @Field(() => Float, { description: 'level + h × trend, unclamped.' })
  raw!: number;
}

@ObjectType({
  description:
    "Holt's linear smoothing fitted by grid search (α ∈ 0.05..1, β ∈ 0..1, step 0.05) minimising the one-step-ahead SSE.",
})
export class HoltModel {
  @InUnitOfObject()
  @Field(() => Float, { description: 'Level smoothing.' })
  alpha!: number;

  @InUnitOfObject()
  @Field(() => Float, { description: 'Trend smoothing.' })
  beta!: number;

  @InUnitOfObject()
  @Field(() => Float, { description: 'Level after the last month.' })
  level!: number;

  @InUnitOfObject()
  @Field(() => Float, { description: 'Trend (change per month) after the last month.' })
  trend!: number;

  @InUnitOfObject()
  @Field(() => Float, { description: 'Sum of squared one-step-ahead errors.' })
  sse!: number;

  @InUnitOfObject()
  @Field(() => Float, { description: '√(SSE / (n − 1)), in the unit of the metric.' })
  rmse!: number;

  @Field(() => Int, { description: 'Months fitted (from the first month with activity).' })
  observations!: number;
}

@ObjectType({ description: 'Monthly history (24 complete months) and forecast of a metric.' })
export class Forecast {
  @Field(() => ForecastMetric)
  metric!: ForecastMetric;

  @Field(() => ForecastScope)
  scope!: ForecastScope;

  @Field(() => String, { description: 'Unit of the values: "USD" or "weighted interactions".' })
  unit!: string;

  @Field(() => [ForecastHistoryPoint], { description: 'The 24 complete months before the current one, oldest first.' })
  history!: ForecastHistoryPoint[];

  @Field(() => [ForecastPoint], { description: 'The forecast, starting with the current month.' })
  points!: ForecastPoint[];

  @Field(() => HoltModel, {
    nullable: true,
    description: 'Null with fewer than two months from the first active one (the forecast is then flat).',
  })
  model!: HoltModel | null;
}
