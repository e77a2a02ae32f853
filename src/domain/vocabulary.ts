/**
 * The closed sets of the ecosystem's vocabulary, declared once (`as const`): the API's GraphQL
 * enums are registered from them (domain/enum.ts), the engagement weighting keys its table by
 * them, and the demo generator draws from them. The values are a contract with the API and the
 * stored graph: see docs/data-model.md.
 */

export const PARTICIPANT_KINDS = [
  'COMPANY',
  'STARTUP',
  'UNIVERSITY',
  'RESEARCH_INSTITUTE',
  'GOVERNMENT',
  'INVESTOR',
  'COMMUNITY',
  'INDIVIDUAL',
] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

export const TIERS = ['STRATEGIC', 'CORE', 'STANDARD', 'EMERGING'] as const;
export type Tier = (typeof TIERS)[number];

export const PARTICIPANT_STATUSES = ['PROSPECT', 'ACTIVE', 'DORMANT', 'EXITED'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

export const PARTNERSHIP_TYPES = ['TECHNOLOGY', 'BUSINESS', 'RESEARCH', 'INNOVATION'] as const;
export type PartnershipType = (typeof PARTNERSHIP_TYPES)[number];

export const SUBTYPES = {
  TECHNOLOGY: ['PLATFORM', 'TOOL', 'INFRASTRUCTURE', 'API'],
  BUSINESS: ['MARKET', 'CHANNEL', 'CUSTOMER', 'SUPPLIER'],
  RESEARCH: ['ACADEMIC', 'INSTITUTIONAL', 'GOVERNMENT', 'INDUSTRY', 'INTERNATIONAL'],
  INNOVATION: ['JOINT_DEVELOPMENT', 'INNOVATION_LAB', 'ACCELERATOR', 'CO_CREATION'],
} as const;
export type PartnershipSubtype = (typeof SUBTYPES)[PartnershipType][number];

/** Lifecycle order; TERMINATED is reachable from any stage. */
export const STAGES = [
  'IDENTIFICATION',
  'EVALUATION',
  'NEGOTIATION',
  'IMPLEMENTATION',
  'MANAGEMENT',
  'RENEWAL',
  'TERMINATED',
] as const;
export type Stage = (typeof STAGES)[number];

export const PARTY_ROLES = ['LEAD', 'PARTNER', 'SPONSOR', 'OBSERVER'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const INTERACTION_KINDS = [
  'MEETING',
  'JOINT_WORK',
  'CO_MARKETING',
  'REFERRAL',
  'EVENT',
  'SUPPORT',
  'CONTRIBUTION',
  'REVIEW',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const VALUE_FLOW_KINDS = ['REVENUE', 'REFERRAL', 'FUNDING', 'COST', 'DATA', 'IP', 'COMPUTE', 'IN_KIND'] as const;
export type ValueFlowKind = (typeof VALUE_FLOW_KINDS)[number];

export const INITIATIVE_KINDS = [
  'JOINT_PROJECT',
  'INNOVATION_LAB',
  'CHALLENGE',
  'HACKATHON',
  'SPRINT',
  'RESEARCH_PROGRAM',
  'PUBLICATION',
  'CONFERENCE',
] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

export const INITIATIVE_STATUSES = ['PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export const CONTRIBUTOR_ROLES = ['LEAD', 'CONTRIBUTOR', 'SPONSOR'] as const;
export type ContributorRole = (typeof CONTRIBUTOR_ROLES)[number];

export const AGREEMENT_KINDS = [
  'NDA',
  'MOU',
  'MASTER_AGREEMENT',
  'DATA_SHARING',
  'IP_LICENSE',
  'JOINT_VENTURE',
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const AGREEMENT_STATUSES = ['DRAFT', 'NEGOTIATING', 'EXECUTED', 'EXPIRED', 'TERMINATED'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const RISK_CATEGORIES = [
  'STRATEGIC',
  'OPERATIONAL',
  'FINANCIAL',
  'LEGAL',
  'REPUTATIONAL',
  'SECURITY',
  'ETHICAL',
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export const RISK_SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type RiskSeverity = (typeof RISK_SEVERITIES)[number];

export const RISK_STATUSES = ['OPEN', 'MITIGATING', 'CLOSED'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export const DECISION_OUTCOMES = ['APPROVED', 'REJECTED', 'DEFERRED'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const CONFLICT_STATUSES = ['OPEN', 'ESCALATED', 'RESOLVED'] as const;
export type ConflictStatus = (typeof CONFLICT_STATUSES)[number];

export const COMPLIANCE_KINDS = [
  'DUE_DILIGENCE',
  'SECURITY_REVIEW',
  'DATA_PROTECTION',
  'ETHICS_REVIEW',
  'REGULATORY',
] as const;
export type ComplianceKind = (typeof COMPLIANCE_KINDS)[number];

export const COMPLIANCE_STATUSES = ['PENDING', 'PASSED', 'FAILED'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

export const POLICY_AREAS = ['DATA_SHARING', 'IP', 'SECURITY', 'ETHICS', 'COMPLIANCE', 'ENGAGEMENT'] as const;
export type PolicyArea = (typeof POLICY_AREAS)[number];

export const POLICY_STATUSES = ['DRAFT', 'ACTIVE', 'RETIRED'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

export const COMMITTEE_KINDS = ['STEERING', 'ADVISORY', 'WORKING_GROUP', 'ETHICS_BOARD'] as const;
export type CommitteeKind = (typeof COMMITTEE_KINDS)[number];

export const TEAM_ROLES = [
  'CHIEF_PARTNERSHIP_OFFICER',
  'VP_STRATEGIC_PARTNERSHIPS',
  'DIRECTOR_AI_PARTNERSHIPS',
  'PARTNERSHIP_MANAGER',
  'ECOSYSTEM_MANAGER',
  'ANALYST',
] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const GOAL_HORIZONS = ['SHORT', 'MEDIUM', 'LONG'] as const;
export type GoalHorizon = (typeof GOAL_HORIZONS)[number];

export const GOAL_METRICS = ['value', 'engagement', 'satisfaction', 'initiatives', 'active_partnerships'] as const;
export type GoalMetric = (typeof GOAL_METRICS)[number];
