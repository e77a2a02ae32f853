/**
 * The compliance-check write statement, as a pure builder (snapshot-tested). The partnership
 * lifecycle guard looks for `(:ComplianceCheck {kind: 'DUE_DILIGENCE', status: 'PASSED'})-[:CONCERNS]->(p)`.
 */
import type { Statement } from '../../../db/gateway';
import { COMPLIANCE_CHECK } from '../../../model/nodes';
import { createConcerning } from '../shared/record.queries';

export interface ComplianceCheckWrite {
  kind: string;
  status: string;
  checkedAt: string;
}

export function recordComplianceCheck(
  id: string,
  clientKey: string | null,
  partnershipId: string,
  ownerId: string | null,
  write: ComplianceCheckWrite,
): Statement {
  const { checkedAt, ...fields } = write;
  return createConcerning(COMPLIANCE_CHECK, {
    id,
    clientKey,
    partnershipId,
    ownerId,
    fields,
    instants: { checkedAt },
  });
}
