/** Refuses engagement records naming participants that are not parties of the partnership. */
import { UserErrorCode, userError, type UserError } from '../../core/user-error';
import type { Tx } from '../../db/gateway';
import { nonParties } from './party.queries';

export interface PartyReference {
  /** Input path, e.g. "input.participantIds.0". */
  field: string;
  id: string;
}

/** INVALID userErrors for the references that are not parties; one round trip. */
export async function nonPartyErrors(
  tx: Tx,
  partnershipId: string,
  references: readonly PartyReference[],
): Promise<UserError[]> {
  const rows = await tx.run(
    nonParties(
      partnershipId,
      references.map((ref) => ref.id),
    ),
  );
  const outsiders = new Set(rows.map((row) => String(row.participantId)));
  return references
    .filter((ref) => outsiders.has(ref.id))
    .map((ref) =>
      userError(
        ref.field.split('.'),
        UserErrorCode.INVALID,
        `the participant given in ${ref.field} is not a party of the partnership given in input.partnershipId`,
      ),
    );
}
