/** The conflict write statements, as pure builders (snapshot-tested). */
import type { Statement } from '../../../db/gateway';
import { CONFLICT } from '../../../model/nodes';
import { createConcerning, updateRecord } from '../shared/record.queries';

export interface ConflictWrite {
  title: string;
  status: string;
  openedAt: string;
}

export function openConflict(
  id: string,
  clientKey: string | null,
  partnershipId: string,
  write: ConflictWrite,
): Statement {
  const { openedAt, ...fields } = write;
  return createConcerning(CONFLICT, { id, clientKey, partnershipId, ownerId: null, fields, instants: { openedAt } });
}

export function escalateConflict(id: string): Statement {
  return updateRecord(CONFLICT, id, { status: 'ESCALATED' }, {});
}

export function resolveConflict(id: string, resolvedAt: string): Statement {
  return updateRecord(CONFLICT, id, { status: 'RESOLVED' }, { resolvedAt });
}
