/** Breakdowns (counts and value grouped by a dimension) and facets (the values that exist). */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DerivedFrom } from '../../auth/derivation';
import { DateTimeScalar } from '../../core/scalars';
import { PeriodInterval } from '../analytics/engagement';
import { KpiWindow } from '../scorecard/window.type';
import { BreakdownDimension, BreakdownMeasure } from './aggregation.enums';

@ObjectType({ description: 'One group of a breakdown.' })
export class BreakdownBucket {
  @Field(() => String, {
    description: 'The group: a region, sector, kind, type or stage, or the period start as an ISO instant.',
  })
  key!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'PERIOD breakdowns: the start of the period (UTC).' })
  periodStart!: Date | null;

  @Field(() => Int, { description: 'Items in the group.' })
  count!: number;

  @DerivedFrom('MONEY')
  @Field(() => Float, { nullable: true, description: 'VALUE: the summed amount (USD); null for other measures.' })
  value!: number | null;
}

@ObjectType({ description: 'Counts (and, for VALUE, amounts) grouped by one dimension, computed in the database.' })
export class Breakdown {
  @Field(() => BreakdownMeasure) measure!: BreakdownMeasure;
  @Field(() => BreakdownDimension) by!: BreakdownDimension;

  @Field(() => PeriodInterval, { nullable: true, description: 'PERIOD breakdowns: the length of a period.' })
  interval!: PeriodInterval | null;

  @Field(() => KpiWindow, {
    nullable: true,
    description:
      'The window the items were taken from; null when the breakdown describes the current state (participants or partnerships by anything but PERIOD).',
  })
  window!: KpiWindow | null;

  @Field(() => Int, { description: 'Distinct items counted (each once, whatever its groups).' })
  total!: number;

  @DerivedFrom('MONEY')
  @Field(() => Float, { nullable: true, description: 'VALUE: the summed amount of all items (USD).' })
  totalValue!: number | null;

  @Field(() => [BreakdownBucket], {
    description: 'Largest count first (PERIOD: in time order, empty periods included).',
  })
  buckets!: BreakdownBucket[];
}

@ObjectType({ description: 'A value that exists for a field, with how many records carry it.' })
export class FacetValue {
  @Field(() => String) value!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({
  description:
    'The values each filterable field takes in the ecosystem, most frequent first: what a filter can ask for. Participants who have not exited; every partnership; interactions and flows of all time (corrected ones excluded).',
})
export class Facets {
  @Field(() => [FacetValue]) regions!: FacetValue[];
  @Field(() => [FacetValue]) sectors!: FacetValue[];
  @Field(() => [FacetValue]) participantKinds!: FacetValue[];
  @Field(() => [FacetValue]) partnershipTypes!: FacetValue[];
  @Field(() => [FacetValue]) stages!: FacetValue[];
  @Field(() => [FacetValue]) interactionKinds!: FacetValue[];
  @Field(() => [FacetValue]) flowKinds!: FacetValue[];
}
