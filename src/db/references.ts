/**
 * Checks inside a write transaction that the nodes a mutation refers to exist (with the
 * right label), so a dangling reference becomes a NOT_FOUND userError, not a silent no-op.
 */
import { UserErrorCode, userError, type UserError } from '../core/user-error';
import { identifier } from './cypher';
import type { Tx } from './gateway';

export interface Reference {
  /** Input path, e.g. "input.partnershipId". */
  field: string;
  label: string;
  id: string;
}

/** NOT_FOUND userErrors for the references that do not exist; one round trip per label. */
export async function missingReferences(tx: Tx, references: Reference[]): Promise<UserError[]> {
  const byLabel = new Map<string, Reference[]>();
  for (const ref of references) byLabel.set(ref.label, [...(byLabel.get(ref.label) ?? []), ref]);
  const errors: UserError[] = [];
  for (const [label, refs] of byLabel) {
    const rows = await tx.run({
      cypher: `UNWIND $ids AS id OPTIONAL MATCH (n:${identifier(label)} {id: id}) RETURN id, n IS NOT NULL AS found`,
      params: { ids: refs.map((ref) => ref.id) },
    });
    const found = new Set(rows.filter((row) => row.found).map((row) => String(row.id)));
    for (const ref of refs) {
      if (!found.has(ref.id)) {
        errors.push(
          userError(ref.field.split('.'), UserErrorCode.NOT_FOUND, `no ${label} has the id given in ${ref.field}`),
        );
      }
    }
  }
  return errors;
}
