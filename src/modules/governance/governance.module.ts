/**
 * Governance: agreements, policies, risks, decisions, conflicts and compliance checks, their
 * lifecycles (docs/governance.md) and the governance connections of a partnership.
 */
import { AGREEMENT, COMPLIANCE_CHECK, CONFLICT, DECISION, POLICY, RISK } from '../../model/nodes';
import type { EcographModule } from '../module';
import { AgreementResolver, toAgreement } from './agreement/agreement.resolver';
import { ComplianceCheckResolver, toComplianceCheck } from './compliance-check/compliance-check.resolver';
import { ConflictResolver, toConflict } from './conflict/conflict.resolver';
import { DecisionResolver, toDecision } from './decision/decision.resolver';
import { PartnershipGovernanceResolver } from './partnership-governance.resolver';
import { PolicyResolver, toPolicy } from './policy/policy.resolver';
import { RiskResolver, toRisk } from './risk/risk.resolver';

export const governanceModule: EcographModule = {
  name: 'governance',
  resolvers: [
    AgreementResolver,
    PolicyResolver,
    RiskResolver,
    DecisionResolver,
    ConflictResolver,
    ComplianceCheckResolver,
    PartnershipGovernanceResolver,
  ],
  nodeTypes: [
    { spec: AGREEMENT, toNode: toAgreement },
    { spec: POLICY, toNode: toPolicy },
    { spec: RISK, toNode: toRisk },
    { spec: DECISION, toNode: toDecision },
    { spec: CONFLICT, toNode: toConflict },
    { spec: COMPLIANCE_CHECK, toNode: toComplianceCheck },
  ],
};
