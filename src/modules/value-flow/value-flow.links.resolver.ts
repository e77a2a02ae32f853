/** Attaches value flows to Partnership and Participant (type-graphql merges resolver classes). */
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context/context';
import { Participant } from '../participant/participant.type';
import { Partnership } from '../partnership/partnership.type';
import { hopValueFlows } from './value-flow.connection';
import { ParticipantValueFlowsArgs, ValueFlowsArgs } from './value-flow.inputs';
import { PARTICIPANT_VALUE_FLOWS, PARTNERSHIP_VALUE_FLOWS } from './value-flow.relationship';
import { ValueFlowConnection } from './value-flow.type';

@Resolver(() => Partnership)
export class PartnershipValueFlowsResolver {
  @FieldResolver(() => ValueFlowConnection, {
    description: 'Value flows tagged with this partnership, in both directions, newest first.',
  })
  valueFlows(
    @Root() partnership: Partnership,
    @Args(() => ValueFlowsArgs) args: ValueFlowsArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return hopValueFlows(ctx, PARTNERSHIP_VALUE_FLOWS, partnership.key, args);
  }
}

@Resolver(() => Participant)
export class ParticipantValueFlowsResolver {
  @FieldResolver(() => ValueFlowConnection, {
    description: 'Value flows this participant received (IN), gave (OUT) or both, newest first.',
  })
  valueFlows(
    @Root() participant: Participant,
    @Args(() => ParticipantValueFlowsArgs) args: ParticipantValueFlowsArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return hopValueFlows(ctx, PARTICIPANT_VALUE_FLOWS[args.direction], participant.key, args);
  }
}
