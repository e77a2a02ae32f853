/**
 * Which permission each kind of record needs beyond `read` (docs/security.md). Rules are
 * attached to the schema by type and field (src/graphql/schema-guard.ts), so they hold on every path that
 * reaches the data: root fields, nested edges, node/nodes, search, exploration, subscriptions,
 * analytics and mutation payloads alike.
 *
 * Derived values (money figures and analytics about a named party) are not listed here: each
 * declares what it is derived from where it is defined (src/auth/derivation.ts).
 */
import type { Permission } from './policy';

/** Types whose every occurrence needs the permission (wherever a field returns them). */
export const SENSITIVE_TYPES: Readonly<Record<string, Permission>> = {
  Risk: 'read:sensitive',
  RiskConnection: 'read:sensitive',
  RiskEdge: 'read:sensitive',
  Agreement: 'read:sensitive',
  AgreementConnection: 'read:sensitive',
  AgreementEdge: 'read:sensitive',
  Conflict: 'read:sensitive',
  ConflictConnection: 'read:sensitive',
  ConflictEdge: 'read:sensitive',
  RiskRaisedEvent: 'read:sensitive',
  AuditEntry: 'admin',
  AuditEntryConnection: 'admin',
  // The organisation: who works on partnerships (names, roles, e-mail addresses), its
  // committees and policies. Personal data and internal structure: ADMIN only.
  TeamMember: 'admin',
  TeamMemberConnection: 'admin',
  TeamMemberEdge: 'admin',
  Committee: 'admin',
  CommitteeConnection: 'admin',
  CommitteeEdge: 'admin',
  Policy: 'admin',
  PolicyConnection: 'admin',
  PolicyEdge: 'admin',
};

/** Single fields (`Type.field`) that hold sensitive records. */
export const GUARDED_FIELDS: Readonly<Record<string, Permission>> = {
  // Counts of a partnership's risks by kind: risks are sensitive records.
  'PartnershipScorecard.riskFlags': 'read:sensitive',
};

/** Mutations only ADMIN may run (the organisation's own structure); every other one needs `write`. */
export const ADMIN_MUTATIONS: ReadonlySet<string> = new Set([
  'teamMemberCreate',
  'committeeCreate',
  'committeeAddMember',
  'committeeOversee',
  'policyCreate',
]);
