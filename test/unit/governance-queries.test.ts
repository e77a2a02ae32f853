/** Snapshots of the governance write statements (Cypher + parameters), reviewed in diffs. */
import { AGREEMENT, RISK } from '../../src/model/nodes';
import * as agreement from '../../src/modules/governance/agreement/agreement.queries';
import * as complianceCheck from '../../src/modules/governance/compliance-check/compliance-check.queries';
import * as conflict from '../../src/modules/governance/conflict/conflict.queries';
import * as decision from '../../src/modules/governance/decision/decision.queries';
import * as policy from '../../src/modules/governance/policy/policy.queries';
import * as risk from '../../src/modules/governance/risk/risk.queries';
import * as shared from '../../src/modules/governance/shared/record.queries';

const AT = '2026-01-01T00:00:00.000Z';
const LATER = '2026-06-30T00:00:00.000Z';

describe('governance write statements', () => {
  it.each([
    ['recordByClientKey', () => shared.recordByClientKey(AGREEMENT, 'key-12345')],
    ['lockRecord', () => shared.lockRecord(RISK, 'r-1')],
    [
      'createAgreement',
      () =>
        agreement.createAgreement('a-1', 'key-12345', 'p-1', {
          title: 'Master Partnership Agreement',
          kind: 'MASTER_AGREEMENT',
          status: 'DRAFT',
          expiresAt: null,
        }),
    ],
    ['executeAgreement', () => agreement.executeAgreement('a-1', AT, null)],
    ['executeAgreement with a term', () => agreement.executeAgreement('a-1', AT, LATER)],
    ['setAgreementStatus', () => agreement.setAgreementStatus('a-1', 'TERMINATED', null)],
    ['setAgreementStatus EXPIRED', () => agreement.setAgreementStatus('a-1', 'EXPIRED', AT)],
    [
      'createPolicy',
      () =>
        policy.createPolicy('po-1', null, ['p-1', 'p-2'], {
          title: 'Responsible AI',
          area: 'ETHICS',
          status: 'ACTIVE',
          effectiveAt: AT,
        }),
    ],
    ['applyPolicy', () => policy.applyPolicy('po-1', 'p-1')],
    [
      'raiseRisk (owned)',
      () =>
        risk.raiseRisk('r-1', 'key-12345', 'p-1', 't-1', {
          title: 'Key engineer leaving',
          category: 'OPERATIONAL',
          severity: 'HIGH',
          likelihood: 0.4,
          status: 'OPEN',
          raisedAt: AT,
          dueAt: LATER,
        }),
    ],
    [
      'raiseRisk (no owner)',
      () =>
        risk.raiseRisk('r-1', null, 'p-1', null, {
          title: 'Data leak',
          category: 'SECURITY',
          severity: 'CRITICAL',
          likelihood: 0.1,
          status: 'OPEN',
          raisedAt: AT,
          dueAt: LATER,
        }),
    ],
    ['updateRisk', () => risk.updateRisk('r-1', { severity: 'LOW', status: 'MITIGATING', dueAt: LATER })],
    ['updateRisk without dueAt', () => risk.updateRisk('r-1', { likelihood: 0.2 })],
    [
      'recordDecision',
      () =>
        decision.recordDecision('d-1', null, 'p-1', 't-1', {
          title: 'Proceed to negotiation',
          outcome: 'APPROVED',
          rationale: 'Due diligence passed',
          decidedAt: AT,
        }),
    ],
    [
      'openConflict',
      () => conflict.openConflict('c-1', 'key-12345', 'p-1', { title: 'IP dispute', status: 'OPEN', openedAt: AT }),
    ],
    ['escalateConflict', () => conflict.escalateConflict('c-1')],
    ['resolveConflict', () => conflict.resolveConflict('c-1', LATER)],
    [
      'recordComplianceCheck',
      () =>
        complianceCheck.recordComplianceCheck('cc-1', null, 'p-1', null, {
          kind: 'DUE_DILIGENCE',
          status: 'PASSED',
          checkedAt: AT,
        }),
    ],
  ])('%s', (_name, build) => {
    expect(build()).toMatchSnapshot();
  });
});
