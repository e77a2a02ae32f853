/**
 * The agreement write statements, as pure builders (snapshot-tested). Reads come from the
 * generic builders over AGREEMENT. `status` strings and the CONCERNS direction are what the
 * partnership lifecycle guard looks for (an EXECUTED agreement before IMPLEMENTATION).
 */
import type { Statement } from '../../../db/gateway';
import { AGREEMENT } from '../../../model/nodes';
import { createConcerning, updateRecord } from '../shared/record.queries';

export interface AgreementWrite {
  title: string;
  kind: string;
  status: string;
  expiresAt: string | null;
}

export function createAgreement(
  id: string,
  clientKey: string | null,
  partnershipId: string,
  write: AgreementWrite,
): Statement {
  const { expiresAt, ...fields } = write;
  return createConcerning(AGREEMENT, { id, clientKey, partnershipId, ownerId: null, fields, instants: { expiresAt } });
}

/** Marks it EXECUTED at `signedAt`, optionally setting the end of the term. */
export function executeAgreement(id: string, signedAt: string, expiresAt: string | null): Statement {
  return updateRecord(AGREEMENT, id, { status: 'EXECUTED' }, { signedAt, ...(expiresAt ? { expiresAt } : {}) });
}

/** Sets a new status; EXPIRED also records when (`expiresAt`). */
export function setAgreementStatus(id: string, status: string, expiresAt: string | null): Statement {
  return updateRecord(AGREEMENT, id, { status }, expiresAt ? { expiresAt } : {});
}
