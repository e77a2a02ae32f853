export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A field whose value is a Currency: https://en.wikipedia.org/wiki/ISO_4217. */
  Currency: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: unknown; output: unknown; }
};

/** The roles of docs/security.md. */
export type AccessRole =
  | 'ADMIN'
  | 'ANALYST'
  | 'MANAGER'
  | 'VIEWER';

/** One entry of the activity feed. */
export type ActivityEvent = LiveEvent & {
  __typename?: 'ActivityEvent';
  /** When the change was committed (KPIs: computed). */
  at: Scalars['DateTime']['output'];
  /** Unique per event. */
  eventId: Scalars['ID']['output'];
  kind: EventKind;
  /** Position in the outbox: unique, gap-free and increasing in commit order over all replicas. Pass the last one you received as `after` to resume. Null for KPI updates (computed per replica, not stored). */
  sequence?: Maybe<Scalars['Int']['output']>;
  /** The main object concerned (global id). */
  subjectId?: Maybe<Scalars['ID']['output']>;
  /** One line for activity panels. */
  summary: Scalars['String']['output'];
  /** Graph version after the change (KPIs: the version they were computed from). */
  version: Scalars['Int']['output'];
};

/** A contract concerning one partnership. */
export type Agreement = Node & {
  __typename?: 'Agreement';
  createdAt: Scalars['DateTime']['output'];
  /** End of its term; when it expired once EXPIRED. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global id; pass it back to `node(id:)`. */
  id: Scalars['ID']['output'];
  kind: AgreementKind;
  /** The partnership the agreement concerns. */
  partnership: Partnership;
  /** When it was executed (signed by all parties). */
  signedAt?: Maybe<Scalars['DateTime']['output']>;
  status: AgreementStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of agreements. */
export type AgreementConnection = {
  __typename?: 'AgreementConnection';
  edges: Array<AgreementEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Agreement>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AgreementCreateInput = {
  /** Idempotency key (8..200 characters): a retry with the same key returns the first agreement. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** End of the planned term; may be in the future. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  kind: AgreementKind;
  /** The partnership the agreement concerns. */
  partnershipId: Scalars['ID']['input'];
  /** DRAFT or NEGOTIATING; an agreement becomes EXECUTED through agreementExecute. */
  status?: AgreementStatus;
  /** 3..200 characters. */
  title: Scalars['String']['input'];
};

export type AgreementCreatePayload = {
  __typename?: 'AgreementCreatePayload';
  agreement?: Maybe<Agreement>;
  userErrors: Array<UserError>;
};

export type AgreementEdge = {
  __typename?: 'AgreementEdge';
  /** Opaque cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  node: Agreement;
};

export type AgreementExecuteInput = {
  /** Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** End of the term, not before signedAt. Default: keep the one set at creation. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  /** Default: now. Not in the future. */
  signedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AgreementExecutePayload = {
  __typename?: 'AgreementExecutePayload';
  agreement?: Maybe<Agreement>;
  userErrors: Array<UserError>;
};

/** Filters combine with AND; list values within one filter combine with OR. */
export type AgreementFilter = {
  kind?: InputMaybe<Array<AgreementKind>>;
  /** Only agreements concerning this partnership. */
  partnership?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<AgreementStatus>>;
};

export type AgreementKind =
  | 'DATA_SHARING'
  | 'IP_LICENSE'
  | 'JOINT_VENTURE'
  | 'MASTER_AGREEMENT'
  | 'MOU'
  | 'NDA';

export type AgreementOrder = {
  direction?: OrderDirection;
  field: AgreementOrderField;
};

export type AgreementOrderField =
  | 'CREATED_AT'
  | 'TITLE';

/** DRAFT → NEGOTIATING → EXECUTED → EXPIRED; DRAFT, NEGOTIATING or EXECUTED → TERMINATED. */
export type AgreementStatus =
  | 'DRAFT'
  | 'EXECUTED'
  | 'EXPIRED'
  | 'NEGOTIATING'
  | 'TERMINATED';

/** Target of agreementUpdateStatus; executing an agreement is agreementExecute. */
export type AgreementStatusChange =
  | 'EXPIRED'
  | 'NEGOTIATING'
  | 'TERMINATED';

export type AgreementUpdateStatusInput = {
  /** Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** Only with EXPIRED: when it expired (not in the future, not before signedAt). Default: the stored expiresAt when already past, else now. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  status: AgreementStatusChange;
};

export type AgreementUpdateStatusPayload = {
  __typename?: 'AgreementUpdateStatusPayload';
  agreement?: Maybe<Agreement>;
  userErrors: Array<UserError>;
};

/** A partnership that needs attention, and why. */
export type AtRiskPartnership = {
  __typename?: 'AtRiskPartnership';
  /** 1 − engagement trend (share of the previous window’s engagement lost); 0 without a previous window. */
  engagementDrop: Scalars['Float']['output'];
  partnership: Partnership;
  reasons: Array<AtRiskReason>;
};

/** One reason a partnership is at risk, with the numbers that triggered it. */
export type AtRiskReason = {
  __typename?: 'AtRiskReason';
  code: AtRiskReasonCode;
  figures: Array<KpiFigure>;
  /** Human-readable explanation. */
  message: Scalars['String']['output'];
};

/** Why a partnership is at risk. */
export type AtRiskReasonCode =
  /** Engagement trend below 0.5 with at least 3 interactions in the previous window. */
  | 'FALLING_ENGAGEMENT'
  /** Goals past their due date and not met. */
  | 'OVERDUE_GOALS'
  /** Latest mean satisfaction more than 2 points below the previous mean, or below 5. */
  | 'SATISFACTION_DROP'
  /** In EVALUATION or NEGOTIATION for more than 90 days. */
  | 'STALLED_STAGE';

/** Partnerships at risk, most reasons first, then the largest engagement drop. */
export type AtRiskReport = {
  __typename?: 'AtRiskReport';
  /** When stage and goal states are read: min(window end, now). */
  asOf: Scalars['DateTime']['output'];
  partnerships: Array<AtRiskPartnership>;
  /** All partnerships at risk (the list holds the first `first`). */
  totalCount: Scalars['Int']['output'];
  window: KpiWindow;
};

/** One committed mutation: who, when, what, and the fields it changed. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** Token subject or API key id. */
  actor: Scalars['String']['output'];
  actorRole: Scalars['String']['output'];
  /** Commit time of the change. */
  at: Scalars['DateTime']['output'];
  /** Changed fields of the subject as JSON: { field: { before, after } }; null for creates. */
  changes?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The mutation input, as JSON. */
  input: Scalars['String']['output'];
  /** The mutation field, e.g. partnershipMoveStage. */
  operation: Scalars['String']['output'];
  /** Global id of the object the input named (updates). */
  subjectId?: Maybe<Scalars['ID']['output']>;
};

/** A page of audit entries, newest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditFilter = {
  actor?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['DateTime']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  operation?: InputMaybe<Scalars['String']['input']>;
  /** Entries about this object (global id). */
  subjectId?: InputMaybe<Scalars['ID']['input']>;
};

/** Counts (and, for VALUE, amounts) grouped by one dimension, computed in the database. */
export type Breakdown = {
  __typename?: 'Breakdown';
  /** Largest count first (PERIOD: in time order, empty periods included). */
  buckets: Array<BreakdownBucket>;
  by: BreakdownDimension;
  /** PERIOD breakdowns: the length of a period. */
  interval?: Maybe<PeriodInterval>;
  measure: BreakdownMeasure;
  /** Distinct items counted (each once, whatever its groups). */
  total: Scalars['Int']['output'];
  /** VALUE: the summed amount of all items (USD). */
  totalValue?: Maybe<Scalars['Float']['output']>;
  /** The window the items were taken from; null when the breakdown describes the current state (participants or partnerships by anything but PERIOD). */
  window?: Maybe<KpiWindow>;
};

/** One group of a breakdown. */
export type BreakdownBucket = {
  __typename?: 'BreakdownBucket';
  /** Items in the group. */
  count: Scalars['Int']['output'];
  /** The group: a region, sector, kind, type or stage, or the period start as an ISO instant. */
  key: Scalars['String']['output'];
  /** PERIOD breakdowns: the start of the period (UTC). */
  periodStart?: Maybe<Scalars['DateTime']['output']>;
  /** VALUE: the summed amount (USD); null for other measures. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** What a breakdown groups by. A participant attribute (REGION, SECTOR, PARTICIPANT_KIND) groups a partnership, interaction or flow under each distinct value among its parties, so buckets can add up to more than the total; a partnership attribute (PARTNERSHIP_TYPE, STAGE) groups a participant under each of its current partnerships. */
export type BreakdownDimension =
  /** VALUE only. */
  | 'FLOW_KIND'
  /** INTERACTIONS only. */
  | 'INTERACTION_KIND'
  | 'PARTICIPANT_KIND'
  | 'PARTNERSHIP_TYPE'
  /** Calendar periods (UTC) of `interval`, by when it happened (joined, started, at). */
  | 'PERIOD'
  | 'REGION'
  | 'SECTOR'
  | 'STAGE';

/** What a breakdown counts; VALUE also sums the amounts (money). */
export type BreakdownMeasure =
  /** Interactions in the window (corrections count, corrected records do not). */
  | 'INTERACTIONS'
  /** Participants who have not exited; by PERIOD, everyone who joined in the window. */
  | 'PARTICIPANTS'
  /** Every partnership; by PERIOD, those started in the window. */
  | 'PARTNERSHIPS'
  /** Value flows in the window except COST (as forecasts and scorecards count value). */
  | 'VALUE';

/** A tie of the collaboration graph whose loss would split its component in two: the only link between two groups. */
export type BridgeTie = {
  __typename?: 'BridgeTie';
  /** The two participants, in id order. */
  participants: Array<Participant>;
  /** Participants on the smaller side: how many its loss would cut off. */
  smallerSide: Scalars['Int']['output'];
  /** Partnerships the two share (the tie’s weight). */
  weight: Scalars['Int']['output'];
};

export type CentralityEntry = {
  __typename?: 'CentralityEntry';
  participant: Participant;
  /** 1 = highest. */
  rank: Scalars['Int']['output'];
  value: Scalars['Float']['output'];
};

/** Which participants a ranking considers. */
export type CentralityFilter = {
  kind?: InputMaybe<Array<ParticipantKind>>;
  /** Regions, matched case-insensitively (docs/api.md, "Text filters"); a value stored nowhere is refused (BAD_USER_INPUT, reason UNKNOWN_FILTER_VALUE) with the closest stored ones. */
  region?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Sectors, matched case-insensitively (docs/api.md, "Text filters"); a value stored nowhere is refused (BAD_USER_INPUT, reason UNKNOWN_FILTER_VALUE) with the closest stored ones. */
  sector?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Centralities on the collaboration graph, NetworkX conventions (docs/kpis.md). */
export type CentralityMetric =
  | 'BETWEENNESS'
  | 'CLOSENESS'
  | 'DEGREE'
  | 'EIGENVECTOR'
  | 'PAGE_RANK'
  | 'WEIGHTED_DEGREE';

/** Participants ranked by a centrality. */
export type CentralityRanking = {
  __typename?: 'CentralityRanking';
  entries: Array<CentralityEntry>;
  /** Participants that matched the filter (ranked among themselves). */
  matched: Scalars['Int']['output'];
  metric: CentralityMetric;
  provenance: KpiProvenance;
};

/** A chain of partnerships linking two participants: who can introduce whom. */
export type CollaborationPath = {
  __typename?: 'CollaborationPath';
  /** Weighted paths only: the summed cost, Σ 1 / strength over the ties (lower = stronger chain). */
  cost?: Maybe<Scalars['Float']['output']>;
  /** Number of partnerships in the chain. */
  hops: Scalars['Int']['output'];
  /** From the first participant to the last, in order. */
  participants: Array<Participant>;
  /** partnerships[i] links participants[i] and participants[i + 1]. */
  partnerships: Array<Partnership>;
};

/** A governance committee (steering, advisory, ...). */
export type Committee = Node & {
  __typename?: 'Committee';
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id; pass it back to `node(id:)`. */
  id: Scalars['ID']['output'];
  kind: CommitteeKind;
  /** The team members sitting on it, by name. */
  members: TeamMemberConnection;
  name: Scalars['String']['output'];
  /** The partnerships it oversees, by name. */
  partnerships: PartnershipConnection;
  updatedAt: Scalars['DateTime']['output'];
};


/** A governance committee (steering, advisory, ...). */
export type CommitteeMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A governance committee (steering, advisory, ...). */
export type CommitteePartnershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Adding a member twice keeps one membership. */
export type CommitteeAddMemberInput = {
  /** Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  committeeId: Scalars['ID']['input'];
  teamMemberId: Scalars['ID']['input'];
};

export type CommitteeAddMemberPayload = {
  __typename?: 'CommitteeAddMemberPayload';
  committee?: Maybe<Committee>;
  teamMember?: Maybe<TeamMember>;
  userErrors: Array<UserError>;
};

/** A page of committees. */
export type CommitteeConnection = {
  __typename?: 'CommitteeConnection';
  edges: Array<CommitteeEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Committee>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type CommitteeCreateInput = {
  /** Idempotency key chosen by the client (8..200 characters). Retrying a create with the same key returns what the first attempt made instead of a duplicate. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  kind: CommitteeKind;
  /** 2..200 characters. */
  name: Scalars['String']['input'];
};

export type CommitteeCreatePayload = {
  __typename?: 'CommitteeCreatePayload';
  committee?: Maybe<Committee>;
  userErrors: Array<UserError>;
};

export type CommitteeEdge = {
  __typename?: 'CommitteeEdge';
  /** Opaque cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  node: Committee;
};

/** Filters combine with AND; list values within one filter combine with OR. */
export type CommitteeFilter = {
  kind?: InputMaybe<Array<CommitteeKind>>;
  /** Only committees overseeing this partnership. */
  partnership?: InputMaybe<Scalars['ID']['input']>;
};

export type CommitteeKind =
  | 'ADVISORY'
  | 'ETHICS_BOARD'
  | 'STEERING'
  | 'WORKING_GROUP';

export type CommitteeOrder = {
  direction?: OrderDirection;
  field: CommitteeOrderField;
};

export type CommitteeOrderField =
  | 'CREATED_AT'
  | 'NAME';

/** Putting a partnership under a committee twice keeps one OVERSEES link. */
export type CommitteeOverseeInput = {
  /** Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  committeeId: Scalars['ID']['input'];
  partnershipId: Scalars['ID']['input'];
};

export type CommitteeOverseePayload = {
  __typename?: 'CommitteeOverseePayload';
  committee?: Maybe<Committee>;
  partnership?: Maybe<Partnership>;
  userErrors: Array<UserError>;
};

/** A Louvain community of the collaboration graph. */
export type Community = {
  __typename?: 'Community';
  id: Scalars['Int']['output'];
  /** Ties inside / possible ties inside. */
  internalDensity: Scalars['Float']['output'];
  /** Participant kinds by share, largest first. */
  kinds: Array<Share>;
  /** Members by weighted degree, at most `membersLimit`. */
  members: Array<Participant>;
  /** Sectors by share, largest first. */
  sectors: Array<Share>;
  size: Scalars['Int']['output'];
};

export type CommunityList = {
  __typename?: 'CommunityList';
  communities: Array<Community>;
  modularity: Scalars['Float']['output'];
  provenance: KpiProvenance;
  /** Communities in the whole partition, isolated participants (communities of one) included. */
  total: Scalars['Int']['output'];
};

/** The participant changed community: its community before and after share less than half their members (Jaccard). */
export type CommunityMove = {
  __typename?: 'CommunityMove';
  /** Community id in this computation. */
  after: Scalars['Int']['output'];
  /** Community id in the earlier computation. */
  before?: Maybe<Scalars['Int']['output']>;
  /** Jaccard overlap of the two communities. */
  overlap: Scalars['Float']['output'];
};

/** A compliance check of one partnership at one time; a later check is a new record. */
export type ComplianceCheck = Node & {
  __typename?: 'ComplianceCheck';
  checkedAt: Scalars['DateTime']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id; pass it back to `node(id:)`. */
  id: Scalars['ID']['output'];
  kind: ComplianceCheckKind;
  /** The team member responsible for the check. */
  owner?: Maybe<TeamMember>;
  /** The partnership that was checked. */
  partnership: Partnership;
  status: ComplianceCheckStatus;
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of compliance checks. */
export type ComplianceCheckConnection = {
  __typename?: 'ComplianceCheckConnection';
  edges: Array<ComplianceCheckEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<ComplianceCheck>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ComplianceCheckEdge = {
  __typename?: 'ComplianceCheckEdge';
  /** Opaque cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  node: ComplianceCheck;
};

/** Filters combine with AND; list values within one filter combine with OR. */
export type ComplianceCheckFilter = {
  kind?: InputMaybe<Array<ComplianceCheckKind>>;
  /** Only checks owned by this team member. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** Only checks of this partnership. */
  partnership?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<ComplianceCheckStatus>>;
};

/** A PASSED DUE_DILIGENCE check is required before a partnership leaves EVALUATION. */
export type ComplianceCheckKind =
  | 'DATA_PROTECTION'
  | 'DUE_DILIGENCE'
  | 'ETHICS_REVIEW'
  | 'REGULATORY'
  | 'SECURITY_REVIEW';

export type ComplianceCheckOrder = {
  direction?: OrderDirection;
  field: ComplianceCheckOrderField;
};

export type ComplianceCheckOrderField =
  | 'CHECKED_AT';

export type ComplianceCheckRecordInput = {
  /** Default: now. Not in the future. */
  checkedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Idempotency key (8..200 characters): a retry with the same key returns the first check. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  kind: ComplianceCheckKind;
  /** The team member responsible for the check. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** The partnership that was checked. */
  partnershipId: Scalars['ID']['input'];
  status: ComplianceCheckStatus;
};

export type ComplianceCheckRecordPayload = {
  __typename?: 'ComplianceCheckRecordPayload';
  complianceCheck?: Maybe<ComplianceCheck>;
  userErrors: Array<UserError>;
};

export type ComplianceCheckStatus =
  | 'FAILED'
  | 'PASSED'
  | 'PENDING';

/** A dispute within one partnership. */
export type Conflict = Node & {
  __typename?: 'Conflict';
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id; pass it back to `node(id:)`. */
  id: Scalars['ID']['output'];
  openedAt: Scalars['DateTime']['output'];
  /** The partnership the conflict arose in. */
  partnership: Partnership;
  /** Set once RESOLVED. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  status: ConflictStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of conflicts. */
export type ConflictConnection = {
  __typename?: 'ConflictConnection';
  edges: Array<ConflictEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Conflict>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ConflictEdge = {
  __typename?: 'ConflictEdge';
  /** Opaque cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  node: Conflict;
};

export type ConflictEscalateInput = {
  /** Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};

export type ConflictEscalatePayload = {
  __typename?: 'ConflictEscalatePayload';
  conflict?: Maybe<Conflict>;
  userErrors: Array<UserError>;
};

/** Filters combine with AND; list values within one filter combine with OR. */
export type ConflictFilter = {
  /** Opened at or after this instant. */
  openedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only conflicts within this partnership. */
  partnership?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<ConflictStatus>>;
};

export type ConflictOpenInput = {
  /** Idempotency key (8..200 characters): a retry with the same key returns the first conflict. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** Default: now. Not in the future. */
  openedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The partnership the conflict arose in. */
  partnershipId: Scalars['ID']['input'];
  /** 3..200 characters. */
  title: Scalars['String']['input'];
};

export type ConflictOpenPayload = {
  __typename?: 'ConflictOpenPayload';
  conflict?: Maybe<Conflict>;
  userErrors: Array<UserError>;
};

export type ConflictOrder = {
  direction?: OrderDirection;
  field: ConflictOrderField;
};

export type ConflictOrderField =
  | 'OPENED_AT';

export type ConflictResolveInput = {
  /** Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** Default: now. Not in the future, not before openedAt. */
  resolvedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ConflictResolvePayload = {
  __typename?: 'ConflictResolvePayload';
  conflict?: Maybe<Conflict>;
  userErrors: Array<UserError>;
};

/** OPEN → ESCALATED → RESOLVED, or OPEN → RESOLVED; RESOLVED is final. */
export type ConflictStatus =
  | 'ESCALATED'
  | 'OPEN'
  | 'RESOLVED';

export type ContributorInput = {
  participantId: Scalars['ID']['input'];
  role: ContributorRole;
};

/** A participant's role in an initiative. */
export type ContributorRole =
  | 'CONTRIBUTOR'
  | 'LEAD'
  | 'SPONSOR';

/** A governance decision about one partnership (a record, never changed). */
export type Decision = Node & {
  __typename?: 'Decision';
  createdAt: Scalars['DateTime']['output'];
  decidedAt: Scalars['DateTime']['output'];
  /** Opaque global id; pass it back to `node(id:)`. */
  id: Scalars['ID']['output'];
  outcome: DecisionOutcome;
  /** The team member accountable for it. */
  owner?: Maybe<TeamMember>;
  /** The partnership the decision concerns. */
  partnership: Partnership;
  /** Why it was decided so. */
  rationale: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of decisions. */
export type DecisionConnection = {
  __typename?: 'DecisionConnection';
  edges: Array<DecisionEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Decision>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type DecisionEdge = {
  __typename?: 'DecisionEdge';
  /** Opaque cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  node: Decision;
};

/** Filters combine with AND; list values within one filter combine with OR. */
export type DecisionFilter = {
  /** Decided strictly before this instant. */
  decidedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Decided at or after this instant. */
  decidedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  outcome?: InputMaybe<Array<DecisionOutcome>>;
  /** Only decisions owned by this team member. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** Only decisions concerning this partnership. */
  partnership?: InputMaybe<Scalars['ID']['input']>;
};

export type DecisionOrder = {
  direction?: OrderDirection;
  field: DecisionOrderField;
};

export type DecisionOrderField =
  | 'DECIDED_AT';

export type DecisionOutcome =
  | 'APPROVED'
  | 'DEFERRED'
  | 'REJECTED';

export type DecisionRecordInput = {
  /** Idempotency key (8..200 characters): a retry with the same key returns the first decision. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** Default: now. Not in the future. */
  decidedAt?: InputMaybe<Scalars['DateTime']['input']>;
  outcome: DecisionOutcome;
  /** The team member accountable for the decision. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** The partnership the decision concerns. */
  partnershipId: Scalars['ID']['input'];
  /** 1..4000 characters. */
  rationale: Scalars['String']['input'];
  /** 3..200 characters. */
  title: Scalars['String']['input'];
};

export type DecisionRecordPayload = {
  __typename?: 'DecisionRecordPayload';
  decision?: Maybe<Decision>;
  userErrors: Array<UserError>;
};

/** FULL: names behind analytics results; AGGREGATE: numbers and counts only. */
export type DisclosureLevel =
  | 'AGGREGATE'
  | 'FULL';

/** Ties of the collaboration graph as parallel arrays: edge j joins nodes source[j] and target[j] (node indices, source < target). */
export type DrawableEdges = {
  __typename?: 'DrawableEdges';
  /** Per edge, one index into `partnershipClasses` per shared partnership (type and stage now), for filtering by type and stage. */
  partnerships: Array<Array<Scalars['Int']['output']>>;
  source: Array<Scalars['Int']['output']>;
  target: Array<Scalars['Int']['output']>;
  /** Shared non-terminated partnerships (the KPI weight). */
  weight: Array<Scalars['Int']['output']>;
};

/** The collaboration graph ready to draw in one request: participants (not EXITED) and their ties, attributes and centralities from the cached KPI snapshot. */
export type DrawableGraph = {
  __typename?: 'DrawableGraph';
  computedAt: Scalars['DateTime']['output'];
  /** Graph version now. */
  currentVersion: Scalars['Int']['output'];
  edges: DrawableEdges;
  /** KPI engine: "gds" or "graphology". */
  engine: Scalars['String']['output'];
  /** False under AGGREGATE disclosure: the structure, attributes and metrics are drawn but ids and labels are null. */
  identities: Scalars['Boolean']['output'];
  kinds: Array<ParticipantKind>;
  nodes: DrawableNodes;
  partnershipClasses: Array<PartnershipClass>;
  regions: Array<Scalars['String']['output']>;
  sectors: Array<Scalars['String']['output']>;
  /** True when the graph changed since the snapshot. */
  stale: Scalars['Boolean']['output'];
  statuses: Array<ParticipantStatus>;
  /** Ties in the collaboration graph. */
  totalEdges: Scalars['Int']['output'];
  /** Participants in the collaboration graph. */
  totalNodes: Scalars['Int']['output'];
  /** True when `first` or the edge cap left nodes or edges out. */
  truncated: Scalars['Boolean']['output'];
  /** Graph version the snapshot was computed from. */
  version: Scalars['Int']['output'];
};

/** Node attributes as parallel arrays: index i of every array is the same participant. Categorical values are indices into the dictionaries of DrawableGraph; metrics are those of `Participant.metrics` (same KPI snapshot). */
export type DrawableNodes = {
  __typename?: 'DrawableNodes';
  betweenness: Array<Scalars['Float']['output']>;
  closeness: Array<Scalars['Float']['output']>;
  /** Louvain community id. */
  community: Array<Scalars['Int']['output']>;
  /** Connected component, 0 = the largest (nodes come in component order). */
  component: Array<Scalars['Int']['output']>;
  degree: Array<Scalars['Int']['output']>;
  eigenvector: Array<Scalars['Float']['output']>;
  /** Global participant ids; null when the role sees aggregates only (`identities: false`). */
  id?: Maybe<Array<Scalars['ID']['output']>>;
  /** Index into `kinds`. */
  kind: Array<Scalars['Int']['output']>;
  /** Names; null when `identities` is false. */
  label?: Maybe<Array<Scalars['String']['output']>>;
  pageRank: Array<Scalars['Float']['output']>;
  /** Index into `regions`. */
  region: Array<Scalars['Int']['output']>;
  /** Index into `sectors`. */
  sector: Array<Scalars['Int']['output']>;
  /** Index into `statuses` (status now). */
  status: Array<Scalars['Int']['output']>;
  weightedDegree: Array<Scalars['Float']['output']>;
};

/** The ecosystem as a whole over a time window. */
export type Ecosystem = {
  __typename?: 'Ecosystem';
  engagement: EcosystemEngagement;
  health: NetworkHealth;
  /** The window every figure below is computed over. */
  window: KpiWindow;
};

/** Engagement of the whole ecosystem in the window (corrected interactions excluded). */
export type EcosystemEngagement = {
  __typename?: 'EcosystemEngagement';
  /** Participants with ≥ 1 interaction in the window. */
  activeParticipants: Scalars['Int']['output'];
  /** Activity per day, week or month of the window. */
  interactionsByPeriod: Array<PeriodActivity>;
  /** Active in the window, never engaged before it. */
  newParticipants: Scalars['Int']['output'];
  /** Active in the preceding window of the same length. */
  previouslyActive: Scalars['Int']['output'];
  /** Active in both the preceding window and this one. */
  retained: Scalars['Int']['output'];
  /** retained / previouslyActive; null when nobody was active. */
  retention?: Maybe<Scalars['Float']['output']>;
  /** Active in the window and engaged before it. */
  returningParticipants: Scalars['Int']['output'];
};


/** Engagement of the whole ecosystem in the window (corrected interactions excluded). */
export type EcosystemEngagementInteractionsByPeriodArgs = {
  interval?: PeriodInterval;
};

/** A participant's engagement after an interaction. */
export type EngagementChange = {
  __typename?: 'EngagementChange';
  participantId: Scalars['ID']['output'];
  /** Engagement score over the last 90 days (docs/kpis-business.md). */
  score: Scalars['Float']['output'];
  /** Score / previous 90 days; null when that was 0. */
  trend?: Maybe<Scalars['Float']['output']>;
};

/** How much one interaction of a kind counts in engagement scores. */
export type EngagementKindWeight = {
  __typename?: 'EngagementKindWeight';
  kind: InteractionKind;
  weight: Scalars['Float']['output'];
};

/** Σ weight(kind) × interaction.weight × 2^(−age / halfLife) over the interactions in the window (age measured to the window end), and the same for the preceding window of equal length. */
export type EngagementMeasure = {
  __typename?: 'EngagementMeasure';
  /** Half-life of an interaction’s contribution, in days. */
  halfLifeDays: Scalars['Float']['output'];
  /** Interactions counted in the window. */
  interactions: Scalars['Int']['output'];
  /** The weight table used, per interaction kind. */
  kindWeights: Array<EngagementKindWeight>;
  /** Interactions counted in the previous window. */
  previousInteractions: Scalars['Int']['output'];
  /** The same score for the previous window, decayed to its own end. */
  previousScore: Scalars['Float']['output'];
  /** The preceding window of the same length the trend compares with. */
  previousWindow: KpiWindow;
  /** Decayed, weighted engagement in the window. */
  score: Scalars['Float']['output'];
  /** score / previousScore (1 = steady, < 1 = falling); null when previousScore is 0. */
  trend?: Maybe<Scalars['Float']['output']>;
  window: KpiWindow;
};

/** An interaction was recorded. */
export type EngagementUpdate = LiveEvent & {
  __typename?: 'EngagementUpdate';
  /** When the change was committed (KPIs: computed). */
  at: Scalars['DateTime']['output'];
  /** New engagement of the participants involved (only the one asked for, when filtered by participant). */
  engagement: Array<EngagementChange>;
  /** Unique per event. */
  eventId: Scalars['ID']['output'];
  interactionId: Scalars['ID']['output'];
  interactionKind: Scalars['String']['output'];
  partnershipId?: Maybe<Scalars['ID']['output']>;
  /** Position in the outbox: unique, gap-free and increasing in commit order over all replicas. Pass the last one you received as `after` to resume. */
  sequence: Scalars['Int']['output'];
  /** Graph version after the change (KPIs: the version they were computed from). */
  version: Scalars['Int']['output'];
};

/** Kinds of live ecosystem events. */
export type EventKind =
  | 'GOAL_PROGRESSED'
  | 'GRAPH_CHANGED'
  | 'INTERACTION_RECORDED'
  | 'KPIS_UPDATED'
  | 'PARTNERSHIP_STAGE_CHANGED'
  | 'RISK_RAISED';

/** A value that exists for a field, with how many records carry it. */
export type FacetValue = {
  __typename?: 'FacetValue';
  count: Scalars['Int']['output'];
  value: Scalars['String']['output'];
};

/** The values each filterable field takes in the ecosystem, most frequent first: what a filter can ask for. Participants who have not exited; every partnership; interactions and flows of all time (corrected ones excluded). */
export type Facets = {
  __typename?: 'Facets';
  flowKinds: Array<FacetValue>;
  interactionKinds: Array<FacetValue>;
  participantKinds: Array<FacetValue>;
  partnershipTypes: Array<FacetValue>;
  regions: Array<FacetValue>;
  sectors: Array<FacetValue>;
  stages: Array<FacetValue>;
};

/** The graph version one figure is exact for. */
export type FigureVersion = {
  __typename?: 'FigureVersion';
  /** e.g. "degree", "density", "pageRank", "modularity". */
  figure: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** Monthly history (24 complete months) and forecast of a metric. */
export type Forecast = {
  __typename?: 'Forecast';
  /** The 24 complete months before the current one, oldest first. */
  history: Array<ForecastHistoryPoint>;
  metric: ForecastMetric;
  /** Null with fewer than two months from the first active one (the forecast is then flat). */
  model?: Maybe<HoltModel>;
  /** The forecast, starting with the current month. */
  points: Array<ForecastPoint>;
  scope: ForecastScope;
  /** Unit of the values: "USD" or "weighted interactions". */
  unit: Scalars['String']['output'];
};

/** One past calendar month (UTC). */
export type ForecastHistoryPoint = {
  __typename?: 'ForecastHistoryPoint';
  /** Interactions or value flows summed into the month. */
  events: Scalars['Int']['output'];
  /** The model's one-step-ahead forecast of this month; null where it was not fitted. */
  fitted?: Maybe<Scalars['Float']['output']>;
  /** First instant of the month. */
  periodStart: Scalars['DateTime']['output'];
  value: Scalars['Float']['output'];
};

/** What is forecast, per calendar month (UTC). */
export type ForecastMetric =
  /** Σ weight(kind) × interaction.weight of the month’s interactions (no decay). */
  | 'ENGAGEMENT'
  /** Σ amount of the month’s value flows except COST (USD). */
  | 'VALUE';

/** One forecast month. */
export type ForecastPoint = {
  __typename?: 'ForecastPoint';
  periodStart: Scalars['DateTime']['output'];
  /** level + h × trend, unclamped. */
  raw: Scalars['Float']['output'];
  /** max(0, raw). */
  value: Scalars['Float']['output'];
};

/** Whose activity a forecast covers. */
export type ForecastScope =
  | 'ECOSYSTEM'
  | 'PARTICIPANT'
  | 'PARTNERSHIP';

/** A target for the ecosystem (no partnership) or for one partnership. */
export type Goal = Node & {
  __typename?: 'Goal';
  /** The latest measured value (the latest progress entry); 0 before any. Null, with a FORBIDDEN error, for a VALUE goal when the role may not read money. */
  actual?: Maybe<Scalars['Float']['output']>;
  /** actual / target (1 = met); null when the ratio is not a finite number (e.g. a target of 0). */
  attainment?: Maybe<Scalars['Float']['output']>;
  createdAt: Scalars['DateTime']['output'];
  due: Scalars['DateTime']['output'];
  horizon: GoalHorizon;
  /** Opaque global id; pass it back to `node(id:)`. */
  id: Scalars['ID']['output'];
  metric: GoalMetric;
  /** The team member accountable for it. */
  owner?: Maybe<TeamMember>;
  /** The partnership; null for an ecosystem goal. */
  partnership?: Maybe<Partnership>;
  /** The measurements so far, by `at`. */
  progress: GoalProgressConnection;
  /** MET, OVERDUE or ON_TRACK, derived at read time (see GoalStatus). */
  status: GoalStatus;
  /** The value to reach, in the unit of `metric`. Null, with a FORBIDDEN error, for a VALUE goal when the role may not read money. */
  target?: Maybe<Scalars['Float']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};


/** A target for the ecosystem (no partnership) or for one partnership. */
export type GoalProgressArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  direction?: OrderDirection;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** An amount to add to a cumulative goal (VALUE, ENGAGEMENT, INITIATIVES, ACTIVE_PARTNERSHIPS): the server adds it to `actual` under the goal’s write lock, so concurrent additions are never lost. */
export type GoalAddProgressInput = {
  /** Greater than 0, in the metric’s unit. */
  amount: Scalars['Float']['input'];
  /** Idempotency key chosen by the client (8..200 characters). Retrying with the same key returns the entry made the first time (the amount is added once). */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  goalId: Scalars['ID']['input'];
  /** At most 1000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
};

export type GoalAddProgressPayload = {
  __typename?: 'GoalAddProgressPayload';
  /** The goal with its new `actual`. */
  goal?: Maybe<Goal>;
  /** The progress entry appended (its value: the new total). */
  progress?: Maybe<GoalProgress>;
  userErrors: Array<UserError>;
};

/** A page of goals. */
export type GoalConnection = {
  __typename?: 'GoalConnection';
  edges: Array<GoalEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Goal>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type GoalCreateInput = {
  /** Idempotency key chosen by the client (8..200 characters). Retrying with the same key returns the goal made the first time. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** The deadline; may be in the future. */
  due: Scalars['DateTime']['input'];
  horizon: GoalHorizon;
  metric: GoalMetric;
  /** The team member accountable for the goal. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** The partnership the goal is for; omit for an ecosystem goal (ACTIVE_PARTNERSHIPS needs that). */
  partnershipId?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than 0 (at most 10 for SATISFACTION). */
  target: Scalars['Float']['input'];
  /** 2..200 characters. */
  title: Scalars['String']['input'];
};

export type GoalCreatePayload = {
  __typename?: 'GoalCreatePayload';
  goal?: Maybe<Goal>;
  userErrors: Array<UserError>;
};

export type GoalEdge = {
  __typename?: 'GoalEdge';
  /** Opaque cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  node: Goal;
};

/** Filters combine with AND; list values within one filter combine with OR. */
export type GoalFilter = {
  /** Due strictly before this instant. */
  dueBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Due at or after this instant. */
  dueFrom?: InputMaybe<Scalars['DateTime']['input']>;
  horizon?: InputMaybe<Array<GoalHorizon>>;
  metric?: InputMaybe<Array<GoalMetric>>;
  /** Only goals owned by this team member. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** Only goals for this partnership. */
  partnership?: InputMaybe<Scalars['ID']['input']>;
};

/** Roadmap horizon of a goal. */
export type GoalHorizon =
  | 'LONG'
  | 'MEDIUM'
  | 'SHORT';

/** What a goal measures; `actual` and progress values are in this unit. */
export type GoalMetric =
  /** Number of running partnerships (ecosystem goals only). */
  | 'ACTIVE_PARTNERSHIPS'
  /** Number of interactions. */
  | 'ENGAGEMENT'
  /** Number of initiatives. */
  | 'INITIATIVES'
  /** Mean survey score, 0..10. */
  | 'SATISFACTION'
  /** Value generated, in USD. */
  | 'VALUE';

export type GoalOrder = {
  direction?: OrderDirection;
  field: GoalOrderField;
};

export type GoalOrderField =
  | 'CREATED_AT'
  | 'DUE';

/** A measurement of a goal's metric at one instant. */
export type GoalProgress = Node & {
  __typename?: 'GoalProgress';
  /** When the value was measured. */
  at: Scalars['DateTime']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id; pass it back to `node(id:)`. */
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** The metric at `at`: cumulative since the goal was set (a mean for satisfaction). Null, with a FORBIDDEN error, for a VALUE goal's entry when the role may not read money. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** A page of a goal's progress entries. */
export type GoalProgressConnection = {
  __typename?: 'GoalProgressConnection';
  edges: Array<GoalProgressEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<GoalProgress>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type GoalProgressEdge = {
  __typename?: 'GoalProgressEdge';
  /** Opaque cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  node: GoalProgress;
};

/** A goal's progress was measured. */
export type GoalProgressEvent = LiveEvent & {
  __typename?: 'GoalProgressEvent';
  /** When the change was committed (KPIs: computed). */
  at: Scalars['DateTime']['output'];
  /** Unique per event. */
  eventId: Scalars['ID']['output'];
  goalId: Scalars['ID']['output'];
  /** actual / target; null for a zero target. */
  progress?: Maybe<Scalars['Float']['output']>;
  /** Position in the outbox: unique, gap-free and increasing in commit order over all replicas. Pass the last one you received as `after` to resume. */
  sequence: Scalars['Int']['output'];
  /** The measured value (now the goal’s actual). */
  value: Scalars['Float']['output'];
  /** Graph version after the change (KPIs: the version they were computed from). */
  version: Scalars['Int']['output'];
};

/** Derived when read: MET when actual ≥ target; otherwise OVERDUE once `due` has passed, ON_TRACK before. */
export type GoalStatus =
  /** actual ≥ target (whatever the due date). */
  | 'MET'
  /** Not met yet and `due` is still ahead. */
  | 'ON_TRACK'
  /** Not met and `due` is in the past. */
  | 'OVERDUE';

export type GoalUpdateProgressInput = {
  /** When it was measured. Default: now. Not in the future, not before the latest progress entry. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** Idempotency key chosen by the client (8..200 characters). Retrying with the same key returns the entry made the first time. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  goalId: Scalars['ID']['input'];
  /** At most 1000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The metric now: 0 or more (at most 10 for SATISFACTION). Becomes `actual`. */
  value: Scalars['Float']['input'];
};

export type GoalUpdateProgressPayload = {
  __typename?: 'GoalUpdateProgressPayload';
  /** The goal with its new `actual`. */
  goal?: Maybe<Goal>;
  /** The progress entry appended. */
  progress?: Maybe<GoalProgress>;
  userErrors: Array<UserError>;
};

/** A collaboration tie: two participants party to the same partnership. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Stable id of the tie inside the view. */
  id: Scalars['ID']['output'];
  partnership: Partnership;
  /** Id of the source GraphNode. */
  source: Scalars['ID']['output'];
  /** Tie strength: 1 + interactions within the partnership in the last 365 days. */
  strength: Scalars['Float']['output'];
  /** Id of the target GraphNode. */
  target: Scalars['ID']['output'];
};

/** A participant in a graph view. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** Number of edges of this node inside the view. */
  degree: Scalars['Int']['output'];
  /** Hops from the focus participant (neighborhood views). */
  depth?: Maybe<Scalars['Int']['output']>;
  /** The participant's global id (edges refer to it). */
  id: Scalars['ID']['output'];
  /** Display label (the name). */
  label: Scalars['String']['output'];
  participant: Participant;
};

/** Nodes and edges ready to draw, with the cap that bounded them. */
export type GraphView = {
  __typename?: 'GraphView';
  edges: Array<GraphEdge>;
  /** The node limit applied. */
  limit: Scalars['Int']['output'];
  nodes: Array<GraphNode>;
  /** True when the limit cut the view short. */
  truncated: Scalars['Boolean']['output'];
};

/** New participants and partnerships in the window, relative to the counts at its start. */
export type Growth = {
  __typename?: 'Growth';
  newParticipants: Scalars['Int']['output'];
  newPartnerships: Scalars['Int']['output'];
  /** New participants / participants at the window start. */
  participants?: Maybe<Scalars['Float']['output']>;
  participantsAtStart: Scalars['Int']['output'];
  /** New partnerships / partnerships at the window start. */
  partnerships?: Maybe<Scalars['Float']['output']>;
  partnershipsAtStart: Scalars['Int']['output'];
};

/** What one part adds to the health score: points = 100 × weight × value. */
export type HealthContribution = {
  __typename?: 'HealthContribution';
  /** Which graph the value is computed on. */
  basis: KpiBasis;
  part: HealthPart;
  /** Points it adds; the points of all parts sum to `score`. */
  points: Scalars['Float']['output'];
  /** The part's 0–1 value in this window. */
  value: Scalars['Float']['output'];
  /** The part's weight (as in `weights`). */
  weight: Scalars['Float']['output'];
};

/** The parts of the health score, named like the fields of HealthWeights (docs/kpis.md). */
export type HealthPart =
  | 'ACTIVE_SHARE'
  | 'DIVERSITY'
  | 'ENGAGEMENT_TREND'
  | 'LARGEST_COMPONENT_SHARE'
  | 'PARTNERSHIP_RETENTION'
  | 'RESILIENCE';

/** Weights of the health score parts (they sum to 1); `contributions` shows each part. */
export type HealthWeights = {
  __typename?: 'HealthWeights';
  activeShare: Scalars['Float']['output'];
  diversity: Scalars['Float']['output'];
  engagementTrend: Scalars['Float']['output'];
  largestComponentShare: Scalars['Float']['output'];
  /** Weight of partnership retention, 1 − churn. */
  partnershipRetention: Scalars['Float']['output'];
  resilience: Scalars['Float']['output'];
  /** @deprecated Named like engagement.retention but weighs partnership retention (1 − churn): use partnershipRetention. */
  retention: Scalars['Float']['output'];
};

/** Holt's linear smoothing fitted by grid search (α ∈ 0.05..1, β ∈ 0..1, step 0.05) minimising the one-step-ahead SSE. */
export type HoltModel = {
  __typename?: 'HoltModel';
  /** Level smoothing. */
  alpha: Scalars['Float']['output'];
  /** Trend smoothing. */
  beta: Scalars['Float']['output'];
  /** Level after the last month. */
  level: Scalars['Float']['output'];
  /** Months fitted (from the first month with activity). */
  observations: Scalars['Int']['output'];
  /** √(SSE / (n − 1)), in the unit of the metric. */
  rmse: Scalars['Float']['output'];
  /** Sum of squared one-step-ahead errors. */
  sse: Scalars['Float']['output'];
  /** Trend (change per month) after the last month. */
  trend: Scalars['Float']['output'];
};

/** A small ecosystem as one JSON document (docs/import.md); large files go through `ecograph import`. */
export type ImportEcosystemInput = {
  /** Optional key (8..200 characters). An import is idempotent by its records’ keys anyway (sent again, it changes nothing); the same clientKey with another document is refused. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** { kind: [records…] } with kinds teamMembers, participants, partnerships, stageChanges, committees, policies, agreements, complianceChecks, risks, decisions, conflicts, initiatives, goals, goalProgress, surveys, interactions, valueFlows; at most 5,000 records and 1 MiB. */
  document: Scalars['JSONObject']['input'];
  /** Check every record and report; write nothing. */
  dryRun?: Scalars['Boolean']['input'];
};

export type ImportEcosystemPayload = {
  __typename?: 'ImportEcosystemPayload';
  /** Null when the document was refused as a whole. */
  report?: Maybe<ImportReport>;
  userErrors: Array<UserError>;
};

/** Keys of a kind that name no field: left out. */
export type ImportIgnoredFields = {
  __typename?: 'ImportIgnoredFields';
  fields: Array<Scalars['String']['output']>;
  file: Scalars['String']['output'];
};

/** What happened to the records of one kind (a dry run: what would happen). */
export type ImportKindCounts = {
  __typename?: 'ImportKindCounts';
  created: Scalars['Int']['output'];
  kind: Scalars['String']['output'];
  read: Scalars['Int']['output'];
  /** Rows not written: listed in `problems`. */
  refused: Scalars['Int']['output'];
  /** Stored records equal to their row: nothing written. */
  unchanged: Scalars['Int']['output'];
  /** Stored records whose in-place fields changed. */
  updated: Scalars['Int']['output'];
};

/** A record that was not written, where it is and why. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  /** INVALID, RULE, UNKNOWN_REFERENCE, REFUSED_REFERENCE, DUPLICATE, HISTORY, FORBIDDEN, UNREADABLE or WRITE_FAILED. */
  code: Scalars['String']['output'];
  /** The field to fix (null: the record as a whole). */
  column?: Maybe<Scalars['String']['output']>;
  externalId?: Maybe<Scalars['String']['output']>;
  /** The kind in the document (`document#participants`). */
  file: Scalars['String']['output'];
  /** The record’s position in its array, from 1. */
  line?: Maybe<Scalars['Int']['output']>;
  /** What is wrong and what to do. */
  reason: Scalars['String']['output'];
};

/** The import report (docs/import.md, "Report"). */
export type ImportReport = {
  __typename?: 'ImportReport';
  /** Write transactions that changed something (one audit entry each). */
  batches: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  /** This import: each of its batches’ audit entries names it (`input.importId`). */
  id: Scalars['ID']['output'];
  ignoredFields: Array<ImportIgnoredFields>;
  kinds: Array<ImportKindCounts>;
  problems: Array<ImportProblem>;
};

/** A joint project, lab, challenge, publication... of participants. */
export type Initiative = Node & {
  __typename?: 'Initiative';
  /** The participants contributing, by name, with their roles. */
  contributors: InitiativeContributorConnection;
  createdAt: Scalars['DateTime']['output'];
  /** Not before `startsAt`. */
  endsAt: Scalars['DateTime']['output'];
  /** Opaque global id; pass it back to `node(id:)`. */
  id: Scalars['ID']['output'];
  kind: InitiativeKind;
  name: Scalars['String']['output'];
  /** The partnership it runs under, if any. */
  partnership?: Maybe<Partnership>;
  startsAt: Scalars['DateTime']['output'];
  status: InitiativeStatus;
  updatedAt: Scalars['DateTime']['output'];
};


/** A joint project, lab, challenge, publication... of participants. */
export type InitiativeContributorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Adding a contributor again keeps one link and sets its role to the one given. */
export type InitiativeAddContributorInput = {
  /** Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  initiativeId: Scalars['ID']['input'];
  participantId: Scalars['ID']['input'];
  role: ContributorRole;
};

export type InitiativeAddContributorPayload = {
  __typename?: 'InitiativeAddContributorPayload';
  contributor?: Maybe<Participant>;
  initiative?: Maybe<Initiative>;
  userErrors: Array<UserError>;
};

/** A page of initiatives. */
export type InitiativeConnection = {
  __typename?: 'InitiativeConnection';
  edges: Array<InitiativeEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Initiative>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** The participants contributing to an initiative. */
export type InitiativeContributorConnection = {
  __typename?: 'InitiativeContributorConnection';
  edges: Array<InitiativeContributorEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Participant>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A contributor of an initiative, with its role in it. */
export type InitiativeContributorEdge = {
  __typename?: 'InitiativeContributorEdge';
  /** Opaque cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  node: Participant;
  role: ContributorRole;
};

export type InitiativeCreateInput = {
  /** Idempotency key chosen by the client (8..200 characters). Retrying with the same key returns the initiative made the first time. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** At most 50, each participant once. */
  contributors?: Array<ContributorInput>;
  /** Not before startsAt. */
  endsAt: Scalars['DateTime']['input'];
  kind: InitiativeKind;
  /** 2..200 characters. */
  name: Scalars['String']['input'];
  /** The partnership the initiative runs under. */
  partnershipId?: InputMaybe<Scalars['ID']['input']>;
  /** May be in the future. */
  startsAt: Scalars['DateTime']['input'];
  status?: InitiativeStatus;
};

export type InitiativeCreatePayload = {
  __typename?: 'InitiativeCreatePayload';
  initiative?: Maybe<Initiative>;
  userErrors: Array<UserError>;
};

export type InitiativeEdge = {
  __typename?: 'InitiativeEdge';
  /** Opaque cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  node: Initiative;
};

/** Filters combine with AND; list values within one filter combine with OR. */
export type InitiativeFilter = {
  kind?: InputMaybe<Array<InitiativeKind>>;
  /** Only initiatives this participant contributes to. */
  participant?: InputMaybe<Scalars['ID']['input']>;
  /** Only initiatives under this partnership. */
  partnership?: InputMaybe<Scalars['ID']['input']>;
  /** Starting strictly before this instant. */
  startsBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Starting at or after this instant. */
  startsFrom?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<Array<InitiativeStatus>>;
  /** Full-text search over the name (words match as prefixes, in any case). */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type InitiativeKind =
  | 'CHALLENGE'
  | 'CONFERENCE'
  | 'HACKATHON'
  | 'INNOVATION_LAB'
  | 'JOINT_PROJECT'
  | 'PUBLICATION'
  | 'RESEARCH_PROGRAM'
  | 'SPRINT';

export type InitiativeOrder = {
  direction?: OrderDirection;
  field: InitiativeOrderField;
};

export type InitiativeOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'STARTS_AT';

/** PLANNED and ACTIVE can change; COMPLETED and CANCELLED are final. */
export type InitiativeStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'PLANNED';

export type InitiativeUpdateStatusInput = {
  /** Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** COMPLETED and CANCELLED are final. */
  status: InitiativeStatus;
};

export type InitiativeUpdateStatusPayload = {
  __typename?: 'InitiativeUpdateStatusPayload';
  initiative?: Maybe<Initiative>;
  userErrors: Array<UserError>;
};

/** An engagement event (meeting, joint work, referral...) within a partnership. Append-only: a mistake is fixed by recording a correction, which replaces the original in every list. */
export type Interaction = Node & {
  __typename?: 'Interaction';
  /** When it took place. */
  at: Scalars['DateTime']['output'];
  /** Why this record corrects an earlier one (with `corrects`). */
  correctionReason?: Maybe<Scalars['String']['output']>;
  /** The earlier interaction this one corrects. */
  corrects?: Maybe<Interaction>;
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id; pass it back to `node(id:)`. */
  id: Scalars['ID']['output'];
  kind: InteractionKind;
  note?: Maybe<Scalars['String']['output']>;
  /** The participants who engaged in it, by name. */
  participants: ParticipantConnection;
  /** The partnership it happened within. */
  partnership: Partnership;
  updatedAt: Scalars['DateTime']['output'];
  /** Intensity, 0 < weight ≤ 5; 1 is an ordinary contact. */
  weight: Scalars['Float']['output'];
};


/** An engagement event (meeting, joint work, referral...) within a partnership. Append-only: a mistake is fixed by recording a correction, which replaces the original in every list. */
export type InteractionParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of interactions. */
export type InteractionConnection = {
  __typename?: 'InteractionConnection';
  edges: Array<InteractionEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Interaction>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Records a corrected copy of an interaction: the fields given replace the old values, the others are copied. The original is kept (hidden from lists) and points to its correction. */
export type InteractionCorrectInput = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** Idempotency key (8..200 characters). */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** The interaction to correct (the latest of its corrections). */
  id: Scalars['ID']['input'];
  kind?: InputMaybe<InteractionKind>;
  /** Set to null to remove the note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Why the record is corrected, 3..500 characters. */
  reason: Scalars['String']['input'];
  weight?: InputMaybe<Scalars['Float']['input']>;
};

export type InteractionCorrectPayload = {
  __typename?: 'InteractionCorrectPayload';
  /** The new, corrected interaction. */
  interaction?: Maybe<Interaction>;
  userErrors: Array<UserError>;
};

export type InteractionEdge = {
  __typename?: 'InteractionEdge';
  /** Opaque cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  node: Interaction;
};

/** Filters combine with AND; list values within one filter combine with OR. */
export type InteractionFilter = {
  /** Strictly before this instant. */
  before?: InputMaybe<Scalars['DateTime']['input']>;
  /** At or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  kind?: InputMaybe<Array<InteractionKind>>;
  /** Only interactions this participant engaged in. */
  participant?: InputMaybe<Scalars['ID']['input']>;
  /** Only interactions within this partnership. */
  partnership?: InputMaybe<Scalars['ID']['input']>;
};

/** What kind of engagement took place. */
export type InteractionKind =
  | 'CONTRIBUTION'
  | 'CO_MARKETING'
  | 'EVENT'
  | 'JOINT_WORK'
  | 'MEETING'
  | 'REFERRAL'
  | 'REVIEW'
  | 'SUPPORT';

export type InteractionOrder = {
  direction?: OrderDirection;
  field: InteractionOrderField;
};

export type InteractionOrderField =
  | 'AT';

export type InteractionRecordInput = {
  /** Default: now. Not in the future. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** Idempotency key chosen by the client (8..200 characters). Retrying with the same key returns the interaction recorded the first time. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  kind: InteractionKind;
  /** At most 2000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 1..10 participants, each a party of the partnership. */
  participantIds: Array<Scalars['ID']['input']>;
  partnershipId: Scalars['ID']['input'];
  /** 0 < weight ≤ 5. */
  weight?: Scalars['Float']['input'];
};

export type InteractionRecordPayload = {
  __typename?: 'InteractionRecordPayload';
  interaction?: Maybe<Interaction>;
  userErrors: Array<UserError>;
};

/** A change of a participant's joinedAt: the value before, the value after, and when. */
export type JoinedAtChange = {
  __typename?: 'JoinedAtChange';
  /** When the change was made (business time). */
  at: Scalars['DateTime']['output'];
  /** Who made the change. */
  by?: Maybe<Scalars['String']['output']>;
  /** The joinedAt before the change. */
  from: Scalars['DateTime']['output'];
  /** The joinedAt it was changed to. */
  to: Scalars['DateTime']['output'];
};

/** Which graph a figure is computed on: the window's events, or today's collaboration graph (used for every window until history is replayed, docs/kpis.md). */
export type KpiBasis =
  /** Today's collaboration graph, whatever the window. */
  | 'CURRENT_GRAPH'
  /** Activity, terminations and interactions inside the window asked for. */
  | 'WINDOW_EVENTS';

/** One KPI before and after a recomputation. */
export type KpiChange = {
  __typename?: 'KpiChange';
  after: Scalars['Float']['output'];
  /** Null when there was no earlier value. */
  before?: Maybe<Scalars['Float']['output']>;
  metric: Scalars['String']['output'];
};

/** A named number behind a KPI judgement. */
export type KpiFigure = {
  __typename?: 'KpiFigure';
  name: Scalars['String']['output'];
  value?: Maybe<Scalars['Float']['output']>;
};

/** Which computation a KPI comes from, and whether the graph changed since. */
export type KpiProvenance = {
  __typename?: 'KpiProvenance';
  /** 95 % bound on the absolute error of a sampled betweenness score; 0 when exact; null when the sampler is not uniform (GDS) and no bound is known. */
  betweennessErrorBound?: Maybe<Scalars['Float']['output']>;
  betweennessSampleSize: Scalars['Int']['output'];
  /** Betweenness from sampled sources (large graphs) rather than exact. */
  betweennessSampled: Scalars['Boolean']['output'];
  computedAt: Scalars['DateTime']['output'];
  /** Graph version now; differs from `version` while a recomputation is due. */
  currentVersion: Scalars['Int']['output'];
  /** False when the eigenvector power iteration stopped at its iteration limit: the scores are then an approximation. */
  eigenvectorConverged: Scalars['Boolean']['output'];
  /** Where the eigenvector centralities come from: "gds", or "in-process" (the graphology engine, or the GDS engine when GDS could not converge). */
  eigenvectorSource: Scalars['String']['output'];
  /** How long the computation took, in milliseconds. */
  elapsedMs: Scalars['Float']['output'];
  /** "gds" (inside Neo4j) or "graphology" (in process). */
  engine: Scalars['String']['output'];
  /** Graph version the incremental figures are exact for (degree, weightedDegree, participants, ties, density, averageDegree, components, largestComponentShare): brought up to date right after a write, so newer than `version` while the global figures recompute (docs/kpis.md, "Incremental figures"). */
  exactVersion: Scalars['Int']['output'];
  /** Per figure, the graph version it is exact for. */
  figureVersions: Array<FigureVersion>;
  /** True when the figures come from the snapshot persisted in the graph (computed by an earlier server process or another replica) rather than from this process; `version` says which graph version they are from. */
  restored: Scalars['Boolean']['output'];
  /** True when the graph changed since the computation (a newer one is on its way). */
  stale: Scalars['Boolean']['output'];
  /** Graph version the values were computed from. */
  version: Scalars['Int']['output'];
};

/** What a KPI subscription watches: the whole network, one participant, or the parties of a partnership. */
export type KpiScope =
  | 'ECOSYSTEM'
  | 'PARTICIPANT'
  | 'PARTNERSHIP';

/** New KPI values after a recomputation, with what changed. */
export type KpiUpdate = LiveEvent & {
  __typename?: 'KpiUpdate';
  /** When the change was committed (KPIs: computed). */
  at: Scalars['DateTime']['output'];
  /** gds or graphology. */
  engine: Scalars['String']['output'];
  /** Unique per event. */
  eventId: Scalars['ID']['output'];
  /** Graph version of the global figures (PageRank, betweenness, closeness, eigenvector, communities, clustering, cuts, resilience). Older than `version` in an incremental update: degrees, counts, density and components are exact for `version`, the rest follows from a background recomputation (docs/kpis.md). */
  fullVersion: Scalars['Int']['output'];
  /** True for the current value sent first (initial: true). */
  initial: Scalars['Boolean']['output'];
  /** ECOSYSTEM scope: network-level figures that changed. */
  network: Array<KpiChange>;
  /** PARTICIPANT / PARTNERSHIP scope: per participant. */
  participants: Array<ParticipantKpiChanges>;
  /** Graph version of the previous update (the newest version any of its figures was for). */
  previousVersion?: Maybe<Scalars['Int']['output']>;
  scope: KpiScope;
  /** Position in the outbox: unique, gap-free and increasing in commit order over all replicas. Pass the last one you received as `after` to resume. Null for KPI updates (computed per replica, not stored). */
  sequence?: Maybe<Scalars['Int']['output']>;
  /** Initial value only: true when the graph changed since it was computed (a recomputation follows as an update). */
  stale?: Maybe<Scalars['Boolean']['output']>;
  /** The participant or partnership watched. */
  subjectId?: Maybe<Scalars['ID']['output']>;
  /** Graph version after the change (KPIs: the version they were computed from). */
  version: Scalars['Int']['output'];
};

/** The time window [from, to) a KPI was computed over. */
export type KpiWindow = {
  __typename?: 'KpiWindow';
  /** Length in days. */
  days: Scalars['Float']['output'];
  from: Scalars['DateTime']['output'];
  to: Scalars['DateTime']['output'];
};

/** What every live event carries. */
export type LiveEvent = {
  /** When the change was committed (KPIs: computed). */
  at: Scalars['DateTime']['output'];
  /** Unique per event. */
  eventId: Scalars['ID']['output'];
  /** Position in the outbox: unique, gap-free and increasing in commit order over all replicas. Pass the last one you received as `after` to resume. Null for KPI updates (computed per replica, not stored). */
  sequence?: Maybe<Scalars['Int']['output']>;
  /** Graph version after the change (KPIs: the version they were computed from). */
  version: Scalars['Int']['output'];
};

/** An amount of money in one currency. */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['Float']['output'];
  /** ISO 4217 code, e.g. USD. */
  currency: Scalars['Currency']['output'];
};

/** An amount of money in one currency. */
export type MoneyInput = {
  amount: Scalars['Float']['input'];
  /** ISO 4217 code, e.g. USD. */
  currency: Scalars['Currency']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Drafts an agreement concerning a partnership. */
  agreementCreate?: Maybe<AgreementCreatePayload>;
  /** Records that a DRAFT or NEGOTIATING agreement was signed: it becomes EXECUTED. */
  agreementExecute?: Maybe<AgreementExecutePayload>;
  /** Moves an agreement to NEGOTIATING, EXPIRED or TERMINATED (see AgreementStatus for the moves). */
  agreementUpdateStatus?: Maybe<AgreementUpdateStatusPayload>;
  /** Seats a team member on a committee; adding a member twice keeps one membership. */
  committeeAddMember?: Maybe<CommitteeAddMemberPayload>;
  /** Sets up a governance committee. */
  committeeCreate?: Maybe<CommitteeCreatePayload>;
  /** Puts a partnership under the oversight of a committee (idempotent). */
  committeeOversee?: Maybe<CommitteeOverseePayload>;
  /** Records the outcome of a compliance check of a partnership (a PASSED DUE_DILIGENCE opens NEGOTIATION). */
  complianceCheckRecord?: Maybe<ComplianceCheckRecordPayload>;
  /** Escalates an OPEN conflict. */
  conflictEscalate?: Maybe<ConflictEscalatePayload>;
  /** Opens a conflict within a partnership. */
  conflictOpen?: Maybe<ConflictOpenPayload>;
  /** Resolves an OPEN or ESCALATED conflict. */
  conflictResolve?: Maybe<ConflictResolvePayload>;
  /** Records a decision taken about a partnership. */
  decisionRecord?: Maybe<DecisionRecordPayload>;
  /** Adds an amount to a cumulative goal's `actual` (read, add and write under the goal's lock) and records the new total. */
  goalAddProgress?: Maybe<GoalAddProgressPayload>;
  /** Sets a goal for the ecosystem or one partnership. */
  goalCreate?: Maybe<GoalCreatePayload>;
  /** Records a measurement of a goal's metric; its value becomes the goal's `actual`. */
  goalUpdateProgress?: Maybe<GoalUpdateProgressPayload>;
  /** Imports a small ecosystem from one JSON document (docs/import.md): upserts by externalId through the API’s rules and reports every record it did not write. */
  importEcosystem?: Maybe<ImportEcosystemPayload>;
  /** Adds a contributor with a role; adding one again keeps one link and updates its role. */
  initiativeAddContributor?: Maybe<InitiativeAddContributorPayload>;
  /** Starts (or plans) an initiative with its contributors. */
  initiativeCreate?: Maybe<InitiativeCreatePayload>;
  /** Moves an initiative to another status; COMPLETED and CANCELLED are final. */
  initiativeUpdateStatus?: Maybe<InitiativeUpdateStatusPayload>;
  /** Corrects an interaction by recording a corrected copy; the original stays, hidden from lists. */
  interactionCorrect?: Maybe<InteractionCorrectPayload>;
  /** Records an engagement event within a partnership. */
  interactionRecord?: Maybe<InteractionRecordPayload>;
  /** Adds a participant to the ecosystem. */
  participantCreate?: Maybe<ParticipantCreatePayload>;
  /** Changes a participant's properties. */
  participantUpdate?: Maybe<ParticipantUpdatePayload>;
  /** Adds a party (or changes its role). */
  partnershipAddParty?: Maybe<PartnershipAddPartyPayload>;
  /** Makes a team member an owner (idempotent). */
  partnershipAssignOwner?: Maybe<PartnershipAssignOwnerPayload>;
  /** Starts a partnership at IDENTIFICATION with its parties (and owners). */
  partnershipCreate?: Maybe<PartnershipCreatePayload>;
  /** Moves a partnership through its lifecycle, enforcing the guard rules (docs/lifecycle.md). */
  partnershipMoveStage?: Maybe<PartnershipMoveStagePayload>;
  /** Removes an owner. */
  partnershipRemoveOwner?: Maybe<PartnershipRemoveOwnerPayload>;
  /** Removes a party. */
  partnershipRemoveParty?: Maybe<PartnershipRemovePartyPayload>;
  /** Changes a partnership's properties. */
  partnershipUpdate?: Maybe<PartnershipUpdatePayload>;
  /** Applies a (not RETIRED) policy to one more partnership. */
  policyApply?: Maybe<PolicyApplyPayload>;
  /** Adds an ecosystem policy, optionally applied to partnerships. */
  policyCreate?: Maybe<PolicyCreatePayload>;
  /** Raises an OPEN risk about a partnership. */
  riskRaise?: Maybe<RiskRaisePayload>;
  /** Changes a risk's severity, likelihood, status or due date; a CLOSED risk is final. */
  riskUpdate?: Maybe<RiskUpdatePayload>;
  /** Records a party's satisfaction score for a partnership. */
  surveyRecord?: Maybe<SurveyRecordPayload>;
  /** Adds a member to the partnership team. */
  teamMemberCreate?: Maybe<TeamMemberCreatePayload>;
  /** Corrects a value flow by recording a corrected copy; the original stays, hidden from lists. */
  valueFlowCorrect?: Maybe<ValueFlowCorrectPayload>;
  /** Records value moving between two parties of a partnership. */
  valueFlowRecord?: Maybe<ValueFlowRecordPayload>;
};


export type MutationAgreementCreateArgs = {
  input: AgreementCreateInput;
};


export type MutationAgreementExecuteArgs = {
  input: AgreementExecuteInput;
};


export type MutationAgreementUpdateStatusArgs = {
  input: AgreementUpdateStatusInput;
};


export type MutationCommitteeAddMemberArgs = {
  input: CommitteeAddMemberInput;
};


export type MutationCommitteeCreateArgs = {
  input: CommitteeCreateInput;
};


export type MutationCommitteeOverseeArgs = {
  input: CommitteeOverseeInput;
};


export type MutationComplianceCheckRecordArgs = {
  input: ComplianceCheckRecordInput;
};


export type MutationConflictEscalateArgs = {
  input: ConflictEscalateInput;
};


export type MutationConflictOpenArgs = {
  input: ConflictOpenInput;
};


export type MutationConflictResolveArgs = {
  input: ConflictResolveInput;
};


export type MutationDecisionRecordArgs = {
  input: DecisionRecordInput;
};


export type MutationGoalAddProgressArgs = {
  input: GoalAddProgressInput;
};


export type MutationGoalCreateArgs = {
  input: GoalCreateInput;
};


export type MutationGoalUpdateProgressArgs = {
  input: GoalUpdateProgressInput;
};


export type MutationImportEcosystemArgs = {
  input: ImportEcosystemInput;
};


export type MutationInitiativeAddContributorArgs = {
  input: InitiativeAddContributorInput;
};


export type MutationInitiativeCreateArgs = {
  input: InitiativeCreateInput;
};


export type MutationInitiativeUpdateStatusArgs = {
  input: InitiativeUpdateStatusInput;
};


export type MutationInteractionCorrectArgs = {
  input: InteractionCorrectInput;
};


export type MutationInteractionRecordArgs = {
  input: InteractionRecordInput;
};


export type MutationParticipantCreateArgs = {
  input: ParticipantCreateInput;
};


export type MutationParticipantUpdateArgs = {
  input: ParticipantUpdateInput;
};


export type MutationPartnershipAddPartyArgs = {
  input: PartnershipAddPartyInput;
};


export type MutationPartnershipAssignOwnerArgs = {
  input: PartnershipOwnerInput;
};


export type MutationPartnershipCreateArgs = {
  input: PartnershipCreateInput;
};


export type MutationPartnershipMoveStageArgs = {
  input: PartnershipMoveStageInput;
};


export type MutationPartnershipRemoveOwnerArgs = {
  input: PartnershipOwnerInput;
};


export type MutationPartnershipRemovePartyArgs = {
  input: PartnershipRemovePartyInput;
};


export type MutationPartnershipUpdateArgs = {
  input: PartnershipUpdateInput;
};


export type MutationPolicyApplyArgs = {
  input: PolicyApplyInput;
};


export type MutationPolicyCreateArgs = {
  input: PolicyCreateInput;
};


export type MutationRiskRaiseArgs = {
  input: RiskRaiseInput;
};


export type MutationRiskUpdateArgs = {
  input: RiskUpdateInput;
};


export type MutationSurveyRecordArgs = {
  input: SurveyRecordInput;
};


export type MutationTeamMemberCreateArgs = {
  input: TeamMemberCreateInput;
};


export type MutationValueFlowCorrectArgs = {
  input: ValueFlowCorrectInput;
};


export type MutationValueFlowRecordArgs = {
  input: ValueFlowRecordInput;
};

/** Network health of the collaboration graph; see docs/kpis.md for each definition. */
export type NetworkHealth = {
  __typename?: 'NetworkHealth';
  activeParticipants: Scalars['Int']['output'];
  /** Participants with ≥ 1 interaction in the window / participants. */
  activeShare: Scalars['Float']['output'];
  /** Participants whose removal disconnects their component (`singlePointsOfFailure` says how badly). */
  articulationPoints: Array<Participant>;
  averageClustering: Scalars['Float']['output'];
  averageDegree: Scalars['Float']['output'];
  /** Ties whose removal disconnects their component (`bridges` lists them). */
  bridgeCount: Scalars['Int']['output'];
  /** Ties whose loss would split their component, the ones cutting off the most participants first (then by participant ids). */
  bridges: Array<BridgeTie>;
  /** Partnerships terminated in the window / active at its start. */
  churn?: Maybe<Scalars['Float']['output']>;
  communities: Scalars['Int']['output'];
  components: Scalars['Int']['output'];
  /** Each part with its weight, 0–1 value and points, in the order of `weights`; the points sum to `score`. */
  contributions: Array<HealthContribution>;
  density: Scalars['Float']['output'];
  /** Shannon entropy of participant kinds / ln(kinds present); 0 with one kind. */
  diversity: Scalars['Float']['output'];
  /** Interaction weight in the window / in the preceding window. */
  engagementTrend?: Maybe<Scalars['Float']['output']>;
  growth: Growth;
  largestComponentShare: Scalars['Float']['output'];
  modularity: Scalars['Float']['output'];
  participants: Scalars['Int']['output'];
  partnershipsActiveAtStart: Scalars['Int']['output'];
  provenance: KpiProvenance;
  resilience: Scalars['Float']['output'];
  /** 0–100 composite; `contributions` says how it is made. */
  score: Scalars['Float']['output'];
  /** Articulation points with how many participants each would cut off, most first (then by participant id). */
  singlePointsOfFailure: Array<SinglePointOfFailure>;
  /** The graph the structural figures (ties, density, degree, clustering, components, communities, modularity, resilience, bridges, single points of failure) are computed on: today's, for every window (CURRENT_GRAPH), until history is replayed. The windowed figures (activeShare, churn, growth, engagementTrend) and each contribution say their own basis. */
  structureBasis: KpiBasis;
  terminatedPartnerships: Scalars['Int']['output'];
  ties: Scalars['Int']['output'];
  transitivity: Scalars['Float']['output'];
  weights: HealthWeights;
};


/** Network health of the collaboration graph; see docs/kpis.md for each definition. */
export type NetworkHealthBridgesArgs = {
  first?: Scalars['Int']['input'];
};


/** Network health of the collaboration graph; see docs/kpis.md for each definition. */
export type NetworkHealthSinglePointsOfFailureArgs = {
  first?: Scalars['Int']['input'];
};

/** An object with a globally unique, opaque id. */
export type Node = {
  /** Opaque global id; pass it back to `node(id:)`. */
  id: Scalars['ID']['output'];
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** An organisation or person of the ecosystem. */
export type Participant = Node & {
  __typename?: 'Participant';
  createdAt: Scalars['DateTime']['output'];
  /** This participant's engagement in the window (default: the last 90 days) and its trend against the preceding window. */
  engagement: EngagementMeasure;
  /** When the participant exited (business time of the change to EXITED); null unless its status is EXITED. */
  exitedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Id in an external system (CRM, import file). */
  externalId?: Maybe<Scalars['String']['output']>;
  /** Opaque global id; pass it back to `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Initiatives this participant contributes to, latest start first, with its role in each. */
  initiatives: ParticipantInitiativeConnection;
  /** Interactions this participant engaged in, newest first. */
  interactions: InteractionConnection;
  /** When the participant joined the ecosystem. */
  joinedAt: Scalars['DateTime']['output'];
  /** Every change of joinedAt, oldest first, each keeping the value it replaced. */
  joinedAtHistory: Array<JoinedAtChange>;
  kind: ParticipantKind;
  /** Centralities and community on the collaboration graph; null for EXITED participants. */
  metrics?: Maybe<ParticipantMetrics>;
  name: Scalars['String']['output'];
  /** The ego network around this participant: who it works with, and who they work with. */
  neighborhood: GraphView;
  /** Partnerships this participant is party to, by name, with its role in each. */
  partnerships: ParticipantPartnershipConnection;
  /** Geographic region, e.g. "Europe". */
  region: Scalars['String']['output'];
  /** Industry sector, e.g. "Healthcare AI". */
  sector: Scalars['String']['output'];
  status: ParticipantStatus;
  /** Survey answers this participant gave, newest first. */
  surveys: SurveyConnection;
  tier: ParticipantTier;
  updatedAt: Scalars['DateTime']['output'];
  /** Value flows this participant received (IN), gave (OUT) or both, newest first. */
  valueFlows: ValueFlowConnection;
};


/** An organisation or person of the ecosystem. */
export type ParticipantEngagementArgs = {
  window?: InputMaybe<WindowInput>;
};


/** An organisation or person of the ecosystem. */
export type ParticipantInitiativesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<InitiativeStatus>>;
};


/** An organisation or person of the ecosystem. */
export type ParticipantInteractionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InteractionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<InteractionOrder>;
};


/** An organisation or person of the ecosystem. */
export type ParticipantNeighborhoodArgs = {
  depth?: Scalars['Int']['input'];
  filter?: InputMaybe<TieFilterInput>;
  limit?: Scalars['Int']['input'];
};


/** An organisation or person of the ecosystem. */
export type ParticipantPartnershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  stage?: InputMaybe<Array<PartnershipStage>>;
};


/** An organisation or person of the ecosystem. */
export type ParticipantSurveysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SurveyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<SurveyOrder>;
};


/** An organisation or person of the ecosystem. */
export type ParticipantValueFlowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  direction?: ValueFlowDirection;
  filter?: InputMaybe<ValueFlowFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ValueFlowOrder>;
};

/** A page of participants. */
export type ParticipantConnection = {
  __typename?: 'ParticipantConnection';
  edges: Array<ParticipantEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Participant>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ParticipantCreateInput = {
  /** Idempotency key chosen by the client (8..200 characters). Retrying a create with the same key returns the participant made the first time instead of a duplicate. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** Unique id in an external system, 1..100 characters. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Default: now. Not in the future. */
  joinedAt?: InputMaybe<Scalars['DateTime']['input']>;
  kind: ParticipantKind;
  /** 2..200 characters. */
  name: Scalars['String']['input'];
  /** 1..100 characters. */
  region: Scalars['String']['input'];
  /** 1..100 characters. */
  sector: Scalars['String']['input'];
  status?: ParticipantStatus;
  tier?: ParticipantTier;
};

export type ParticipantCreatePayload = {
  __typename?: 'ParticipantCreatePayload';
  participant?: Maybe<Participant>;
  userErrors: Array<UserError>;
};

export type ParticipantEdge = {
  __typename?: 'ParticipantEdge';
  /** Opaque cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  node: Participant;
};

/** Filters combine with AND; list values within one filter combine with OR. */
export type ParticipantFilter = {
  /** Exited strictly before this instant. */
  exitedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Exited at or after this instant. */
  exitedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Joined strictly before this instant. */
  joinedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Joined at or after this instant. */
  joinedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  kind?: InputMaybe<Array<ParticipantKind>>;
  /** Regions, matched case-insensitively (docs/api.md, "Text filters"); a value stored nowhere is refused (BAD_USER_INPUT, reason UNKNOWN_FILTER_VALUE) with the closest stored ones. */
  region?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Sectors, matched case-insensitively (docs/api.md, "Text filters"); a value stored nowhere is refused (BAD_USER_INPUT, reason UNKNOWN_FILTER_VALUE) with the closest stored ones. */
  sector?: InputMaybe<Array<Scalars['String']['input']>>;
  status?: InputMaybe<Array<ParticipantStatus>>;
  /** Full-text search over name, sector, region, externalId (words match as prefixes, in any case). */
  text?: InputMaybe<Scalars['String']['input']>;
  tier?: InputMaybe<Array<ParticipantTier>>;
};

/** The initiatives a participant contributes to. */
export type ParticipantInitiativeConnection = {
  __typename?: 'ParticipantInitiativeConnection';
  edges: Array<ParticipantInitiativeEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Initiative>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An initiative seen from one of its contributors, with that contributor's role. */
export type ParticipantInitiativeEdge = {
  __typename?: 'ParticipantInitiativeEdge';
  /** Opaque cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  node: Initiative;
  role: ContributorRole;
};

export type ParticipantKind =
  | 'COMMUNITY'
  | 'COMPANY'
  | 'GOVERNMENT'
  | 'INDIVIDUAL'
  | 'INVESTOR'
  | 'RESEARCH_INSTITUTE'
  | 'STARTUP'
  | 'UNIVERSITY';

/** One participant's KPI changes. */
export type ParticipantKpiChanges = {
  __typename?: 'ParticipantKpiChanges';
  changes: Array<KpiChange>;
  communityMove?: Maybe<CommunityMove>;
  participant: Participant;
  rankChanges: Array<RankChange>;
};

/** A participant's structural position in the collaboration graph. */
export type ParticipantMetrics = {
  __typename?: 'ParticipantMetrics';
  betweenness: Scalars['Float']['output'];
  closeness: Scalars['Float']['output'];
  /** Louvain community id (ids are only comparable within one computation). */
  community: Scalars['Int']['output'];
  /** Distinct collaboration partners. */
  degree: Scalars['Int']['output'];
  eigenvector: Scalars['Float']['output'];
  /** Decayed, weighted engagement in the window (default: the last 90 days); = Participant.engagement(window).score. */
  engagementScore: Scalars['Float']['output'];
  /** Engagement in the window / in the preceding window of the same length (null when that was 0); = Participant.engagement(window).trend. */
  engagementTrend?: Maybe<Scalars['Float']['output']>;
  pageRank: Scalars['Float']['output'];
  provenance: KpiProvenance;
  /** Rank among all participants by a metric (1 = highest). */
  rankIn?: Maybe<Scalars['Int']['output']>;
  /** Shared partnerships summed over partners. */
  weightedDegree: Scalars['Float']['output'];
};


/** A participant's structural position in the collaboration graph. */
export type ParticipantMetricsEngagementScoreArgs = {
  window?: InputMaybe<WindowInput>;
};


/** A participant's structural position in the collaboration graph. */
export type ParticipantMetricsEngagementTrendArgs = {
  window?: InputMaybe<WindowInput>;
};


/** A participant's structural position in the collaboration graph. */
export type ParticipantMetricsRankInArgs = {
  metric: CentralityMetric;
};

export type ParticipantOrder = {
  direction?: OrderDirection;
  field: ParticipantOrderField;
};

export type ParticipantOrderField =
  | 'CREATED_AT'
  | 'JOINED_AT'
  | 'NAME';

/** The partnerships a participant is party to. */
export type ParticipantPartnershipConnection = {
  __typename?: 'ParticipantPartnershipConnection';
  edges: Array<ParticipantPartnershipEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Partnership>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A partnership seen from one of its parties, with that party's role. */
export type ParticipantPartnershipEdge = {
  __typename?: 'ParticipantPartnershipEdge';
  /** Opaque cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  node: Partnership;
  role: PartyRole;
};

export type ParticipantStatus =
  | 'ACTIVE'
  | 'DORMANT'
  | 'EXITED'
  | 'PROSPECT';

/** Partner-programme tier, from STRATEGIC (most important) to EMERGING. */
export type ParticipantTier =
  | 'CORE'
  | 'EMERGING'
  | 'STANDARD'
  | 'STRATEGIC';

/** Only the fields given are changed. */
export type ParticipantUpdateInput = {
  /** Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** Set to null to remove it. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  joinedAt?: InputMaybe<Scalars['DateTime']['input']>;
  kind?: InputMaybe<ParticipantKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ParticipantStatus>;
  tier?: InputMaybe<ParticipantTier>;
};

export type ParticipantUpdatePayload = {
  __typename?: 'ParticipantUpdatePayload';
  participant?: Maybe<Participant>;
  userErrors: Array<UserError>;
};

/** A participant to partner with, by Adamic–Adar on the collaboration graph. */
export type PartnerRecommendation = {
  __typename?: 'PartnerRecommendation';
  participant: Participant;
  /** Adamic–Adar index: Σ over shared neighbours of 1 / ln(degree). */
  score: Scalars['Float']['output'];
  /** The explanation, the largest contributions first. */
  sharedNeighbours: Array<SharedNeighbour>;
};

/** A partnership between two or more participants. */
export type Partnership = Node & {
  __typename?: 'Partnership';
  /** Agreements concerning the partnership, newest first. */
  agreements: AgreementConnection;
  /** Committees overseeing this partnership, by name. */
  committees: CommitteeConnection;
  /** Compliance checks of the partnership, most recent first. */
  complianceChecks: ComplianceCheckConnection;
  /** Conflicts within the partnership, most recent first. */
  conflicts: ConflictConnection;
  createdAt: Scalars['DateTime']['output'];
  /** Decisions about the partnership, most recent first. */
  decisions: DecisionConnection;
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Goals set for this partnership, soonest due first. */
  goals: GoalConnection;
  /** Opaque global id; pass it back to `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Initiatives run under this partnership, latest start first. */
  initiatives: InitiativeConnection;
  /** Interactions within this partnership, newest first. */
  interactions: InteractionConnection;
  name: Scalars['String']['output'];
  /** Team members owning this partnership, by name. */
  owners: TeamMemberConnection;
  /** The participants party to it, with their roles. */
  parties: PartnershipPartyConnection;
  /** Every period a participant was or is party to it, oldest first: removed parties and earlier roles included (`parties` lists only the current ones). */
  partyHistory: Array<PartyPeriod>;
  /** Ecosystem policies applied to the partnership, by title. */
  policies: PolicyConnection;
  /** Risks concerning the partnership, most recently raised first. */
  risks: RiskConnection;
  /** Value, ROI, satisfaction, goal performance, growth, innovation, engagement, time in stage and risk flags over the window (default: the last 90 days). Null only if the partnership was deleted meanwhile. */
  scorecard?: Maybe<PartnershipScorecard>;
  stage: PartnershipStage;
  /** Every lifecycle move, oldest first by default. */
  stageHistory: StageChangeConnection;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Fit with the ecosystem strategy, 0..1. */
  strategicAlignment?: Maybe<Scalars['Float']['output']>;
  subtype: PartnershipSubtype;
  /** The parties' survey answers about it, newest first. */
  surveys: SurveyConnection;
  type: PartnershipType;
  updatedAt: Scalars['DateTime']['output'];
  /** Value flows tagged with this partnership, in both directions, newest first. */
  valueFlows: ValueFlowConnection;
};


/** A partnership between two or more participants. */
export type PartnershipAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<Array<AgreementKind>>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AgreementOrder>;
  status?: InputMaybe<Array<AgreementStatus>>;
};


/** A partnership between two or more participants. */
export type PartnershipCommitteesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partnership between two or more participants. */
export type PartnershipComplianceChecksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<Array<ComplianceCheckKind>>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ComplianceCheckOrder>;
  status?: InputMaybe<Array<ComplianceCheckStatus>>;
};


/** A partnership between two or more participants. */
export type PartnershipConflictsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ConflictOrder>;
  status?: InputMaybe<Array<ConflictStatus>>;
};


/** A partnership between two or more participants. */
export type PartnershipDecisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DecisionOrder>;
  outcome?: InputMaybe<Array<DecisionOutcome>>;
};


/** A partnership between two or more participants. */
export type PartnershipGoalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partnership between two or more participants. */
export type PartnershipInitiativesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<InitiativeStatus>>;
};


/** A partnership between two or more participants. */
export type PartnershipInteractionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InteractionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<InteractionOrder>;
};


/** A partnership between two or more participants. */
export type PartnershipOwnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partnership between two or more participants. */
export type PartnershipPartiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partnership between two or more participants. */
export type PartnershipPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  area?: InputMaybe<Array<PolicyArea>>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PolicyOrder>;
  status?: InputMaybe<Array<PolicyStatus>>;
};


/** A partnership between two or more participants. */
export type PartnershipRisksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Array<RiskCategory>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RiskOrder>;
  severity?: InputMaybe<Array<RiskSeverity>>;
  status?: InputMaybe<Array<RiskStatus>>;
};


/** A partnership between two or more participants. */
export type PartnershipScorecardArgs = {
  window?: InputMaybe<WindowInput>;
};


/** A partnership between two or more participants. */
export type PartnershipStageHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  direction?: OrderDirection;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partnership between two or more participants. */
export type PartnershipSurveysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SurveyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<SurveyOrder>;
};


/** A partnership between two or more participants. */
export type PartnershipValueFlowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ValueFlowFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ValueFlowOrder>;
};

export type PartnershipAddPartyInput = {
  /** Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  participantId: Scalars['ID']['input'];
  partnershipId: Scalars['ID']['input'];
  role?: PartyRole;
};

/** Result of partnershipAddParty. */
export type PartnershipAddPartyPayload = {
  __typename?: 'PartnershipAddPartyPayload';
  /** The partnership after the change; null when refused. */
  partnership?: Maybe<Partnership>;
  userErrors: Array<UserError>;
};

/** Result of partnershipAssignOwner. */
export type PartnershipAssignOwnerPayload = {
  __typename?: 'PartnershipAssignOwnerPayload';
  /** The partnership after the change; null when refused. */
  partnership?: Maybe<Partnership>;
  userErrors: Array<UserError>;
};

/** A partnership type and stage: edges refer to these by index. */
export type PartnershipClass = {
  __typename?: 'PartnershipClass';
  stage: PartnershipStage;
  type: PartnershipType;
};

/** A page of partnerships. */
export type PartnershipConnection = {
  __typename?: 'PartnershipConnection';
  edges: Array<PartnershipEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Partnership>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PartnershipCreateInput = {
  /** Idempotency key (8..200 characters). */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** End of the planned term; after startedAt. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** 3..200 characters. */
  name: Scalars['String']['input'];
  /** Team members owning the partnership. */
  ownerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 1..20 distinct participants, at most one LEAD. */
  parties: Array<PartyInput>;
  /** Default: now. Not in the future. */
  startedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Fit with the ecosystem strategy, 0..1. */
  strategicAlignment?: InputMaybe<Scalars['Float']['input']>;
  /** Must belong to the type (see docs/data-model.md). */
  subtype: PartnershipSubtype;
  type: PartnershipType;
};

/** Result of partnershipCreate. */
export type PartnershipCreatePayload = {
  __typename?: 'PartnershipCreatePayload';
  /** The partnership after the change; null when refused. */
  partnership?: Maybe<Partnership>;
  userErrors: Array<UserError>;
};

export type PartnershipEdge = {
  __typename?: 'PartnershipEdge';
  /** Opaque cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  node: Partnership;
};

/** Filters combine with AND; list values within one filter combine with OR. */
export type PartnershipFilter = {
  /** Strategic alignment at least this (0..1). */
  minStrategicAlignment?: InputMaybe<Scalars['Float']['input']>;
  /** Owned (or co-owned) by this team member. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** This participant is a party. */
  party?: InputMaybe<Scalars['ID']['input']>;
  stage?: InputMaybe<Array<PartnershipStage>>;
  /** Started strictly before this instant. */
  startedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Started at or after this instant. */
  startedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  subtype?: InputMaybe<Array<PartnershipSubtype>>;
  /** Full-text search over the name (words match as prefixes, in any case). */
  text?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<Array<PartnershipType>>;
};

export type PartnershipMoveStageInput = {
  /** Default: now. Not in the future. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** Idempotency key: a retried move is not applied twice. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** Why; required for TERMINATED. At most 1000 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
  to: PartnershipStage;
};

/** Result of partnershipMoveStage. */
export type PartnershipMoveStagePayload = {
  __typename?: 'PartnershipMoveStagePayload';
  partnership?: Maybe<Partnership>;
  /** The recorded move; null when refused. */
  stageChange?: Maybe<StageChange>;
  userErrors: Array<UserError>;
};

export type PartnershipOrder = {
  direction?: OrderDirection;
  field: PartnershipOrderField;
};

export type PartnershipOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'STARTED_AT';

export type PartnershipOwnerInput = {
  /** Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  partnershipId: Scalars['ID']['input'];
  teamMemberId: Scalars['ID']['input'];
};

/** The participants party to a partnership. */
export type PartnershipPartyConnection = {
  __typename?: 'PartnershipPartyConnection';
  edges: Array<PartnershipPartyEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Participant>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A party of a partnership, with its role. */
export type PartnershipPartyEdge = {
  __typename?: 'PartnershipPartyEdge';
  /** Since when it is party in this role (business time). */
  addedAt: Scalars['DateTime']['output'];
  /** Opaque cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  node: Participant;
  role: PartyRole;
};

/** Result of partnershipRemoveOwner. */
export type PartnershipRemoveOwnerPayload = {
  __typename?: 'PartnershipRemoveOwnerPayload';
  /** The partnership after the change; null when refused. */
  partnership?: Maybe<Partnership>;
  userErrors: Array<UserError>;
};

export type PartnershipRemovePartyInput = {
  /** Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  participantId: Scalars['ID']['input'];
  partnershipId: Scalars['ID']['input'];
};

/** Result of partnershipRemoveParty. */
export type PartnershipRemovePartyPayload = {
  __typename?: 'PartnershipRemovePartyPayload';
  /** The partnership after the change; null when refused. */
  partnership?: Maybe<Partnership>;
  userErrors: Array<UserError>;
};

/** How a partnership is doing over a window, each figure with the numbers behind it. */
export type PartnershipScorecard = {
  __typename?: 'PartnershipScorecard';
  /** When state figures (stage, overdue goals, expiring agreements) are read: min(window end, now). */
  asOf: Scalars['DateTime']['output'];
  daysInStage: ScorecardStage;
  /** Interactions within the partnership, weighted like participant engagement. */
  engagement: EngagementMeasure;
  growth: ScorecardGrowth;
  innovation: ScorecardInnovation;
  performance: ScorecardPerformance;
  riskFlags: Array<RiskFlag>;
  roi: ScorecardRoi;
  satisfaction: ScorecardSatisfaction;
  value: ScorecardValue;
  window: KpiWindow;
};

/** Lifecycle stage: IDENTIFICATION → … → MANAGEMENT ⇄ RENEWAL; any stage → TERMINATED. */
export type PartnershipStage =
  | 'EVALUATION'
  | 'IDENTIFICATION'
  | 'IMPLEMENTATION'
  | 'MANAGEMENT'
  | 'NEGOTIATION'
  | 'RENEWAL'
  | 'TERMINATED';

export type PartnershipSubtype =
  | 'ACADEMIC'
  | 'ACCELERATOR'
  | 'API'
  | 'CHANNEL'
  | 'CO_CREATION'
  | 'CUSTOMER'
  | 'GOVERNMENT'
  | 'INDUSTRY'
  | 'INFRASTRUCTURE'
  | 'INNOVATION_LAB'
  | 'INSTITUTIONAL'
  | 'INTERNATIONAL'
  | 'JOINT_DEVELOPMENT'
  | 'MARKET'
  | 'PLATFORM'
  | 'SUPPLIER'
  | 'TOOL';

export type PartnershipType =
  | 'BUSINESS'
  | 'INNOVATION'
  | 'RESEARCH'
  | 'TECHNOLOGY';

/** Only the fields given are changed. The stage moves with partnershipMoveStage. */
export type PartnershipUpdateInput = {
  /** Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  strategicAlignment?: InputMaybe<Scalars['Float']['input']>;
  subtype?: InputMaybe<PartnershipSubtype>;
  /** Give the subtype too when changing the type. */
  type?: InputMaybe<PartnershipType>;
};

/** Result of partnershipUpdate. */
export type PartnershipUpdatePayload = {
  __typename?: 'PartnershipUpdatePayload';
  /** The partnership after the change; null when refused. */
  partnership?: Maybe<Partnership>;
  userErrors: Array<UserError>;
};

export type PartyInput = {
  participantId: Scalars['ID']['input'];
  role?: PartyRole;
};

/** A period a participant was party to a partnership. Removing the party ends the period; adding it again starts a new one. */
export type PartyPeriod = {
  __typename?: 'PartyPeriod';
  /** When the period began (business time). */
  addedAt: Scalars['DateTime']['output'];
  participant: Participant;
  /** When it ended; null while the party is current. */
  removedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Its role in the period (the latest one, for a role changed meanwhile). */
  role: PartyRole;
};

/** A participant's role in a partnership. */
export type PartyRole =
  | 'LEAD'
  | 'OBSERVER'
  | 'PARTNER'
  | 'SPONSOR';

/** A rater’s latest survey of the partnership up to the window end. */
export type PartySatisfaction = {
  __typename?: 'PartySatisfaction';
  at: Scalars['DateTime']['output'];
  participant: Participant;
  /** 0..10. */
  score: Scalars['Int']['output'];
};

export type PeriodActivity = {
  __typename?: 'PeriodActivity';
  interactions: Scalars['Int']['output'];
  /** Distinct participants engaged. */
  participants: Scalars['Int']['output'];
  /** Start of the period (UTC; weeks start on Monday). */
  start: Scalars['DateTime']['output'];
  /** Summed interaction weight. */
  weight: Scalars['Float']['output'];
};

export type PeriodInterval =
  | 'DAY'
  | 'MONTH'
  | 'QUARTER'
  | 'WEEK';

/** An ecosystem-level policy, applied to some partnerships. */
export type Policy = Node & {
  __typename?: 'Policy';
  area: PolicyArea;
  createdAt: Scalars['DateTime']['output'];
  /** When the policy takes (or took) effect. */
  effectiveAt: Scalars['DateTime']['output'];
  /** Opaque global id; pass it back to `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Partnerships the policy applies to, by name. */
  partnerships: PolicyPartnershipConnection;
  status: PolicyStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};


/** An ecosystem-level policy, applied to some partnerships. */
export type PolicyPartnershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  stage?: InputMaybe<Array<PartnershipStage>>;
};

export type PolicyApplyInput = {
  /** Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** The partnership the policy now applies to. Applying twice changes nothing. */
  partnershipId: Scalars['ID']['input'];
};

export type PolicyApplyPayload = {
  __typename?: 'PolicyApplyPayload';
  policy?: Maybe<Policy>;
  userErrors: Array<UserError>;
};

export type PolicyArea =
  | 'COMPLIANCE'
  | 'DATA_SHARING'
  | 'ENGAGEMENT'
  | 'ETHICS'
  | 'IP'
  | 'SECURITY';

/** A page of policies. */
export type PolicyConnection = {
  __typename?: 'PolicyConnection';
  edges: Array<PolicyEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Policy>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PolicyCreateInput = {
  area: PolicyArea;
  /** Idempotency key (8..200 characters): a retry with the same key returns the first policy. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** Default: now. Only a DRAFT may take effect in the future. */
  effectiveAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Partnerships it applies to from the start (at most 100). */
  partnershipIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  status?: PolicyStatus;
  /** 3..200 characters. */
  title: Scalars['String']['input'];
};

export type PolicyCreatePayload = {
  __typename?: 'PolicyCreatePayload';
  policy?: Maybe<Policy>;
  userErrors: Array<UserError>;
};

export type PolicyEdge = {
  __typename?: 'PolicyEdge';
  /** Opaque cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  node: Policy;
};

/** Filters combine with AND; list values within one filter combine with OR. */
export type PolicyFilter = {
  area?: InputMaybe<Array<PolicyArea>>;
  /** Only policies applying to this partnership. */
  partnership?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<PolicyStatus>>;
};

export type PolicyOrder = {
  direction?: OrderDirection;
  field: PolicyOrderField;
};

export type PolicyOrderField =
  | 'CREATED_AT'
  | 'EFFECTIVE_AT'
  | 'TITLE';

/** The partnerships a policy applies to. */
export type PolicyPartnershipConnection = {
  __typename?: 'PolicyPartnershipConnection';
  edges: Array<PolicyPartnershipEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Partnership>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PolicyPartnershipEdge = {
  __typename?: 'PolicyPartnershipEdge';
  /** Opaque cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  node: Partnership;
};

/** A DRAFT's effectiveAt may lie in the future; ACTIVE and RETIRED policies are in effect since then. */
export type PolicyStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'RETIRED';

export type Query = {
  __typename?: 'Query';
  /** An agreement by its global id. */
  agreement?: Maybe<Agreement>;
  /** Agreements, filtered and ordered, a page at a time. */
  agreements: AgreementConnection;
  /** Running partnerships (not IDENTIFICATION, not TERMINATED) with falling engagement, a stalled stage, dropping satisfaction or overdue goals, each with its reasons. */
  atRiskPartnerships: AtRiskReport;
  /** The audit trail, newest first (ADMIN only). */
  auditTrail: AuditEntryConnection;
  /** Counts (and for VALUE the summed amounts) grouped by one dimension, for the ecosystem, or only what one participant takes part in (participantId) or one partnership holds (partnershipId). Windowed measures default to the last 90 days. */
  breakdown: Breakdown;
  /** The top participants by a centrality (e.g. brokers by betweenness). */
  centrality: CentralityRanking;
  /** The shortest chain of partnerships between two participants ("who can introduce us"), or with weighted: true the chain of strongest ties. Null when none within maxHops. */
  collaborationPath?: Maybe<CollaborationPath>;
  /** A committee by its global id. */
  committee?: Maybe<Committee>;
  /** Governance committees, filtered and ordered. */
  committees: CommitteeConnection;
  /** Louvain communities of the collaboration graph, largest first. */
  communities: CommunityList;
  /** A compliance check by its global id. */
  complianceCheck?: Maybe<ComplianceCheck>;
  /** Compliance checks, filtered and ordered, a page at a time. */
  complianceChecks: ComplianceCheckConnection;
  /** A conflict by its global id. */
  conflict?: Maybe<Conflict>;
  /** Conflicts, filtered and ordered, a page at a time. */
  conflicts: ConflictConnection;
  /** A decision by its global id. */
  decision?: Maybe<Decision>;
  /** Decisions, filtered and ordered, a page at a time. */
  decisions: DecisionConnection;
  /** The collaboration graph ready to draw in one request (parallel arrays, largest component first), with the centralities of the cached KPI snapshot. Under AGGREGATE disclosure ids and labels are null (`identities: false`). */
  drawableGraph: DrawableGraph;
  /** Ecosystem-level KPIs over a window (default: the 90 days up to the start of the next minute). */
  ecosystem: Ecosystem;
  /** The values each filterable text and enum field takes, with counts: what filters on region, sector, kind, type and stage can ask for. */
  facets: Facets;
  /** Holt linear smoothing over the last 24 complete months of engagement or value (the ecosystem's, a participant's or a partnership's), projected `periods` months ahead. */
  forecast: Forecast;
  /** A goal by its global id. */
  goal?: Maybe<Goal>;
  /** Ecosystem and partnership goals, filtered and ordered. */
  goals: GoalConnection;
  /** An initiative by its global id. */
  initiative?: Maybe<Initiative>;
  /** Initiatives, filtered (or searched) and ordered. */
  initiatives: InitiativeConnection;
  /** An interaction by its global id (corrected ones too, for their history). */
  interaction?: Maybe<Interaction>;
  /** Interactions (corrected ones replaced by their corrections), filtered, a page at a time. */
  interactions: InteractionConnection;
  /** Any object by its global id; null when none has it. */
  node?: Maybe<Node>;
  /** Objects by global id (at most 100), in the order asked; null for unknown ids. */
  nodes: Array<Maybe<Node>>;
  /** A participant by its global id. */
  participant?: Maybe<Participant>;
  /** Participants, filtered and ordered, a page at a time. */
  participants: ParticipantConnection;
  /** A partnership by its global id. */
  partnership?: Maybe<Partnership>;
  /** Partnerships, filtered and ordered, a page at a time. */
  partnerships: PartnershipConnection;
  /** Ecosystem policies, filtered and ordered, a page at a time. */
  policies: PolicyConnection;
  /** A policy by its global id. */
  policy?: Maybe<Policy>;
  /** Top-k participants this one does not work with yet, ranked by Adamic–Adar on the collaboration graph (shared partners, hubs weighted down), each explained by the shared partners. Empty for an EXITED participant. */
  recommendPartners: Array<PartnerRecommendation>;
  /** A risk by its global id. */
  risk?: Maybe<Risk>;
  /** Risks, filtered and ordered, a page at a time. */
  risks: RiskConnection;
  /** Full-text search across participants, partnerships and initiatives. */
  search: Array<SearchHit>;
  /** A filtered view of the collaboration graph, the best-connected participants first, hard-capped. */
  subgraph: GraphView;
  /** A survey answer by its global id. */
  survey?: Maybe<Survey>;
  /** Satisfaction survey answers, filtered, a page at a time. */
  surveys: SurveyConnection;
  /** A team member by its global id. */
  teamMember?: Maybe<TeamMember>;
  /** Members of the partnership team, filtered and ordered. */
  teamMembers: TeamMemberConnection;
  /** How concentrated value exchange is in the window (default: the last 90 days). */
  valueConcentration: ValueConcentration;
  /** A value flow by its global id (corrected ones too, for their history). */
  valueFlow?: Maybe<ValueFlow>;
  /** Value flows (corrected ones replaced by their corrections), filtered, a page at a time. */
  valueFlows: ValueFlowConnection;
  /** Who is signed in and what the role may see and do: clients hide what it may not. */
  viewer: SignedInViewer;
};


export type QueryAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AgreementOrder>;
};


export type QueryAtRiskPartnershipsArgs = {
  first?: Scalars['Int']['input'];
  window?: InputMaybe<WindowInput>;
};


export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBreakdownArgs = {
  by: BreakdownDimension;
  interval?: PeriodInterval;
  measure: BreakdownMeasure;
  participantId?: InputMaybe<Scalars['ID']['input']>;
  partnershipId?: InputMaybe<Scalars['ID']['input']>;
  window?: InputMaybe<WindowInput>;
};


export type QueryCentralityArgs = {
  filter?: InputMaybe<CentralityFilter>;
  metric: CentralityMetric;
  top?: Scalars['Int']['input'];
};


export type QueryCollaborationPathArgs = {
  filter?: InputMaybe<TieFilterInput>;
  from: Scalars['ID']['input'];
  maxHops?: Scalars['Int']['input'];
  to: Scalars['ID']['input'];
  weighted?: Scalars['Boolean']['input'];
};


export type QueryCommitteeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommitteesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CommitteeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CommitteeOrder>;
};


export type QueryCommunitiesArgs = {
  first?: Scalars['Int']['input'];
  membersLimit?: Scalars['Int']['input'];
  minSize?: Scalars['Int']['input'];
};


export type QueryComplianceCheckArgs = {
  id: Scalars['ID']['input'];
};


export type QueryComplianceChecksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ComplianceCheckFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ComplianceCheckOrder>;
};


export type QueryConflictArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConflictsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ConflictFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ConflictOrder>;
};


export type QueryDecisionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDecisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DecisionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DecisionOrder>;
};


export type QueryDrawableGraphArgs = {
  first: Scalars['Int']['input'];
  significantDigits?: Scalars['Int']['input'];
};


export type QueryEcosystemArgs = {
  window?: InputMaybe<WindowInput>;
};


export type QueryForecastArgs = {
  metric: ForecastMetric;
  participantId?: InputMaybe<Scalars['ID']['input']>;
  partnershipId?: InputMaybe<Scalars['ID']['input']>;
  periods?: Scalars['Int']['input'];
};


export type QueryGoalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGoalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GoalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<GoalOrder>;
};


export type QueryInitiativeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInitiativesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InitiativeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<InitiativeOrder>;
};


export type QueryInteractionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInteractionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InteractionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<InteractionOrder>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryParticipantArgs = {
  id: Scalars['ID']['input'];
};


export type QueryParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ParticipantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ParticipantOrder>;
};


export type QueryPartnershipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartnershipFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PartnershipOrder>;
};


export type QueryPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PolicyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PolicyOrder>;
};


export type QueryPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRecommendPartnersArgs = {
  k?: Scalars['Int']['input'];
  participantId: Scalars['ID']['input'];
};


export type QueryRiskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRisksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RiskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RiskOrder>;
};


export type QuerySearchArgs = {
  first?: Scalars['Int']['input'];
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<SearchableType>>;
};


export type QuerySubgraphArgs = {
  filter?: InputMaybe<SubgraphFilterInput>;
  limit?: Scalars['Int']['input'];
};


export type QuerySurveyArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySurveysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SurveyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<SurveyOrder>;
};


export type QueryTeamMemberArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTeamMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TeamMemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TeamMemberOrder>;
};


export type QueryValueConcentrationArgs = {
  first?: Scalars['Int']['input'];
  window?: InputMaybe<WindowInput>;
};


export type QueryValueFlowArgs = {
  id: Scalars['ID']['input'];
};


export type QueryValueFlowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ValueFlowFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ValueFlowOrder>;
};

/** A rank that moved by at least the threshold asked for. */
export type RankChange = {
  __typename?: 'RankChange';
  after: Scalars['Int']['output'];
  before?: Maybe<Scalars['Int']['output']>;
  metric: CentralityMetric;
};

/** A risk concerning one partnership. */
export type Risk = Node & {
  __typename?: 'Risk';
  category: RiskCategory;
  createdAt: Scalars['DateTime']['output'];
  /** When it should be mitigated or closed by. */
  dueAt: Scalars['DateTime']['output'];
  /** Opaque global id; pass it back to `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Probability that it materialises, 0..1. */
  likelihood: Scalars['Float']['output'];
  /** The team member who owns the risk. */
  owner?: Maybe<TeamMember>;
  /** The partnership the risk concerns. */
  partnership: Partnership;
  raisedAt: Scalars['DateTime']['output'];
  severity: RiskSeverity;
  status: RiskStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type RiskCategory =
  | 'ETHICAL'
  | 'FINANCIAL'
  | 'LEGAL'
  | 'OPERATIONAL'
  | 'REPUTATIONAL'
  | 'SECURITY'
  | 'STRATEGIC';

/** A page of risks. */
export type RiskConnection = {
  __typename?: 'RiskConnection';
  edges: Array<RiskEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Risk>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type RiskEdge = {
  __typename?: 'RiskEdge';
  /** Opaque cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  node: Risk;
};

/** Filters combine with AND; list values within one filter combine with OR. */
export type RiskFilter = {
  category?: InputMaybe<Array<RiskCategory>>;
  /** Due strictly before this instant. */
  dueBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only risks owned by this team member. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** Only risks concerning this partnership. */
  partnership?: InputMaybe<Scalars['ID']['input']>;
  /** Raised at or after this instant. */
  raisedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  severity?: InputMaybe<Array<RiskSeverity>>;
  status?: InputMaybe<Array<RiskStatus>>;
};

/** A governance warning and how many records raise it. */
export type RiskFlag = {
  __typename?: 'RiskFlag';
  count: Scalars['Int']['output'];
  kind: RiskFlagKind;
  message: Scalars['String']['output'];
};

/** A governance warning on a partnership. */
export type RiskFlagKind =
  /** EXECUTED agreements expiring within 30 days. */
  | 'EXPIRING_AGREEMENT'
  /** Risks of severity HIGH or CRITICAL that are not CLOSED. */
  | 'HIGH_RISK'
  /** Conflicts OPEN or ESCALATED. */
  | 'OPEN_CONFLICT'
  /** Goals past their due date and not met. */
  | 'OVERDUE_GOAL';

export type RiskOrder = {
  direction?: OrderDirection;
  field: RiskOrderField;
};

export type RiskOrderField =
  | 'DUE_AT'
  | 'RAISED_AT';

export type RiskRaiseInput = {
  category: RiskCategory;
  /** Idempotency key (8..200 characters): a retry with the same key returns the first risk. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** Not before raisedAt. */
  dueAt: Scalars['DateTime']['input'];
  /** 0..1. */
  likelihood: Scalars['Float']['input'];
  /** The team member who owns the risk. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** The partnership the risk concerns. */
  partnershipId: Scalars['ID']['input'];
  /** Default: now. Not in the future. */
  raisedAt?: InputMaybe<Scalars['DateTime']['input']>;
  severity: RiskSeverity;
  /** 3..200 characters. */
  title: Scalars['String']['input'];
};

export type RiskRaisePayload = {
  __typename?: 'RiskRaisePayload';
  risk?: Maybe<Risk>;
  userErrors: Array<UserError>;
};

/** A risk was raised. */
export type RiskRaisedEvent = LiveEvent & {
  __typename?: 'RiskRaisedEvent';
  /** When the change was committed (KPIs: computed). */
  at: Scalars['DateTime']['output'];
  /** Unique per event. */
  eventId: Scalars['ID']['output'];
  partnershipId?: Maybe<Scalars['ID']['output']>;
  riskId: Scalars['ID']['output'];
  /** Position in the outbox: unique, gap-free and increasing in commit order over all replicas. Pass the last one you received as `after` to resume. */
  sequence: Scalars['Int']['output'];
  severity: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Graph version after the change (KPIs: the version they were computed from). */
  version: Scalars['Int']['output'];
};

export type RiskSeverity =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** OPEN ⇄ MITIGATING; either → CLOSED, which is final. */
export type RiskStatus =
  | 'CLOSED'
  | 'MITIGATING'
  | 'OPEN';

/** Only the fields given are changed; a CLOSED risk cannot be changed. */
export type RiskUpdateInput = {
  /** Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** Not before raisedAt. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  /** 0..1. */
  likelihood?: InputMaybe<Scalars['Float']['input']>;
  severity?: InputMaybe<RiskSeverity>;
  /** OPEN ⇄ MITIGATING, either → CLOSED. */
  status?: InputMaybe<RiskStatus>;
};

export type RiskUpdatePayload = {
  __typename?: 'RiskUpdatePayload';
  risk?: Maybe<Risk>;
  userErrors: Array<UserError>;
};

/** Value against the preceding window of the same length. */
export type ScorecardGrowth = {
  __typename?: 'ScorecardGrowth';
  previousFlows: Scalars['Int']['output'];
  previousValue: Scalars['Float']['output'];
  previousWindow: KpiWindow;
  /** (value − previousValue) / previousValue (0 = flat, 0.5 = +50 %); null when previousValue is 0. */
  ratio?: Maybe<Scalars['Float']['output']>;
  value: Scalars['Float']['output'];
};

/** Initiatives under the partnership active in the window (not cancelled, dates overlapping). */
export type ScorecardInnovation = {
  __typename?: 'ScorecardInnovation';
  active: Scalars['Int']['output'];
  initiatives: Array<Initiative>;
};

/** Goals met among the goals due in the window. */
export type ScorecardPerformance = {
  __typename?: 'ScorecardPerformance';
  due: Scalars['Int']['output'];
  met: Scalars['Int']['output'];
  /** met / due; null when no goal is due in the window. */
  ratio?: Maybe<Scalars['Float']['output']>;
};

/** Return on cost: (value − cost) / cost. */
export type ScorecardRoi = {
  __typename?: 'ScorecardRoi';
  /** Summed COST flows in the window. */
  cost: Scalars['Float']['output'];
  costFlows: Scalars['Int']['output'];
  /** Null when no cost was recorded in the window. */
  ratio?: Maybe<Scalars['Float']['output']>;
  value: Scalars['Float']['output'];
};

/** Mean of the latest survey per rating participant, up to the window end. */
export type ScorecardSatisfaction = {
  __typename?: 'ScorecardSatisfaction';
  latest: Array<PartySatisfaction>;
  /** 0..10; null without any survey. */
  mean?: Maybe<Scalars['Float']['output']>;
  /** The same mean up to the window start. */
  previousMean?: Maybe<Scalars['Float']['output']>;
  previousRespondents: Scalars['Int']['output'];
  respondents: Scalars['Int']['output'];
};

/** Time in the current stage at the state instant (the window end, or now if earlier). */
export type ScorecardStage = {
  __typename?: 'ScorecardStage';
  /** Days since the last stage change; null without one. */
  days?: Maybe<Scalars['Float']['output']>;
  /** When the partnership entered the stage. */
  since?: Maybe<Scalars['DateTime']['output']>;
  stage: PartnershipStage;
};

/** Value exchanged under the partnership: flows tagged with it, both directions, COST excluded. */
export type ScorecardValue = {
  __typename?: 'ScorecardValue';
  /** Summed amount of the non-COST flows in the window. */
  amount: Scalars['Float']['output'];
  /** Reporting currency; amounts are assumed to be in it (not converted). */
  currency: Scalars['String']['output'];
  /** Flows summed. */
  flows: Scalars['Int']['output'];
};

/** One search match and its relevance. */
export type SearchHit = {
  __typename?: 'SearchHit';
  node: SearchResult;
  /** Lucene relevance; comparable within one type, indicative across types. */
  score: Scalars['Float']['output'];
};

export type SearchResult = Initiative | Participant | Partnership;

export type SearchableType =
  | 'INITIATIVE'
  | 'PARTICIPANT'
  | 'PARTNERSHIP';

export type Share = {
  __typename?: 'Share';
  share: Scalars['Float']['output'];
  value: Scalars['String']['output'];
};

/** A participant both sides already work with: the reason for a recommendation. */
export type SharedNeighbour = {
  __typename?: 'SharedNeighbour';
  /** 1 / ln(degree): its part of the score (well-connected hubs count less). */
  contribution: Scalars['Float']['output'];
  /** Its degree on the collaboration graph (distinct partners). */
  degree: Scalars['Int']['output'];
  participant: Participant;
};

/** The caller of this request and what the role may see and do (docs/security.md). */
export type SignedInViewer = {
  __typename?: 'SignedInViewer';
  /** Value-flow amounts, money KPIs, risks, conflicts, agreements. */
  canReadSensitive: Scalars['Boolean']['output'];
  /** Mutations (MANAGER: own partnerships only). */
  canWrite: Scalars['Boolean']['output'];
  /** Whether analytics results name the participants behind them. */
  disclosure: DisclosureLevel;
  /** When the credential stops being valid. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** JWT subject or API key id. */
  id: Scalars['String']['output'];
  /** Team, committees, policies and the audit trail. */
  isAdmin: Scalars['Boolean']['output'];
  /** "user" (JWT) or "service" (API key). */
  kind: Scalars['String']['output'];
  role: AccessRole;
  /** MANAGER: writes only partnerships the caller (co-)owns. */
  writesOwnOnly: Scalars['Boolean']['output'];
};

/** A participant whose removal would split its component (an articulation point). */
export type SinglePointOfFailure = {
  __typename?: 'SinglePointOfFailure';
  /** Participants of its component, itself excluded, that would be cut off from the largest part left without it. Null only while the graph changed during the computation (the result is stale then). */
  cutOff?: Maybe<Scalars['Int']['output']>;
  participant: Participant;
};

/** A recorded move of a partnership from one lifecycle stage to another. */
export type StageChange = Node & {
  __typename?: 'StageChange';
  at: Scalars['DateTime']['output'];
  /** Who made the move. */
  by?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Null for the first stage of a partnership. */
  from?: Maybe<PartnershipStage>;
  /** Opaque global id; pass it back to `node(id:)`. */
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  to: PartnershipStage;
};

/** Lifecycle history, oldest first unless ordered otherwise. */
export type StageChangeConnection = {
  __typename?: 'StageChangeConnection';
  edges: Array<StageChangeEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<StageChange>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type StageChangeEdge = {
  __typename?: 'StageChangeEdge';
  /** Opaque cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  node: StageChange;
};

/** A partnership moved to another lifecycle stage. */
export type StageChangeEvent = LiveEvent & {
  __typename?: 'StageChangeEvent';
  /** When the change was committed (KPIs: computed). */
  at: Scalars['DateTime']['output'];
  /** Who moved it. */
  by: Scalars['String']['output'];
  /** Unique per event. */
  eventId: Scalars['ID']['output'];
  from?: Maybe<Scalars['String']['output']>;
  partnershipId: Scalars['ID']['output'];
  /** Position in the outbox: unique, gap-free and increasing in commit order over all replicas. Pass the last one you received as `after` to resume. */
  sequence: Scalars['Int']['output'];
  stageChangeId: Scalars['ID']['output'];
  to: Scalars['String']['output'];
  /** Graph version after the change (KPIs: the version they were computed from). */
  version: Scalars['Int']['output'];
};

/** A filtered view of the collaboration graph. */
export type SubgraphFilterInput = {
  /** Follow TERMINATED partnerships too. */
  includeTerminated?: Scalars['Boolean']['input'];
  participantKind?: InputMaybe<Array<ParticipantKind>>;
  partnershipStage?: InputMaybe<Array<PartnershipStage>>;
  partnershipType?: InputMaybe<Array<PartnershipType>>;
  /** Regions, matched case-insensitively (docs/api.md, "Text filters"); a value stored nowhere is refused (BAD_USER_INPUT, reason UNKNOWN_FILTER_VALUE) with the closest stored ones. */
  region?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Sectors, matched case-insensitively (docs/api.md, "Text filters"); a value stored nowhere is refused (BAD_USER_INPUT, reason UNKNOWN_FILTER_VALUE) with the closest stored ones. */
  sector?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** One feed of everything, for activity panels; `kinds` narrows it (default: all). */
  ecosystemEvents: ActivityEvent;
  /** Every recorded interaction, with the new engagement score of each participant involved. Filter by participant and/or partnership. */
  engagementUpdated: EngagementUpdate;
  /** Progress measurements, of one goal or of all. */
  goalProgressed: GoalProgressEvent;
  /** New KPI values after each debounced recomputation, with what changed. PARTICIPANT/PARTNERSHIP updates come only when something about them changed. */
  kpisUpdated: KpiUpdate;
  /** Lifecycle moves, of one partnership or of all. */
  partnershipStageChanged: StageChangeEvent;
  /** Risks raised, about one partnership or any. */
  riskRaised: RiskRaisedEvent;
};


export type SubscriptionEcosystemEventsArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EventKind>>;
};


export type SubscriptionEngagementUpdatedArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  participantId?: InputMaybe<Scalars['ID']['input']>;
  partnershipId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionGoalProgressedArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  goalId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionKpisUpdatedArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  initial?: Scalars['Boolean']['input'];
  rankThreshold?: Scalars['Int']['input'];
  scope: KpiScope;
};


export type SubscriptionPartnershipStageChangedArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  partnershipId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionRiskRaisedArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  partnershipId?: InputMaybe<Scalars['ID']['input']>;
};

/** A party's satisfaction with a partnership, scored 0..10. */
export type Survey = Node & {
  __typename?: 'Survey';
  /** When the answer was given. */
  at: Scalars['DateTime']['output'];
  comment?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id; pass it back to `node(id:)`. */
  id: Scalars['ID']['output'];
  /** The respondent. */
  participant: Participant;
  /** The partnership rated. */
  partnership: Partnership;
  /** 0 (very unsatisfied) .. 10 (very satisfied). */
  score: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of surveys. */
export type SurveyConnection = {
  __typename?: 'SurveyConnection';
  edges: Array<SurveyEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Survey>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type SurveyEdge = {
  __typename?: 'SurveyEdge';
  /** Opaque cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  node: Survey;
};

/** Filters combine with AND. */
export type SurveyFilter = {
  /** Strictly before this instant. */
  before?: InputMaybe<Scalars['DateTime']['input']>;
  /** At or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only surveys answered by this participant. */
  participant?: InputMaybe<Scalars['ID']['input']>;
  /** Only surveys of this partnership. */
  partnership?: InputMaybe<Scalars['ID']['input']>;
};

export type SurveyOrder = {
  direction?: OrderDirection;
  field: SurveyOrderField;
};

export type SurveyOrderField =
  | 'AT';

export type SurveyRecordInput = {
  /** Default: now. Not in the future. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** Idempotency key chosen by the client (8..200 characters). Retrying with the same key returns the survey recorded the first time. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** At most 2000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The respondent, a party of the partnership. */
  participantId: Scalars['ID']['input'];
  partnershipId: Scalars['ID']['input'];
  /** 0..10. */
  score: Scalars['Int']['input'];
};

export type SurveyRecordPayload = {
  __typename?: 'SurveyRecordPayload';
  survey?: Maybe<Survey>;
  userErrors: Array<UserError>;
};

/** A member of the partnership team. */
export type TeamMember = Node & {
  __typename?: 'TeamMember';
  /** Committees this member sits on, by name. */
  committees: CommitteeConnection;
  createdAt: Scalars['DateTime']['output'];
  /** Unique; identifies the member (e.g. StageChange.by). */
  email: Scalars['String']['output'];
  /** Opaque global id; pass it back to `node(id:)`. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Partnerships this member owns, by name. */
  ownedPartnerships: PartnershipConnection;
  role: TeamRole;
  updatedAt: Scalars['DateTime']['output'];
};


/** A member of the partnership team. */
export type TeamMemberCommitteesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A member of the partnership team. */
export type TeamMemberOwnedPartnershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of team members. */
export type TeamMemberConnection = {
  __typename?: 'TeamMemberConnection';
  edges: Array<TeamMemberEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<TeamMember>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type TeamMemberCreateInput = {
  /** Idempotency key chosen by the client (8..200 characters). Retrying a create with the same key returns what the first attempt made instead of a duplicate. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** A valid e-mail address, unique in the team; stored in lower case. */
  email: Scalars['String']['input'];
  /** 2..200 characters. */
  name: Scalars['String']['input'];
  role: TeamRole;
};

export type TeamMemberCreatePayload = {
  __typename?: 'TeamMemberCreatePayload';
  teamMember?: Maybe<TeamMember>;
  userErrors: Array<UserError>;
};

export type TeamMemberEdge = {
  __typename?: 'TeamMemberEdge';
  /** Opaque cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  node: TeamMember;
};

/** Filters combine with AND; list values within one filter combine with OR. */
export type TeamMemberFilter = {
  role?: InputMaybe<Array<TeamRole>>;
};

export type TeamMemberOrder = {
  direction?: OrderDirection;
  field: TeamMemberOrderField;
};

export type TeamMemberOrderField =
  | 'CREATED_AT'
  | 'NAME';

/** A team member's role in the partnership team. */
export type TeamRole =
  | 'ANALYST'
  | 'CHIEF_PARTNERSHIP_OFFICER'
  | 'DIRECTOR_AI_PARTNERSHIPS'
  | 'ECOSYSTEM_MANAGER'
  | 'PARTNERSHIP_MANAGER'
  | 'VP_STRATEGIC_PARTNERSHIPS';

/** Which ties (partnerships) and participants a view follows. */
export type TieFilterInput = {
  /** Follow TERMINATED partnerships too. */
  includeTerminated?: Scalars['Boolean']['input'];
  participantKind?: InputMaybe<Array<ParticipantKind>>;
  partnershipStage?: InputMaybe<Array<PartnershipStage>>;
  partnershipType?: InputMaybe<Array<PartnershipType>>;
};

/** A problem with the input that the user can fix. */
export type UserError = {
  __typename?: 'UserError';
  code: UserErrorCode;
  /** Path of the input field at fault, e.g. ["input", "name"]. */
  field: Array<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

/** Stable machine-readable reason of a user error; messages may change, codes do not. */
export type UserErrorCode =
  | 'DUPLICATE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'ILLEGAL_STAGE_MOVE'
  | 'INVALID'
  | 'NOTHING_TO_UPDATE'
  | 'NOT_FOUND'
  | 'OUT_OF_RANGE'
  | 'REQUIRED'
  | 'REQUIREMENT_MISSING'
  | 'TOO_LONG'
  | 'TOO_SHORT'
  | 'WRONG_TYPE';

/** Concentration of value exchange: participants' value-flow volume (received + given, every kind) in the window. */
export type ValueConcentration = {
  __typename?: 'ValueConcentration';
  /** Reporting currency; amounts are assumed to be in it (not converted). */
  currency: Scalars['String']['output'];
  /** Smallest number of participants carrying ≥ 50 % of the volume (CHAOSS elephant factor). */
  elephantFactor: Scalars['Int']['output'];
  /** Those participants, largest first (at most `first`). */
  elephants: Array<ValueElephant>;
  /** Gini coefficient over the participants with any volume (0 = equal, → 1 = one participant carries everything); null without flows. */
  gini?: Maybe<Scalars['Float']['output']>;
  /** Participants with any volume in the window (the Gini population). */
  participants: Scalars['Int']['output'];
  /** Σ volume over participants (each flow counts for both ends, so 2 × Σ flows). */
  totalVolume: Scalars['Float']['output'];
  window: KpiWindow;
};

/** A participant among the few carrying half of the value-flow volume. */
export type ValueElephant = {
  __typename?: 'ValueElephant';
  participant: Participant;
  /** volume / totalVolume, 0..1. */
  share: Scalars['Float']['output'];
  /** Its volume (in + out) in the window. */
  volume: Scalars['Float']['output'];
};

/** Value moving between two parties of a partnership (revenue, funding, data...). Append-only: a mistake is fixed by recording a correction, which replaces the original in every list. */
export type ValueFlow = Node & {
  __typename?: 'ValueFlow';
  amount: Money;
  /** When the value moved. */
  at: Scalars['DateTime']['output'];
  /** Why this record corrects an earlier one (with `corrects`). */
  correctionReason?: Maybe<Scalars['String']['output']>;
  /** The earlier flow this one corrects. */
  corrects?: Maybe<ValueFlow>;
  /** When it was recorded through the API. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The party the value came from. */
  from: Participant;
  /** Opaque global id; pass it back to `node(id:)`. */
  id: Scalars['ID']['output'];
  kind: ValueFlowKind;
  /** The partnership the flow is tagged with. */
  partnership?: Maybe<Partnership>;
  /** The party the value went to. */
  to: Participant;
};

/** A page of value flows. */
export type ValueFlowConnection = {
  __typename?: 'ValueFlowConnection';
  edges: Array<ValueFlowEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<ValueFlow>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Records a corrected copy of a value flow between the same parties: the fields given replace the old values, the others are copied. */
export type ValueFlowCorrectInput = {
  amount?: InputMaybe<MoneyInput>;
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** Idempotency key (8..200 characters). */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** The flow to correct (the latest of its corrections). */
  id: Scalars['ID']['input'];
  kind?: InputMaybe<ValueFlowKind>;
  /** Why the record is corrected, 3..500 characters. */
  reason: Scalars['String']['input'];
};

export type ValueFlowCorrectPayload = {
  __typename?: 'ValueFlowCorrectPayload';
  userErrors: Array<UserError>;
  /** The new, corrected value flow. */
  valueFlow?: Maybe<ValueFlow>;
};

/** Flows seen from one participant: IN = received, OUT = given, BOTH = either. */
export type ValueFlowDirection =
  | 'BOTH'
  | 'IN'
  | 'OUT';

export type ValueFlowEdge = {
  __typename?: 'ValueFlowEdge';
  /** Opaque cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  node: ValueFlow;
};

/** Filters combine with AND; list values within one filter combine with OR. */
export type ValueFlowFilter = {
  /** Strictly before this instant. */
  before?: InputMaybe<Scalars['DateTime']['input']>;
  /** At or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  kind?: InputMaybe<Array<ValueFlowKind>>;
  /** Only flows from or to this participant. */
  participant?: InputMaybe<Scalars['ID']['input']>;
  /** Only flows tagged with this partnership. */
  partnership?: InputMaybe<Scalars['ID']['input']>;
};

/** What kind of value moved. */
export type ValueFlowKind =
  | 'COMPUTE'
  | 'COST'
  | 'DATA'
  | 'FUNDING'
  | 'IN_KIND'
  | 'IP'
  | 'REFERRAL'
  | 'REVENUE';

export type ValueFlowOrder = {
  direction?: OrderDirection;
  field: ValueFlowOrderField;
};

export type ValueFlowOrderField =
  | 'AT';

export type ValueFlowRecordInput = {
  /** Amount > 0 and ≤ 1e12. */
  amount: MoneyInput;
  /** Default: now. Not in the future. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** Idempotency key chosen by the client (8..200 characters). Retrying with the same key returns the flow recorded the first time. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** The party the value comes from. */
  fromId: Scalars['ID']['input'];
  kind: ValueFlowKind;
  partnershipId: Scalars['ID']['input'];
  /** The party the value goes to (another party than `fromId`). */
  toId: Scalars['ID']['input'];
};

export type ValueFlowRecordPayload = {
  __typename?: 'ValueFlowRecordPayload';
  userErrors: Array<UserError>;
  valueFlow?: Maybe<ValueFlow>;
};

/** A time window [from, to). Default: the last 90 days. */
export type WindowInput = {
  /** Default: `to` minus 90 days. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Default: now. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};
