/**
 * Governance: agreements, policies, risks, decisions, conflicts and compliance checks, their
 * lifecycles (docs/governance.md) and the governance connections of a partnership.
 */
import type { EcographModule } from '../module';
import { AgreementResolver } from './agreement/agreement.resolver';
import { ComplianceCheckResolver } from './compliance-check/compliance-check.resolver';
import { ConflictResolver } from './conflict/conflict.resolver';
import { DecisionResolver } from './decision/decision.resolver';
import { PartnershipGovernanceResolver } from './partnership-governance.resolver';
import { PolicyResolver } from './policy/policy.resolver';
import { RiskResolver } from './risk/risk.resolver';
import { AGREEMENT_NODE } from './agreement/agreement.type';
import { COMPLIANCE_CHECK_NODE } from './compliance-check/compliance-check.type';
import { CONFLICT_NODE } from './conflict/conflict.type';
import { DECISION_NODE } from './decision/decision.type';
import { POLICY_NODE } from './policy/policy.type';
import { RISK_NODE } from './risk/risk.type';

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
  nodeTypes: [AGREEMENT_NODE, POLICY_NODE, RISK_NODE, DECISION_NODE, CONFLICT_NODE, COMPLIANCE_CHECK_NODE],
};
