/**
 * The governance connections of a partnership (merged into the Partnership type): each hop
 * batches through the request's loaders, one round trip per nesting level.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { hopConnection } from '../../graphql/resolve';
import type { RequestContext } from '../../context/context';
import {
  PARTNERSHIP_AGREEMENTS,
  PARTNERSHIP_COMPLIANCE_CHECKS,
  PARTNERSHIP_CONFLICTS,
  PARTNERSHIP_DECISIONS,
  PARTNERSHIP_POLICIES,
  PARTNERSHIP_RISKS,
} from '../../model/hops';
import { Partnership } from '../partnership/partnership.type';
import { PartnershipAgreementsArgs } from './agreement/agreement.inputs';
import { AGREEMENT_DEFAULT_ORDER } from './agreement/agreement.resolver';
import { AgreementConnection, AGREEMENT_NODE } from './agreement/agreement.type';
import { PartnershipComplianceChecksArgs } from './compliance-check/compliance-check.inputs';
import { COMPLIANCE_CHECK_DEFAULT_ORDER } from './compliance-check/compliance-check.resolver';
import { ComplianceCheckConnection, COMPLIANCE_CHECK_NODE } from './compliance-check/compliance-check.type';
import { PartnershipConflictsArgs } from './conflict/conflict.inputs';
import { CONFLICT_DEFAULT_ORDER } from './conflict/conflict.resolver';
import { ConflictConnection, CONFLICT_NODE } from './conflict/conflict.type';
import { PartnershipDecisionsArgs } from './decision/decision.inputs';
import { DECISION_DEFAULT_ORDER } from './decision/decision.resolver';
import { DecisionConnection, DECISION_NODE } from './decision/decision.type';
import { PartnershipPoliciesArgs } from './policy/policy.inputs';
import { POLICY_DEFAULT_ORDER } from './policy/policy.resolver';
import { PolicyConnection, POLICY_NODE } from './policy/policy.type';
import { PartnershipRisksArgs } from './risk/risk.inputs';
import { RISK_DEFAULT_ORDER } from './risk/risk.resolver';
import { RiskConnection, RISK_NODE } from './risk/risk.type';
import { orderingOf } from './shared/governance.resolve';

@Resolver(() => Partnership)
export class PartnershipGovernanceResolver {
  @FieldResolver(() => AgreementConnection, { description: 'Agreements concerning the partnership, newest first.' })
  agreements(
    @Root() partnership: Partnership,
    @Args(() => PartnershipAgreementsArgs) args: PartnershipAgreementsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const filter = { kind: args.kind, status: args.status };
    const ordering = orderingOf(args.orderBy, AGREEMENT_DEFAULT_ORDER);
    return hopConnection(
      ctx,
      info,
      AgreementConnection,
      PARTNERSHIP_AGREEMENTS,
      partnership.key,
      args,
      filter,
      ordering,
      AGREEMENT_NODE,
    );
  }

  @FieldResolver(() => PolicyConnection, { description: 'Ecosystem policies applied to the partnership, by title.' })
  policies(
    @Root() partnership: Partnership,
    @Args(() => PartnershipPoliciesArgs) args: PartnershipPoliciesArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const filter = { area: args.area, status: args.status };
    const ordering = orderingOf(args.orderBy, POLICY_DEFAULT_ORDER);
    return hopConnection(
      ctx,
      info,
      PolicyConnection,
      PARTNERSHIP_POLICIES,
      partnership.key,
      args,
      filter,
      ordering,
      POLICY_NODE,
    );
  }

  @FieldResolver(() => RiskConnection, { description: 'Risks concerning the partnership, most recently raised first.' })
  risks(
    @Root() partnership: Partnership,
    @Args(() => PartnershipRisksArgs) args: PartnershipRisksArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const filter = { status: args.status, severity: args.severity, category: args.category };
    const ordering = orderingOf(args.orderBy, RISK_DEFAULT_ORDER);
    return hopConnection(
      ctx,
      info,
      RiskConnection,
      PARTNERSHIP_RISKS,
      partnership.key,
      args,
      filter,
      ordering,
      RISK_NODE,
    );
  }

  @FieldResolver(() => DecisionConnection, { description: 'Decisions about the partnership, most recent first.' })
  decisions(
    @Root() partnership: Partnership,
    @Args(() => PartnershipDecisionsArgs) args: PartnershipDecisionsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const filter = { outcome: args.outcome };
    const ordering = orderingOf(args.orderBy, DECISION_DEFAULT_ORDER);
    return hopConnection(
      ctx,
      info,
      DecisionConnection,
      PARTNERSHIP_DECISIONS,
      partnership.key,
      args,
      filter,
      ordering,
      DECISION_NODE,
    );
  }

  @FieldResolver(() => ConflictConnection, { description: 'Conflicts within the partnership, most recent first.' })
  conflicts(
    @Root() partnership: Partnership,
    @Args(() => PartnershipConflictsArgs) args: PartnershipConflictsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const filter = { status: args.status };
    const ordering = orderingOf(args.orderBy, CONFLICT_DEFAULT_ORDER);
    return hopConnection(
      ctx,
      info,
      ConflictConnection,
      PARTNERSHIP_CONFLICTS,
      partnership.key,
      args,
      filter,
      ordering,
      CONFLICT_NODE,
    );
  }

  @FieldResolver(() => ComplianceCheckConnection, {
    description: 'Compliance checks of the partnership, most recent first.',
  })
  complianceChecks(
    @Root() partnership: Partnership,
    @Args(() => PartnershipComplianceChecksArgs) args: PartnershipComplianceChecksArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const filter = { kind: args.kind, status: args.status };
    const ordering = orderingOf(args.orderBy, COMPLIANCE_CHECK_DEFAULT_ORDER);
    return hopConnection(
      ctx,
      info,
      ComplianceCheckConnection,
      PARTNERSHIP_COMPLIANCE_CHECKS,
      partnership.key,
      args,
      filter,
      ordering,
      COMPLIANCE_CHECK_NODE,
    );
  }
}
