/** Arguments and inputs of the initiative operations. */
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection';
import { DateTimeScalar } from '../../core/scalars';
import { OrderDirection } from '../../graphql/order-direction';
import { ContributorRole, InitiativeKind, InitiativeOrderField, InitiativeStatus } from './initiative.enums';

@InputType({ description: 'Filters combine with AND; list values within one filter combine with OR.' })
export class InitiativeFilter {
  @Field(() => [InitiativeKind], { nullable: true })
  kind?: InitiativeKind[] | null;

  @Field(() => [InitiativeStatus], { nullable: true })
  status?: InitiativeStatus[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Starting at or after this instant.' })
  startsFrom?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Starting strictly before this instant.' })
  startsBefore?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Only initiatives under this partnership.' })
  partnership?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only initiatives this participant contributes to.' })
  participant?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Full-text search over the name (words match as prefixes, in any case).',
  })
  text?: string | null;
}

@InputType()
export class InitiativeOrder {
  @Field(() => InitiativeOrderField)
  field!: InitiativeOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}

@ArgsType()
export class InitiativesArgs extends ConnectionArgs {
  @Field(() => InitiativeFilter, { nullable: true })
  filter?: InitiativeFilter | null;

  @Field(() => InitiativeOrder, { nullable: true, description: 'Default: by start, latest first.' })
  orderBy?: InitiativeOrder | null;
}

/** Nested initiative lists (under a partnership or a participant), latest start first. */
@ArgsType()
export class InitiativeLinkArgs extends ConnectionArgs {
  @Field(() => [InitiativeStatus], { nullable: true })
  status?: InitiativeStatus[] | null;
}

@InputType()
export class ContributorInput {
  @Field(() => ID)
  participantId!: string;

  @Field(() => ContributorRole)
  role!: ContributorRole;
}

@InputType()
export class InitiativeCreateInput {
  @Field(() => String, { description: '2..200 characters.' })
  name!: string;

  @Field(() => InitiativeKind)
  kind!: InitiativeKind;

  @Field(() => InitiativeStatus, { defaultValue: InitiativeStatus.PLANNED })
  status: InitiativeStatus = InitiativeStatus.PLANNED;

  @Field(() => DateTimeScalar, { description: 'May be in the future.' })
  startsAt!: Date;

  @Field(() => DateTimeScalar, { description: 'Not before startsAt.' })
  endsAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The partnership the initiative runs under.' })
  partnershipId?: string | null;

  @Field(() => [ContributorInput], {
    defaultValue: [],
    description: 'At most 50, each participant once.',
  })
  contributors?: ContributorInput[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key chosen by the client (8..200 characters). Retrying with the same key returns the initiative made the first time.',
  })
  clientKey?: string | null;
}

@InputType({ description: 'Adding a contributor again keeps one link and sets its role to the one given.' })
export class InitiativeAddContributorInput {
  @Field(() => ID)
  initiativeId!: string;

  @Field(() => ID)
  participantId!: string;

  @Field(() => ContributorRole)
  role!: ContributorRole;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again.',
  })
  clientKey?: string | null;
}

@InputType()
export class InitiativeUpdateStatusInput {
  @Field(() => ID)
  id!: string;

  @Field(() => InitiativeStatus, { description: 'COMPLETED and CANCELLED are final.' })
  status!: InitiativeStatus;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again.',
  })
  clientKey?: string | null;
}
