/** Arguments and inputs of the team-member and committee operations. */
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection';
import { OrderDirection } from '../../graphql/order-direction';
import { CommitteeKind, CommitteeOrderField, TeamMemberOrderField, TeamRole } from './team.enums';

const CLIENT_KEY_DESCRIPTION =
  'Idempotency key chosen by the client (8..200 characters). Retrying a create with the same key returns what the first attempt made instead of a duplicate.';

@InputType({ description: 'Filters combine with AND; list values within one filter combine with OR.' })
export class TeamMemberFilter {
  @Field(() => [TeamRole], { nullable: true })
  role?: TeamRole[] | null;
}

@InputType()
export class TeamMemberOrder {
  @Field(() => TeamMemberOrderField)
  field!: TeamMemberOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}

@ArgsType()
export class TeamMembersArgs extends ConnectionArgs {
  @Field(() => TeamMemberFilter, { nullable: true })
  filter?: TeamMemberFilter | null;

  @Field(() => TeamMemberOrder, { nullable: true, description: 'Default: by name, ascending.' })
  orderBy?: TeamMemberOrder | null;
}

@InputType({ description: 'Filters combine with AND; list values within one filter combine with OR.' })
export class CommitteeFilter {
  @Field(() => [CommitteeKind], { nullable: true })
  kind?: CommitteeKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Only committees overseeing this partnership.' })
  partnership?: string | null;
}

@InputType()
export class CommitteeOrder {
  @Field(() => CommitteeOrderField)
  field!: CommitteeOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}

@ArgsType()
export class CommitteesArgs extends ConnectionArgs {
  @Field(() => CommitteeFilter, { nullable: true })
  filter?: CommitteeFilter | null;

  @Field(() => CommitteeOrder, { nullable: true, description: 'Default: by name, ascending.' })
  orderBy?: CommitteeOrder | null;
}

@InputType()
export class TeamMemberCreateInput {
  @Field(() => String, { description: '2..200 characters.' })
  name!: string;

  @Field(() => TeamRole)
  role!: TeamRole;

  @Field(() => String, { description: 'A valid e-mail address, unique in the team; stored in lower case.' })
  email!: string;

  @Field(() => String, { nullable: true, description: CLIENT_KEY_DESCRIPTION })
  clientKey?: string | null;
}

@InputType()
export class CommitteeCreateInput {
  @Field(() => String, { description: '2..200 characters.' })
  name!: string;

  @Field(() => CommitteeKind)
  kind!: CommitteeKind;

  @Field(() => String, { nullable: true, description: CLIENT_KEY_DESCRIPTION })
  clientKey?: string | null;
}

@InputType({ description: 'Adding a member twice keeps one membership.' })
export class CommitteeAddMemberInput {
  @Field(() => ID)
  committeeId!: string;

  @Field(() => ID)
  teamMemberId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again.',
  })
  clientKey?: string | null;
}

@InputType({ description: 'Putting a partnership under a committee twice keeps one OVERSEES link.' })
export class CommitteeOverseeInput {
  @Field(() => ID)
  committeeId!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again.',
  })
  clientKey?: string | null;
}
