/** How concentrated value exchange is among participants. */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Participant } from '../participant/participant.type';
import { KpiWindow } from './window.type';
import { DerivedFrom } from '../../auth/derivation';

@ObjectType({ description: 'A participant among the few carrying half of the value-flow volume.' })
@DerivedFrom('MONEY')
export class ValueElephant {
  @DerivedFrom('PARTY_ANALYTICS')
  @Field(() => Participant)
  participant!: Participant;

  @Field(() => Float, { description: 'Its volume (in + out) in the window.' })
  volume!: number;

  @Field(() => Float, { description: 'volume / totalVolume, 0..1.' })
  share!: number;
}

@ObjectType({
  description:
    "Concentration of value exchange: participants' value-flow volume (received + given, every kind) in the window.",
})
@DerivedFrom('MONEY')
export class ValueConcentration {
  @Field(() => KpiWindow)
  window!: KpiWindow;

  @Field(() => Float, {
    nullable: true,
    description:
      'Gini coefficient over the participants with any volume (0 = equal, → 1 = one participant carries everything); null without flows.',
  })
  gini!: number | null;

  @Field(() => Int, {
    description: 'Smallest number of participants carrying ≥ 50 % of the volume (CHAOSS elephant factor).',
  })
  elephantFactor!: number;

  @Field(() => [ValueElephant], { description: 'Those participants, largest first (at most `first`).' })
  elephants!: ValueElephant[];

  @Field(() => Int, { description: 'Participants with any volume in the window (the Gini population).' })
  participants!: number;

  @Field(() => Float, { description: 'Σ volume over participants (each flow counts for both ends, so 2 × Σ flows).' })
  totalVolume!: number;

  @Field(() => String, { description: 'Reporting currency; amounts are assumed to be in it (not converted).' })
  currency!: string;
}
