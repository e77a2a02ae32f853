/** A recommended partner and the shared neighbours that explain it. */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Participant } from '../participant/participant.type';
import { DerivedFrom } from '../../auth/derivation';

@ObjectType({ description: 'A participant both sides already work with: the reason for a recommendation.' })
export class SharedNeighbour {
  @DerivedFrom('PARTY_ANALYTICS')
  @Field(() => Participant)
  participant!: Participant;

  @Field(() => Int, { description: 'Its degree on the collaboration graph (distinct partners).' })
  degree!: number;

  @Field(() => Float, { description: '1 / ln(degree): its part of the score (well-connected hubs count less).' })
  contribution!: number;
}

@ObjectType({ description: 'A participant to partner with, by Adamic–Adar on the collaboration graph.' })
export class PartnerRecommendation {
  @DerivedFrom('PARTY_ANALYTICS')
  @Field(() => Participant)
  participant!: Participant;

  @Field(() => Float, { description: 'Adamic–Adar index: Σ over shared neighbours of 1 / ln(degree).' })
  score!: number;

  @Field(() => [SharedNeighbour], { description: 'The explanation, the largest contributions first.' })
  sharedNeighbours!: SharedNeighbour[];
}
