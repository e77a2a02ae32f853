/** The risk write statements, as pure builders (snapshot-tested). */
import type { Statement } from '../../../db/gateway';
import { RISK } from '../../../model/nodes';
import { createConcerning, updateRecord, type Fields } from '../shared/record.queries';

export interface RiskWrite {
  title: string;
  category: string;
  severity: string;
  likelihood: number;
  status: string;
  raisedAt: string;
  dueAt: string;
}

export function raiseRisk(
  id: string,
  clientKey: string | null,
  partnershipId: string,
  ownerId: string | null,
  write: RiskWrite,
): Statement {
  const { raisedAt, dueAt, ...fields } = write;
  return createConcerning(RISK, { id, clientKey, partnershipId, ownerId, fields, instants: { raisedAt, dueAt } });
}

export interface RiskChanges {
  severity?: string;
  likelihood?: number;
  status?: string;
  dueAt?: string;
}

export function updateRisk(id: string, changes: RiskChanges): Statement {
  const { dueAt, ...rest } = changes;
  const fields: Fields = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  return updateRecord(RISK, id, fields, dueAt ? { dueAt } : {});
}
