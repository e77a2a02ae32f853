/** Arguments of the exploration queries. */
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { valueFilterDescription } from '../../graphql/text-filters';
import { ParticipantKind } from '../participant/participant.enums';
import { PartnershipStage, PartnershipType } from '../partnership/partnership.enums';

export const EXPLORATION_LIMITS = {
  depth: { min: 1, max: 3 },
  neighborhoodNodes: { min: 1, max: 500, default: 100 },
  subgraphNodes: { min: 1, max: 2000, default: 500 },
  maxHops: { min: 1, max: 6, default: 4 },
  /** Ties read per BFS step at most; keeps hub-heavy expansions bounded. */
  tiesPerStep: 20_000,
} as const;

@InputType({ description: 'Which ties (partnerships) and participants a view follows.' })
export class TieFilterInput {
  @Field(() => [PartnershipType], { nullable: true })
  partnershipType?: PartnershipType[] | null;

  @Field(() => [PartnershipStage], { nullable: true })
  partnershipStage?: PartnershipStage[] | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Follow TERMINATED partnerships too.' })
  includeTerminated: boolean = false;

  @Field(() => [ParticipantKind], { nullable: true })
  participantKind?: ParticipantKind[] | null;
}

@InputType({ description: 'A filtered view of the collaboration graph.' })
export class SubgraphFilterInput extends TieFilterInput {
  @Field(() => [String], { nullable: true, description: valueFilterDescription('Sectors') })
  sector?: string[] | null;

  @Field(() => [String], { nullable: true, description: valueFilterDescription('Regions') })
  region?: string[] | null;
}

@ArgsType()
export class NeighborhoodArgs {
  @Field(() => Int, { defaultValue: 1, description: 'Hops to follow, 1..3.' })
  depth: number = 1;

  @Field(() => Int, {
    defaultValue: EXPLORATION_LIMITS.neighborhoodNodes.default,
    description: `Most nodes returned, 1..${EXPLORATION_LIMITS.neighborhoodNodes.max}.`,
  })
  limit: number = EXPLORATION_LIMITS.neighborhoodNodes.default;

  @Field(() => TieFilterInput, { nullable: true })
  filter?: TieFilterInput | null;
}

@ArgsType()
export class CollaborationPathArgs {
  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => Int, {
    defaultValue: EXPLORATION_LIMITS.maxHops.default,
    description: 'Longest chain, 1..6 partnerships.',
  })
  maxHops: number = EXPLORATION_LIMITS.maxHops.default;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Prefer strong ties (recently active partnerships) over fewer hops.',
  })
  weighted: boolean = false;

  @Field(() => TieFilterInput, { nullable: true })
  filter?: TieFilterInput | null;
}

@ArgsType()
export class SubgraphArgs {
  @Field(() => SubgraphFilterInput, { nullable: true })
  filter?: SubgraphFilterInput | null;

  @Field(() => Int, {
    defaultValue: EXPLORATION_LIMITS.subgraphNodes.default,
    description: `Most nodes returned, 1..${EXPLORATION_LIMITS.subgraphNodes.max} (the best-connected first).`,
  })
  limit: number = EXPLORATION_LIMITS.subgraphNodes.default;
}
