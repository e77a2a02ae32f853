/** Mutation payloads: the changed objects (null when refused) and the userErrors. */
import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../core/user-error';
import { Partnership } from '../partnership/partnership.type';
import { Committee } from './committee.type';
import { TeamMember } from './team-member.type';

@ObjectType()
export class TeamMemberCreatePayload {
  @Field(() => TeamMember, { nullable: true })
  teamMember!: TeamMember | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class CommitteeCreatePayload {
  @Field(() => Committee, { nullable: true })
  committee!: Committee | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class CommitteeAddMemberPayload {
  @Field(() => Committee, { nullable: true })
  committee!: Committee | null;

  @Field(() => TeamMember, { nullable: true })
  teamMember!: TeamMember | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class CommitteeOverseePayload {
  @Field(() => Committee, { nullable: true })
  committee!: Committee | null;

  @Field(() => Partnership, { nullable: true })
  partnership!: Partnership | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
