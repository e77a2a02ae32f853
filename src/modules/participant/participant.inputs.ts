/** Arguments and inputs of the participant operations. */
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection';
import { DateTimeScalar } from '../../core/scalars';
import { PartnershipStage } from '../partnership/partnership.enums';
import { ParticipantKind, ParticipantOrderField, ParticipantStatus, ParticipantTier } from './participant.enums';
import { OrderDirection } from '../../graphql/order-direction';
import { valueFilterDescription } from '../../graphql/text-filters';

@InputType({ description: 'Filters combine with AND; list values within one filter combine with OR.' })
export class ParticipantFilter {
  @Field(() => [ParticipantKind], { nullable: true })
  kind?: ParticipantKind[] | null;

  @Field(() => [String], { nullable: true, description: valueFilterDescription('Sectors') })
  sector?: string[] | null;

  @Field(() => [String], { nullable: true, description: valueFilterDescription('Regions') })
  region?: string[] | null;

  @Field(() => [ParticipantStatus], { nullable: true })
  status?: ParticipantStatus[] | null;

  @Field(() => [ParticipantTier], { nullable: true })
  tier?: ParticipantTier[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Full-text search over name, sector, region, externalId (words match as prefixes, in any case).',
  })
  text?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Joined at or after this instant.' })
  joinedFrom?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Joined strictly before this instant.' })
  joinedBefore?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Exited at or after this instant.' })
  exitedFrom?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Exited strictly before this instant.' })
  exitedBefore?: Date | null;
}

@InputType()
export class ParticipantOrder {
  @Field(() => ParticipantOrderField)
  field!: ParticipantOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}

@ArgsType()
export class ParticipantsArgs extends ConnectionArgs {
  @Field(() => ParticipantFilter, { nullable: true })
  filter?: ParticipantFilter | null;

  @Field(() => ParticipantOrder, { nullable: true, description: 'Default: by name, ascending.' })
  orderBy?: ParticipantOrder | null;
}

@ArgsType()
export class ParticipantPartnershipsArgs extends ConnectionArgs {
  @Field(() => [PartnershipStage], { nullable: true })
  stage?: PartnershipStage[] | null;
}

@InputType()
export class ParticipantCreateInput {
  @Field(() => String, { description: '2..200 characters.' })
  name!: string;

  @Field(() => ParticipantKind)
  kind!: ParticipantKind;

  @Field(() => String, { description: '1..100 characters.' })
  sector!: string;

  @Field(() => String, { description: '1..100 characters.' })
  region!: string;

  @Field(() => ParticipantTier, { defaultValue: ParticipantTier.STANDARD })
  tier: ParticipantTier = ParticipantTier.STANDARD;

  @Field(() => ParticipantStatus, { defaultValue: ParticipantStatus.ACTIVE })
  status: ParticipantStatus = ParticipantStatus.ACTIVE;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Default: now. Not in the future.' })
  joinedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Unique id in an external system, 1..100 characters.' })
  externalId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key chosen by the client (8..200 characters). Retrying a create with the same key returns the participant made the first time instead of a duplicate.',
  })
  clientKey?: string | null;
}

@InputType({ description: 'Only the fields given are changed.' })
export class ParticipantUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ParticipantKind, { nullable: true })
  kind?: ParticipantKind | null;

  @Field(() => String, { nullable: true })
  sector?: string | null;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => ParticipantTier, { nullable: true })
  tier?: ParticipantTier | null;

  @Field(() => ParticipantStatus, { nullable: true })
  status?: ParticipantStatus | null;

  @Field(() => DateTimeScalar, { nullable: true })
  joinedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Set to null to remove it.' })
  externalId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again.',
  })
  clientKey?: string | null;
}
