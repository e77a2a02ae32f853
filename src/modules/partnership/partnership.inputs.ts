/** Arguments and inputs of the partnership operations. */
import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection';
import { DateTimeScalar } from '../../core/scalars';
import { OrderDirection } from '../../graphql/order-direction';
import {
  PartnershipOrderField,
  PartnershipStage,
  PartnershipSubtype,
  PartnershipType,
  PartyRole,
} from './partnership.enums';

@InputType({ description: 'Filters combine with AND; list values within one filter combine with OR.' })
export class PartnershipFilter {
  @Field(() => [PartnershipType], { nullable: true })
  type?: PartnershipType[] | null;

  @Field(() => [PartnershipSubtype], { nullable: true })
  subtype?: PartnershipSubtype[] | null;

  @Field(() => [PartnershipStage], { nullable: true })
  stage?: PartnershipStage[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Started at or after this instant.' })
  startedFrom?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Started strictly before this instant.' })
  startedBefore?: Date | null;

  @Field(() => Float, { nullable: true, description: 'Strategic alignment at least this (0..1).' })
  minStrategicAlignment?: number | null;

  @Field(() => ID, { nullable: true, description: 'Owned (or co-owned) by this team member.' })
  owner?: string | null;

  @Field(() => ID, { nullable: true, description: 'This participant is a party.' })
  party?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Full-text search over the name (words match as prefixes, in any case).',
  })
  text?: string | null;
}

@InputType()
export class PartnershipOrder {
  @Field(() => PartnershipOrderField)
  field!: PartnershipOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}

@ArgsType()
export class PartnershipsArgs extends ConnectionArgs {
  @Field(() => PartnershipFilter, { nullable: true })
  filter?: PartnershipFilter | null;

  @Field(() => PartnershipOrder, { nullable: true, description: 'Default: by name, ascending.' })
  orderBy?: PartnershipOrder | null;
}

@ArgsType()
export class StageHistoryArgs extends ConnectionArgs {
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC: oldest first.' })
  direction: OrderDirection = OrderDirection.ASC;
}

@InputType()
export class PartyInput {
  @Field(() => ID)
  participantId!: string;

  @Field(() => PartyRole, { defaultValue: PartyRole.PARTNER })
  role: PartyRole = PartyRole.PARTNER;
}

@InputType()
export class PartnershipCreateInput {
  @Field(() => String, { description: '3..200 characters.' })
  name!: string;

  @Field(() => PartnershipType)
  type!: PartnershipType;

  @Field(() => PartnershipSubtype, { description: 'Must belong to the type (see docs/data-model.md).' })
  subtype!: PartnershipSubtype;

  @Field(() => Float, { nullable: true, description: 'Fit with the ecosystem strategy, 0..1.' })
  strategicAlignment?: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Default: now. Not in the future.' })
  startedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'End of the planned term; after startedAt.' })
  endsAt?: Date | null;

  @Field(() => [PartyInput], { description: '1..20 distinct participants, at most one LEAD.' })
  parties!: PartyInput[];

  @Field(() => [ID], { nullable: true, description: 'Team members owning the partnership.' })
  ownerIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Idempotency key (8..200 characters).' })
  clientKey?: string | null;
}

@InputType({ description: 'Only the fields given are changed. The stage moves with partnershipMoveStage.' })
export class PartnershipUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => PartnershipType, { nullable: true, description: 'Give the subtype too when changing the type.' })
  type?: PartnershipType | null;

  @Field(() => PartnershipSubtype, { nullable: true })
  subtype?: PartnershipSubtype | null;

  @Field(() => Float, { nullable: true })
  strategicAlignment?: number | null;

  @Field(() => DateTimeScalar, { nullable: true })
  endsAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again.',
  })
  clientKey?: string | null;
}

@InputType()
export class PartnershipMoveStageInput {
  @Field(() => ID)
  id!: string;

  @Field(() => PartnershipStage)
  to!: PartnershipStage;

  @Field(() => String, { nullable: true, description: 'Why; required for TERMINATED. At most 1000 characters.' })
  reason?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Default: now. Not in the future.' })
  at?: Date | null;

  @Field(() => String, { nullable: true, description: 'Idempotency key: a retried move is not applied twice.' })
  clientKey?: string | null;
}

@InputType()
export class PartnershipAddPartyInput {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => ID)
  participantId!: string;

  @Field(() => PartyRole, { defaultValue: PartyRole.PARTNER })
  role: PartyRole = PartyRole.PARTNER;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again.',
  })
  clientKey?: string | null;
}

@InputType()
export class PartnershipRemovePartyInput {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => ID)
  participantId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again.',
  })
  clientKey?: string | null;
}

@InputType()
export class PartnershipOwnerInput {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => ID)
  teamMemberId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again.',
  })
  clientKey?: string | null;
}
