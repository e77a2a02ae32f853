/**
 * MANAGER's row rule: a mutation may touch only partnerships the manager owns or co-owns
 * ((:TeamMember)-[:OWNS]->(:Partnership)). "Touch" is read from the input: every global id in
 * it that is a partnership, or a record that leads to one — OWNERSHIP in ownership.queries.ts
 * declares the way for every Node type, and the schema does not build while a type lacks it
 * (ownershipGaps). The manager is the TeamMember named by the token's subject (its global or
 * database id).
 *
 * The check is a write hook: it runs inside each of the mutation's write transactions, before
 * its work, so what it read cannot change before the write commits; a refusal rolls it back.
 */
import { isInterfaceType, type GraphQLSchema } from 'graphql';
import { decodeGlobalId } from '../core/global-id';
import type { Tx, WriteHook } from '../db/gateway';
import { ForbiddenError } from './errors';
import { OWNERSHIP, PARTNERSHIP_OF, partnershipsNotOwned, type RecordRef } from './ownership.queries';
import type { Viewer } from './viewer';

/** Every global id anywhere in the input that leads to a partnership, decoded. */
export function referencedRecords(value: unknown, found: RecordRef[] = []): RecordRef[] {
  if (typeof value === 'string') {
    const decoded = decodeGlobalId(value);
    if (decoded && PARTNERSHIP_OF[decoded.type]) found.push({ type: decoded.type, key: decoded.id });
  } else if (Array.isArray(value)) {
    for (const item of value) referencedRecords(item, found);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) referencedRecords(item, found);
  }
  return found;
}

/** Node types of `schema` without an ownership rule (a new type must declare one). */
export function ownershipGaps(schema: GraphQLSchema): string[] {
  const node = schema.getType('Node');
  if (!isInterfaceType(node)) return [];
  return schema
    .getImplementations(node)
    .objects.map((type) => type.name)
    .filter((name) => OWNERSHIP[name] === undefined);
}

/** The TeamMember a viewer is (its token's subject: a global or a database id). */
export function teamMemberKey(viewer: Viewer): string {
  const decoded = decodeGlobalId(viewer.id);
  return decoded?.type === 'TeamMember' ? decoded.id : viewer.id;
}

/** Throws FORBIDDEN naming the first partnership the manager does not own. */
export async function assertOwnsTouchedPartnerships(tx: Tx, viewer: Viewer, input: unknown): Promise<void> {
  const refs = referencedRecords(input);
  if (refs.length === 0) return;
  const [notOwned] = await tx.run(partnershipsNotOwned(refs, teamMemberKey(viewer)));
  if (notOwned) {
    throw new ForbiddenError(
      `A MANAGER changes only partnerships they own: "${String(notOwned.name)}" is not owned by ${viewer.id}`,
    );
  }
}

/** The row rule of one request, armed by the mutation guard when the viewer owns only some rows. */
export class OwnershipRule implements WriteHook {
  private input: { value: unknown } | undefined;

  constructor(private readonly viewer: Viewer) {}

  /** From now on every write transaction of this request checks `input` first. */
  arm(input: unknown): void {
    this.input = { value: input };
  }

  async around<T>(tx: Tx, work: () => Promise<T>): Promise<T> {
    if (this.input) await assertOwnsTouchedPartnerships(tx, this.viewer, this.input.value);
    return work();
  }
}
