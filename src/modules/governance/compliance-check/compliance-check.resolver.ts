/** GraphQL entry points for compliance checks. Thin: rules live in the service, Cypher in queries. */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { expectGlobalId } from '../../../core/global-id';
import { decodeFilterIds } from '../../../graphql/paging';
import { loadNode, rootConnection } from '../../../graphql/resolve';
import type { RequestContext } from '../../../context/context';
import { Partnership } from '../../partnership/partnership.type';
import { TeamMember } from '../../team/team-member.type';
import { COMPLIANCE_CHECK_OWNER, COMPLIANCE_CHECK_PARTNERSHIP } from '../shared/governance.hops';
import { concernedPartnership, orderingOf, owningMember } from '../shared/governance.resolve';
import { ComplianceCheckRecordInput, ComplianceChecksArgs } from './compliance-check.inputs';
import { ComplianceCheckRecordPayload } from './compliance-check.payloads';
import { ComplianceCheckService } from './compliance-check.service';
import { ComplianceCheck, ComplianceCheckConnection, COMPLIANCE_CHECK_NODE } from './compliance-check.type';

export const COMPLIANCE_CHECK_DEFAULT_ORDER = { field: 'CHECKED_AT', direction: 'DESC' } as const;

@Resolver(() => ComplianceCheck)
export class ComplianceCheckResolver {
  @Query(() => ComplianceCheck, { nullable: true, description: 'A compliance check by its global id.' })
  complianceCheck(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ComplianceCheck | null> {
    return loadNode(ctx, info, COMPLIANCE_CHECK_NODE, expectGlobalId(id, 'ComplianceCheck'));
  }

  @Query(() => ComplianceCheckConnection, { description: 'Compliance checks, filtered and ordered, a page at a time.' })
  complianceChecks(
    @Args(() => ComplianceChecksArgs) args: ComplianceChecksArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const filter = decodeFilterIds(args.filter, { partnership: 'Partnership', owner: 'TeamMember' }, expectGlobalId);
    const ordering = orderingOf(args.orderBy, COMPLIANCE_CHECK_DEFAULT_ORDER);
    return rootConnection(ctx, info, ComplianceCheckConnection, COMPLIANCE_CHECK_NODE, args, filter, ordering);
  }

  @FieldResolver(() => Partnership, { description: 'The partnership that was checked.' })
  partnership(
    @Root() check: ComplianceCheck,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Partnership> {
    return concernedPartnership(ctx, info, COMPLIANCE_CHECK_PARTNERSHIP, check.key);
  }

  @FieldResolver(() => TeamMember, { nullable: true, description: 'The team member responsible for the check.' })
  owner(
    @Root() check: ComplianceCheck,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TeamMember | null> {
    return owningMember(ctx, info, COMPLIANCE_CHECK_OWNER, check.key);
  }

  @Mutation(() => ComplianceCheckRecordPayload, {
    nullable: true,
    description:
      'Records the outcome of a compliance check of a partnership (a PASSED DUE_DILIGENCE opens NEGOTIATION).',
  })
  async complianceCheckRecord(
    @Arg('input', () => ComplianceCheckRecordInput) input: ComplianceCheckRecordInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ComplianceCheckRecordPayload> {
    const result = await new ComplianceCheckService(ctx.db, ctx.services.clock).record(input);
    return Object.assign(new ComplianceCheckRecordPayload(), {
      complianceCheck: result.record ? ComplianceCheck.from(result.record) : null,
      userErrors: result.userErrors,
    });
  }
}
