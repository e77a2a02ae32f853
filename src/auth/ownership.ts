/**
 * MANAGER's row rule: a mutation may touch only partnerships the manager owns or co-owns
 * ((:TeamMember)-[:OWNS]->(:Partnership)). "Touch" is read from the input: every global id in
 * it that is a partnership, or a record about one (agreement, risk, conflict, decision,
 * compliance check, goal, interaction, value flow). The manager is the TeamMember named by the
 * token's subject (its global or database id).
 */
import { decodeGlobalId } from '../core/global-id';
import type { Gateway } from '../db/gateway';
import type { Statement } from '../db/gateway';
import { ForbiddenError } from './errors';
import type { Viewer } from './viewer';

/** How each kind of record leads to its partnership; labels come from this list only. */
const PARTNERSHIP_OF: Readonly<Record<string, string>> = {
  Partnership: 'MATCH (p:Partnership {id: $key}) RETURN p.id AS partnership',
  Agreement: 'MATCH (:Agreement {id: $key})-[:CONCERNS]->(p:Partnership) RETURN p.id AS partnership',
  Risk: 'MATCH (:Risk {id: $key})-[:CONCERNS]->(p:Partnership) RETURN p.id AS partnership',
  Conflict: 'MATCH (:Conflict {id: $key})-[:CONCERNS]->(p:Partnership) RETURN p.id AS partnership',
  Decision: 'MATCH (:Decision {id: $key})-[:CONCERNS]->(p:Partnership) RETURN p.id AS partnership',
  ComplianceCheck: 'MATCH (:ComplianceCheck {id: $key})-[:CONCERNS]->(p:Partnership) RETURN p.id AS partnership',
  Goal: 'MATCH (:Goal {id: $key})-[:FOR]->(p:Partnership) RETURN p.id AS partnership',
  Interaction: 'MATCH (:Interaction {id: $key})-[:WITHIN]->(p:Partnership) RETURN p.id AS partnership',
  ValueFlow: 'MATCH ()-[f:VALUE_FLOW {id: $key}]->() RETURN f.partnershipId AS partnership',
};

const NOT_OWNED: Statement['cypher'] = `UNWIND $partnerships AS key
MATCH (p:Partnership {id: key})
WHERE NOT EXISTS { (:TeamMember {id: $me})-[:OWNS]->(p) }
RETURN p.id AS partnership, p.name AS name`;

/** Every global id anywhere in the input, decoded. */
function referencedIds(value: unknown, found: { type: string; key: string }[] = []) {
  if (typeof value === 'string') {
    const decoded = decodeGlobalId(value);
    if (decoded && PARTNERSHIP_OF[decoded.type]) found.push({ type: decoded.type, key: decoded.id });
  } else if (Array.isArray(value)) {
    for (const item of value) referencedIds(item, found);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) referencedIds(item, found);
  }
  return found;
}

function teamMemberKey(viewer: Viewer): string {
  const decoded = decodeGlobalId(viewer.id);
  return decoded?.type === 'TeamMember' ? decoded.id : viewer.id;
}

/** Throws FORBIDDEN naming the first partnership the manager does not own. */
export async function assertOwnsTouchedPartnerships(db: Gateway, viewer: Viewer, input: unknown): Promise<void> {
  const refs = referencedIds(input);
  if (refs.length === 0) return;
  const partnerships = new Set<string>();
  for (const ref of refs) {
    const rows = await db.readRows({ cypher: PARTNERSHIP_OF[ref.type], params: { key: ref.key } });
    for (const row of rows) if (row.partnership) partnerships.add(String(row.partnership));
  }
  if (partnerships.size === 0) return;
  const [notOwned] = await db.readRows({
    cypher: NOT_OWNED,
    params: { partnerships: [...partnerships], me: teamMemberKey(viewer) },
  });
  if (notOwned) {
    throw new ForbiddenError(
      `A MANAGER changes only partnerships they own: "${String(notOwned.name)}" is not owned by ${viewer.id}`,
    );
  }
}
