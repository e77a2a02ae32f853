/**
 * The rows the generator emits, one type per batch kind. They are the `$rows` parameter of
 * the UNWIND statements in statements.ts: flat JSON-friendly values, instants as ISO strings,
 * relationships as id lists on the row that owns them.
 */
import type {
  AgreementKind,
  AgreementStatus,
  CommitteeKind,
  ComplianceKind,
  ComplianceStatus,
  ConflictStatus,
  ContributorRole,
  DecisionOutcome,
  GoalHorizon,
  GoalMetric,
  InitiativeKind,
  InitiativeStatus,
  InteractionKind,
  ParticipantKind,
  ParticipantStatus,
  PartnershipSubtype,
  PartnershipType,
  PartyRole,
  PolicyArea,
  PolicyStatus,
  Region,
  RiskCategory,
  RiskSeverity,
  RiskStatus,
  Sector,
  Stage,
  TeamRole,
  Tier,
  ValueFlowKind,
} from './vocabulary';

/** ISO-8601 instant, e.g. 2025-03-01T09:30:00.000Z. */
export type Instant = string;

interface Timestamps {
  createdAt: Instant;
  updatedAt: Instant;
}

export interface TeamMemberRow extends Timestamps {
  id: string;
  name: string;
  role: TeamRole;
  email: string;
}

export interface CommitteeRow extends Timestamps {
  id: string;
  name: string;
  kind: CommitteeKind;
  memberIds: string[];
}

export interface PolicyRow extends Timestamps {
  id: string;
  title: string;
  area: PolicyArea;
  status: PolicyStatus;
  effectiveAt: Instant;
}

export interface ParticipantRow extends Timestamps {
  id: string;
  name: string;
  kind: ParticipantKind;
  sector: Sector;
  region: Region;
  tier: Tier;
  status: ParticipantStatus;
  joinedAt: Instant;
  /** When it exited (null unless EXITED). */
  exitedAt: Instant | null;
  externalId: string;
}

export interface PartnershipRow extends Timestamps {
  id: string;
  name: string;
  type: PartnershipType;
  subtype: PartnershipSubtype;
  stage: Stage;
  strategicAlignment: number;
  startedAt: Instant;
  endsAt: Instant | null;
  parties: { participantId: string; role: PartyRole }[];
  ownerIds: string[];
}

export interface StageChangeRow extends Timestamps {
  id: string;
  partnershipId: string;
  from: Stage | null;
  to: Stage;
  at: Instant;
  reason: string;
  by: string;
}

export interface AgreementRow extends Timestamps {
  id: string;
  partnershipId: string;
  title: string;
  kind: AgreementKind;
  status: AgreementStatus;
  signedAt: Instant | null;
  expiresAt: Instant | null;
}

export interface ComplianceCheckRow extends Timestamps {
  id: string;
  partnershipId: string;
  ownerId: string;
  kind: ComplianceKind;
  status: ComplianceStatus;
  checkedAt: Instant;
}

export interface RiskRow extends Timestamps {
  id: string;
  partnershipId: string;
  ownerId: string;
  title: string;
  category: RiskCategory;
  severity: RiskSeverity;
  likelihood: number;
  status: RiskStatus;
  raisedAt: Instant;
  dueAt: Instant;
}

export interface DecisionRow extends Timestamps {
  id: string;
  partnershipId: string;
  ownerId: string;
  title: string;
  outcome: DecisionOutcome;
  decidedAt: Instant;
  rationale: string;
}

export interface ConflictRow extends Timestamps {
  id: string;
  partnershipId: string;
  title: string;
  status: ConflictStatus;
  openedAt: Instant;
  resolvedAt: Instant | null;
}

/** A relationship between two existing nodes (APPLIES_TO, OVERSEES). */
export interface LinkRow {
  fromId: string;
  toId: string;
}

export interface InitiativeRow extends Timestamps {
  id: string;
  partnershipId: string;
  name: string;
  kind: InitiativeKind;
  status: InitiativeStatus;
  startsAt: Instant;
  endsAt: Instant;
  contributors: { participantId: string; role: ContributorRole }[];
}

export interface GoalProgressRow extends Timestamps {
  id: string;
  at: Instant;
  value: number;
  note: string;
}

export interface GoalRow extends Timestamps {
  id: string;
  /** Null for ecosystem-level goals. */
  partnershipId: string | null;
  ownerId: string;
  title: string;
  horizon: GoalHorizon;
  metric: GoalMetric;
  target: number;
  actual: number;
  due: Instant;
  progress: GoalProgressRow[];
}

export interface SurveyRow extends Timestamps {
  id: string;
  partnershipId: string;
  participantId: string;
  score: number;
  at: Instant;
  comment: string;
}

export interface InteractionRow extends Timestamps {
  id: string;
  partnershipId: string;
  kind: InteractionKind;
  at: Instant;
  weight: number;
  note: string;
  participantIds: string[];
}

export interface ValueFlowRow extends Timestamps {
  id: string;
  fromId: string;
  toId: string;
  partnershipId: string;
  kind: ValueFlowKind;
  amount: number;
  currency: 'USD';
  at: Instant;
}

/** Batch kind → row type. The order of keys is the order batches are flushed in. */
export interface RowsByKind {
  TeamMember: TeamMemberRow;
  Committee: CommitteeRow;
  Policy: PolicyRow;
  Participant: ParticipantRow;
  Partnership: PartnershipRow;
  StageChange: StageChangeRow;
  Agreement: AgreementRow;
  ComplianceCheck: ComplianceCheckRow;
  Risk: RiskRow;
  Decision: DecisionRow;
  Conflict: ConflictRow;
  APPLIES_TO: LinkRow;
  OVERSEES: LinkRow;
  Initiative: InitiativeRow;
  Goal: GoalRow;
  Survey: SurveyRow;
  Interaction: InteractionRow;
  VALUE_FLOW: ValueFlowRow;
}

export type BatchKind = keyof RowsByKind;

/** One generated row, tagged with its batch kind. */
export type SeedRecord = { [K in BatchKind]: { kind: K; row: RowsByKind[K] } }[BatchKind];

/**
 * Tells the batcher to write everything buffered before going on: later records MATCH
 * nodes created by earlier ones.
 */
export interface Barrier {
  kind: 'barrier';
}

export type SeedItem = SeedRecord | Barrier;
