/** GraphQL entry points for policies. Thin: rules live in the service, Cypher in queries. */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { expectGlobalId } from '../../../core/global-id';
import { decodeFilterIds } from '../../../graphql/paging';
import { hopConnection, loadNode, rootConnection } from '../../../graphql/resolve';
import type { RequestContext } from '../../../context/context';
import { POLICY_PARTNERSHIPS } from '../../../model/hops';
import { orderingOf } from '../shared/governance.resolve';
import { PoliciesArgs, PolicyApplyInput, PolicyCreateInput, PolicyPartnershipsArgs } from './policy.inputs';
import { PolicyApplyPayload, PolicyCreatePayload } from './policy.payloads';
import { PolicyService, type PolicyResult } from './policy.service';
import { Policy, PolicyConnection, PolicyPartnershipConnection, POLICY_NODE } from './policy.type';
import { PARTNERSHIP_NODE } from '../../partnership/partnership.type';

export const POLICY_DEFAULT_ORDER = { field: 'TITLE', direction: 'ASC' } as const;

function toPayload<T extends PolicyCreatePayload | PolicyApplyPayload>(payload: T, result: PolicyResult): T {
  return Object.assign(payload, {
    policy: result.record ? Policy.from(result.record) : null,
    userErrors: result.userErrors,
  });
}

@Resolver(() => Policy)
export class PolicyResolver {
  @Query(() => Policy, { nullable: true, description: 'A policy by its global id.' })
  policy(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Policy | null> {
    return loadNode(ctx, info, POLICY_NODE, expectGlobalId(id, 'Policy'));
  }

  @Query(() => PolicyConnection, { description: 'Ecosystem policies, filtered and ordered, a page at a time.' })
  policies(@Args(() => PoliciesArgs) args: PoliciesArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const filter = decodeFilterIds(args.filter, { partnership: 'Partnership' }, expectGlobalId);
    const ordering = orderingOf(args.orderBy, POLICY_DEFAULT_ORDER);
    return rootConnection(ctx, info, PolicyConnection, POLICY_NODE, args, filter, ordering);
  }

  @FieldResolver(() => PolicyPartnershipConnection, { description: 'Partnerships the policy applies to, by name.' })
  partnerships(
    @Root() policy: Policy,
    @Args(() => PolicyPartnershipsArgs) args: PolicyPartnershipsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return hopConnection(
      ctx,
      info,
      PolicyPartnershipConnection,
      POLICY_PARTNERSHIPS,
      policy.key,
      args,
      { stage: args.stage },
      { field: 'NAME', direction: 'ASC' },
      PARTNERSHIP_NODE,
    );
  }

  @Mutation(() => PolicyCreatePayload, {
    nullable: true,
    description: 'Adds an ecosystem policy, optionally applied to partnerships.',
  })
  async policyCreate(
    @Arg('input', () => PolicyCreateInput) input: PolicyCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PolicyCreatePayload> {
    return toPayload(new PolicyCreatePayload(), await new PolicyService(ctx.db, ctx.services.clock).create(input));
  }

  @Mutation(() => PolicyApplyPayload, {
    nullable: true,
    description: 'Applies a (not RETIRED) policy to one more partnership.',
  })
  async policyApply(
    @Arg('input', () => PolicyApplyInput) input: PolicyApplyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PolicyApplyPayload> {
    return toPayload(new PolicyApplyPayload(), await new PolicyService(ctx.db, ctx.services.clock).apply(input));
  }
}
