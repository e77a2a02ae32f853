/** Arguments and inputs of the conflict operations. */
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../../core/connection';
import { DateTimeScalar } from '../../../core/scalars';
import { OrderDirection } from '../../../graphql/order-direction';
import { ConflictOrderField, ConflictStatus } from './conflict.enums';

@InputType({ description: 'Filters combine with AND; list values within one filter combine with OR.' })
export class ConflictFilter {
  @Field(() => [ConflictStatus], { nullable: true })
  status?: ConflictStatus[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Opened at or after this instant.' })
  openedFrom?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Only conflicts within this partnership.' })
  partnership?: string | null;
}

@InputType()
export class ConflictOrder {
  @Field(() => ConflictOrderField)
  field!: ConflictOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}

@ArgsType()
export class ConflictsArgs extends ConnectionArgs {
  @Field(() => ConflictFilter, { nullable: true })
  filter?: ConflictFilter | null;

  @Field(() => ConflictOrder, { nullable: true, description: 'Default: most recently opened first.' })
  orderBy?: ConflictOrder | null;
}

@ArgsType()
export class PartnershipConflictsArgs extends ConnectionArgs {
  @Field(() => [ConflictStatus], { nullable: true })
  status?: ConflictStatus[] | null;

  @Field(() => ConflictOrder, { nullable: true, description: 'Default: most recently opened first.' })
  orderBy?: ConflictOrder | null;
}

@InputType()
export class ConflictOpenInput {
  @Field(() => ID, { description: 'The partnership the conflict arose in.' })
  partnershipId!: string;

  @Field(() => String, { description: '3..200 characters.' })
  title!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Default: now. Not in the future.' })
  openedAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Idempotency key (8..200 characters): a retry with the same key returns the first conflict.',
  })
  clientKey?: string | null;
}

@InputType()
export class ConflictEscalateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again.',
  })
  clientKey?: string | null;
}

@InputType()
export class ConflictResolveInput {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Default: now. Not in the future, not before openedAt.',
  })
  resolvedAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again.',
  })
  clientKey?: string | null;
}
