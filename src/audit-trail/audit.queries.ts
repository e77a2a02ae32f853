/** Cypher of the audit trail (parameterised; labels only from the model's node specs). */
import type { Statement } from '../db/gateway';

export function snapshotOf(label: string, key: string): Statement {
  return { cypher: `MATCH (n:\`${label}\` {id: $key}) RETURN properties(n) AS props`, params: { key } };
}

export interface AuditRecord {
  actor: string;
  actorRole: string;
  operation: string;
  subjectType: string | null;
  subjectId: string | null;
  input: string;
  changes: string | null;
}

export function recordAudit(entry: AuditRecord): Statement {
  return {
    cypher: `CREATE (a:AuditEntry {id: randomUUID(), at: datetime()}) SET a += $entry`,
    params: { entry },
  };
}
