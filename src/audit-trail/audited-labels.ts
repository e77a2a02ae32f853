/** Node labels whose before/after the audit trail records: every node type of the model. */
import * as nodes from '../model/nodes';
import type { NodeSpec } from '../db/node-spec';

export const AUDITED_LABELS: ReadonlySet<string> = new Set(
  Object.values(nodes as Record<string, unknown>)
    .filter((spec): spec is NodeSpec => typeof spec === 'object' && spec !== null && 'label' in spec)
    .map((spec) => spec.label)
    .filter((label) => label !== 'AuditEntry'),
);
