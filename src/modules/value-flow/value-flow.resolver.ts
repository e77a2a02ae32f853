/** GraphQL entry points for value flows. Thin: rules live in the service, Cypher in queries. */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { expectGlobalId } from '../../core/global-id';
import { loadNode } from '../../graphql/resolve';
import type { RequestContext } from '../../context/context';
import { Participant, PARTICIPANT_NODE } from '../participant/participant.type';
import { Partnership, PARTNERSHIP_NODE } from '../partnership/partnership.type';
import { loadValueFlow, rootValueFlows } from './value-flow.connection';
import { ValueFlowCorrectInput, ValueFlowRecordInput, ValueFlowsArgs } from './value-flow.inputs';
import { ValueFlowCorrectPayload, ValueFlowRecordPayload } from './value-flow.payloads';
import { ValueFlowService, type ValueFlowResult } from './value-flow.service';
import { ValueFlow, ValueFlowConnection } from './value-flow.type';

function toPayload<T extends ValueFlowRecordPayload | ValueFlowCorrectPayload>(payload: T, result: ValueFlowResult): T {
  return Object.assign(payload, {
    valueFlow: result.valueFlow ? ValueFlow.from(result.valueFlow) : null,
    userErrors: result.userErrors,
  });
}

@Resolver(() => ValueFlow)
export class ValueFlowResolver {
  @Query(() => ValueFlow, {
    nullable: true,
    description: 'A value flow by its global id (corrected ones too, for their history).',
  })
  valueFlow(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ValueFlow | null> {
    return loadValueFlow(ctx, expectGlobalId(id, 'ValueFlow'));
  }

  @Query(() => ValueFlowConnection, {
    description: 'Value flows (corrected ones replaced by their corrections), filtered, a page at a time.',
  })
  valueFlows(@Args(() => ValueFlowsArgs) args: ValueFlowsArgs, @Ctx() ctx: RequestContext) {
    return rootValueFlows(ctx, args);
  }

  @FieldResolver(() => Participant, { description: 'The party the value came from.' })
  from(
    @Root() flow: ValueFlow,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Participant | null> {
    return loadNode(ctx, info, PARTICIPANT_NODE, flow.fromKey);
  }

  @FieldResolver(() => Participant, { description: 'The party the value went to.' })
  to(
    @Root() flow: ValueFlow,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Participant | null> {
    return loadNode(ctx, info, PARTICIPANT_NODE, flow.toKey);
  }

  @FieldResolver(() => Partnership, { nullable: true, description: 'The partnership the flow is tagged with.' })
  partnership(
    @Root() flow: ValueFlow,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Partnership | null> {
    return flow.partnershipKey ? loadNode(ctx, info, PARTNERSHIP_NODE, flow.partnershipKey) : Promise.resolve(null);
  }

  @FieldResolver(() => ValueFlow, { nullable: true, description: 'The earlier flow this one corrects.' })
  corrects(@Root() flow: ValueFlow, @Ctx() ctx: RequestContext): Promise<ValueFlow | null> {
    return flow.correctsKey ? loadValueFlow(ctx, flow.correctsKey) : Promise.resolve(null);
  }

  @Mutation(() => ValueFlowRecordPayload, {
    nullable: true,
    description: 'Records value moving between two parties of a partnership.',
  })
  async valueFlowRecord(
    @Arg('input', () => ValueFlowRecordInput) input: ValueFlowRecordInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ValueFlowRecordPayload> {
    return toPayload(
      new ValueFlowRecordPayload(),
      await new ValueFlowService(ctx.db, ctx.services.clock).record(input),
    );
  }

  @Mutation(() => ValueFlowCorrectPayload, {
    nullable: true,
    description: 'Corrects a value flow by recording a corrected copy; the original stays, hidden from lists.',
  })
  async valueFlowCorrect(
    @Arg('input', () => ValueFlowCorrectInput) input: ValueFlowCorrectInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ValueFlowCorrectPayload> {
    return toPayload(
      new ValueFlowCorrectPayload(),
      await new ValueFlowService(ctx.db, ctx.services.clock).correct(input),
    );
  }
}
