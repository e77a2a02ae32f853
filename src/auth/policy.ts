/**
 * Who may do what — the one place the rules live (docs/security.md). Everything else asks
 * `can(viewer, permission)`.
 *
 * | permission        | ADMIN | MANAGER | ANALYST          | VIEWER           |
 * | ----------------- | ----- | ------- | ---------------- | ---------------- |
 * | read              | ✓     | ✓       | ✓                | ✓                |
 * | read:sensitive    | ✓     | ✓       | ✓                | –                |
 * | read:identities   | ✓     | ✓       | disclosure level | disclosure level |
 * | write             | ✓     | ✓ (own) | –                | –                |
 * | admin             | ✓     | –       | –                | –                |
 *
 * `read:sensitive`: risks, conflicts, agreements, and every value derived from money (value-flow
 * amounts and what is computed from or measured in them: src/auth/derivation.ts, MONEY).
 * `read:identities`: analytics tied to a named participant or partnership (its centralities,
 * rank, community, engagement) and who stands behind analytics results (ranking entries,
 * community members, recommendations, elephants, bridges): PARTY_ANALYTICS. With the AGGREGATE
 * disclosure level a role sees the ecosystem's numbers, distributions and anonymous rankings,
 * never tied to a name. `admin`: the organisation (team members, committees, policies) and the
 * audit trail. MANAGER writes only partnerships they (co-)own.
 */
import type { Role } from './roles';
import type { Viewer } from './viewer';

export type Permission = 'read' | 'read:sensitive' | 'read:identities' | 'write' | 'admin';
export type Disclosure = 'FULL' | 'AGGREGATE';

export interface DisclosureLevels {
  ANALYST: Disclosure;
  VIEWER: Disclosure;
}

const GRANTS: Record<Role, readonly Permission[]> = {
  ADMIN: ['read', 'read:sensitive', 'read:identities', 'write', 'admin'],
  MANAGER: ['read', 'read:sensitive', 'read:identities', 'write'],
  ANALYST: ['read', 'read:sensitive'],
  VIEWER: ['read'],
};

/** The defaults of DISCLOSURE_ANALYST / DISCLOSURE_VIEWER. */
export const DEFAULT_DISCLOSURE: DisclosureLevels = { ANALYST: 'FULL', VIEWER: 'AGGREGATE' };

export class Policy {
  constructor(private readonly disclosure: DisclosureLevels = DEFAULT_DISCLOSURE) {}

  can(viewer: Viewer, permission: Permission): boolean {
    if (GRANTS[viewer.role].includes(permission)) return true;
    if (permission !== 'read:identities') return false;
    return (viewer.role === 'ANALYST' || viewer.role === 'VIEWER') && this.disclosure[viewer.role] === 'FULL';
  }

  /** Whether MANAGER's ownership rule applies to this caller's writes. */
  ownsOnly(viewer: Viewer): boolean {
    return viewer.role === 'MANAGER';
  }
}
