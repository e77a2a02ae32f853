/** The echo of the time window in every business-KPI result (the argument is core's WindowInput). */
import { Field, Float, ObjectType } from 'type-graphql';
import { windowDays, type TimeWindow } from '../../kpi/engagement/window';
import { DateTimeScalar } from '../../core/scalars';

@ObjectType({ description: 'The time window [from, to) a KPI was computed over.' })
export class KpiWindow {
  @Field(() => DateTimeScalar)
  from!: Date;

  @Field(() => DateTimeScalar)
  to!: Date;

  @Field(() => Float, { description: 'Length in days.' })
  days!: number;

  static of(window: TimeWindow): KpiWindow {
    return Object.assign(new KpiWindow(), { from: window.from, to: window.to, days: windowDays(window) });
  }
}
