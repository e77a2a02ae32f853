/** The to-one hops of the governance records, built once so their loaders are shared. */
import { ownerOf, partnershipOf } from '../../../model/hops';
import { AGREEMENT, COMPLIANCE_CHECK, CONFLICT, DECISION, RISK } from '../../../model/nodes';

export const AGREEMENT_PARTNERSHIP = partnershipOf(AGREEMENT, 'CONCERNS');
export const RISK_PARTNERSHIP = partnershipOf(RISK, 'CONCERNS');
export const DECISION_PARTNERSHIP = partnershipOf(DECISION, 'CONCERNS');
export const CONFLICT_PARTNERSHIP = partnershipOf(CONFLICT, 'CONCERNS');
export const COMPLIANCE_CHECK_PARTNERSHIP = partnershipOf(COMPLIANCE_CHECK, 'CONCERNS');

export const RISK_OWNER = ownerOf(RISK);
export const DECISION_OWNER = ownerOf(DECISION);
export const COMPLIANCE_CHECK_OWNER = ownerOf(COMPLIANCE_CHECK);
