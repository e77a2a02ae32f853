export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a participant to the ecosystem. */
  participantCreate: ParticipantCreatePayload;
  /** Changes a participant's properties. */
  participantUpdate: ParticipantUpdatePayload;
};


export type MutationParticipantCreateArgs = {
  input: ParticipantCreateInput;
};


export type MutationParticipantUpdateArgs = {
  input: ParticipantUpdateInput;
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
  /** Id in an external system (CRM, import file). */
  externalId?: Maybe<Scalars['String']['output']>;
  /** Opaque global id; pass it back to `node(id:)`. */
  id: Scalars['ID']['output'];
  /** When the participant joined the ecosystem. */
  joinedAt: Scalars['DateTime']['output'];
  kind: ParticipantKind;
  name: Scalars['String']['output'];
  /** Partnerships this participant is party to, by name. */
  partnerships: ParticipantPartnershipConnection;
  /** Geographic region, e.g. "Europe". */
  region: Scalars['String']['output'];
  /** Industry sector, e.g. "Healthcare AI". */
  sector: Scalars['String']['output'];
  status: ParticipantStatus;
  tier: ParticipantTier;
  updatedAt: Scalars['DateTime']['output'];
};


/** An organisation or person of the ecosystem. */
export type ParticipantPartnershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  stage?: InputMaybe<Array<PartnershipStage>>;
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
  /** Joined strictly before this instant. */
  joinedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Joined at or after this instant. */
  joinedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  kind?: InputMaybe<Array<ParticipantKind>>;
  region?: InputMaybe<Array<Scalars['String']['input']>>;
  sector?: InputMaybe<Array<Scalars['String']['input']>>;
  status?: InputMaybe<Array<ParticipantStatus>>;
  /** Full-text search over name, sector, region, externalId. */
  text?: InputMaybe<Scalars['String']['input']>;
  tier?: InputMaybe<Array<ParticipantTier>>;
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

/** A partnership between two or more participants. */
export type Partnership = Node & {
  __typename?: 'Partnership';
  createdAt: Scalars['DateTime']['output'];
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global id; pass it back to `node(id:)`. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  stage: PartnershipStage;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Fit with the ecosystem strategy, 0..1. */
  strategicAlignment?: Maybe<Scalars['Float']['output']>;
  subtype: PartnershipSubtype;
  type: PartnershipType;
  updatedAt: Scalars['DateTime']['output'];
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

/** A participant's role in a partnership. */
export type PartyRole =
  | 'LEAD'
  | 'OBSERVER'
  | 'PARTNER'
  | 'SPONSOR';

export type Query = {
  __typename?: 'Query';
  /** Any object by its global id; null when none has it. */
  node?: Maybe<Node>;
  /** Objects by global id (at most 100), in the order asked; null for unknown ids. */
  nodes: Array<Maybe<Node>>;
  /** A participant by its global id. */
  participant?: Maybe<Participant>;
  /** Participants, filtered and ordered, a page at a time. */
  participants: ParticipantConnection;
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
  filter?: InputMaybe<ParticipantFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: InputMaybe<ParticipantOrder>;
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
  | 'INVALID'
  | 'NOTHING_TO_UPDATE'
  | 'NOT_FOUND'
  | 'OUT_OF_RANGE'
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'TOO_SHORT'
  | 'WRONG_TYPE';
