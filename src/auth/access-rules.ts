/**
 * Which permission each part of the schema needs beyond `read` (docs/security.md). Rules are
 * attached to the schema by type and field (src/graphql/schema-guard.ts), so they hold on every path that
 * reaches the data: root fields, nested edges, node/nodes, search, exploration, subscriptions,
 * analytics and mutation payloads alike.
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
};

/** Single fields (`Type.field`). */
export const GUARDED_FIELDS: Readonly<Record<string, Permission>> = {
  // Money: amounts of value flows and the KPIs made of them.
  'ValueFlow.amount': 'read:sensitive',
  'PartnershipScorecard.value': 'read:sensitive',
  'PartnershipScorecard.roi': 'read:sensitive',
  'PartnershipScorecard.riskFlags': 'read:sensitive',
  'Query.valueConcentration': 'read:sensitive',
  // Identities behind analytics results (disclosure levels).
  'CentralityEntry.participant': 'read:identities',
  'Community.members': 'read:identities',
  'PartnerRecommendation.participant': 'read:identities',
  'SharedNeighbour.participant': 'read:identities',
  'ValueElephant.participant': 'read:identities',
  'BridgeTie.participants': 'read:identities',
  'SinglePointOfFailure.participant': 'read:identities',
  'NetworkHealth.articulationPoints': 'read:identities',
  'AtRiskPartnership.partnership': 'read:identities',
  'ParticipantKpiChanges.participant': 'read:identities',
};

/** Mutations only ADMIN may run (the organisation's own structure); every other one needs `write`. */
export const ADMIN_MUTATIONS: ReadonlySet<string> = new Set([
  'teamMemberCreate',
  'committeeCreate',
  'committeeAddMember',
  'committeeOversee',
  'policyCreate',
]);
