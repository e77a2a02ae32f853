/** Engagement over a window, with the numbers behind the score and the trend. */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { EngagementFigures } from '../../kpi/engagement/engagement';
import type { EngagementSettings } from '../../kpi/engagement/settings';
import { previousWindow, type TimeWindow } from '../../kpi/engagement/window';
import { InteractionKind } from '../interaction/interaction.enums';
import { KpiWindow } from './window.type';
import { DerivedFrom } from '../../auth/derivation';

@ObjectType({ description: 'How much one interaction of a kind counts in engagement scores.' })
export class EngagementKindWeight {
  @Field(() => InteractionKind)
  kind!: InteractionKind;

  @Field(() => Float)
  weight!: number;
}

@ObjectType({
  description:
    'Σ weight(kind) × interaction.weight × 2^(−age / halfLife) over the interactions in the window (age measured to the window end), and the same for the preceding window of equal length.',
})
@DerivedFrom('PARTY_ANALYTICS')
export class EngagementMeasure {
  @Field(() => KpiWindow)
  window!: KpiWindow;

  @Field(() => KpiWindow, { description: 'The preceding window of the same length the trend compares with.' })
  previousWindow!: KpiWindow;

  @Field(() => Float, { description: 'Decayed, weighted engagement in the window.' })
  score!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'score / previousScore (1 = steady, < 1 = falling); null when previousScore is 0.',
  })
  trend!: number | null;

  @Field(() => Int, { description: 'Interactions counted in the window.' })
  interactions!: number;

  @Field(() => Float, { description: 'The same score for the previous window, decayed to its own end.' })
  previousScore!: number;

  @Field(() => Int, { description: 'Interactions counted in the previous window.' })
  previousInteractions!: number;

  @Field(() => Float, { description: 'Half-life of an interaction’s contribution, in days.' })
  halfLifeDays!: number;

  @Field(() => [EngagementKindWeight], { description: 'The weight table used, per interaction kind.' })
  kindWeights!: EngagementKindWeight[];

  static of(window: TimeWindow, figures: EngagementFigures, settings: EngagementSettings): EngagementMeasure {
    return Object.assign(new EngagementMeasure(), {
      window: KpiWindow.of(window),
      previousWindow: KpiWindow.of(previousWindow(window)),
      ...figures,
      halfLifeDays: settings.halfLifeDays,
      kindWeights: Object.values(InteractionKind).map((kind) =>
        Object.assign(new EngagementKindWeight(), { kind, weight: settings.kindWeights[kind] ?? 0 }),
      ),
    });
  }
}
