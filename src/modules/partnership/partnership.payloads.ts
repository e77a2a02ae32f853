/** Mutation payloads: one type per mutation (clients can evolve them apart), the same shape. */
import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../core/user-error';
import { StageChange } from './stage-change.type';
import { Partnership } from './partnership.type';

function payload(name: string, description: string) {
  @ObjectType(name, { description })
  class PartnershipPayload {
    @Field(() => Partnership, { nullable: true, description: 'The partnership after the change; null when refused.' })
    partnership!: Partnership | null;

    @Field(() => [UserError])
    userErrors!: UserError[];
  }
  return PartnershipPayload;
}

export const PartnershipCreatePayload = payload('PartnershipCreatePayload', 'Result of partnershipCreate.');
export const PartnershipUpdatePayload = payload('PartnershipUpdatePayload', 'Result of partnershipUpdate.');
export const PartnershipAddPartyPayload = payload('PartnershipAddPartyPayload', 'Result of partnershipAddParty.');
export const PartnershipRemovePartyPayload = payload(
  'PartnershipRemovePartyPayload',
  'Result of partnershipRemoveParty.',
);
export const PartnershipAssignOwnerPayload = payload(
  'PartnershipAssignOwnerPayload',
  'Result of partnershipAssignOwner.',
);
export const PartnershipRemoveOwnerPayload = payload(
  'PartnershipRemoveOwnerPayload',
  'Result of partnershipRemoveOwner.',
);

@ObjectType({ description: 'Result of partnershipMoveStage.' })
export class PartnershipMoveStagePayload {
  @Field(() => Partnership, { nullable: true })
  partnership!: Partnership | null;

  @Field(() => StageChange, { nullable: true, description: 'The recorded move; null when refused.' })
  stageChange!: StageChange | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
