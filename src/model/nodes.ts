/**
 * The graph model as the API reads it: one NodeSpec per label (see docs/data-model.md).
 * Filters map GraphQL filter-input fields to conditions; orders map order enums to
 * properties (only properties every node has, so keyset paging never meets a null).
 */
import type { NodeSpec } from '../db/node-spec';
import { currentTie } from './party-tie';

const STAMPS = ['id', 'createdAt', 'updatedAt'] as const;
const byCreated = { CREATED_AT: { property: 'createdAt', temporal: true } } as const;
const partnershipOf = (rel: string) =>
  ({ op: 'exists', pattern: `(n)-[:${rel}]->(:Partnership {id: $value})` }) as const;
const ownedBy = { op: 'exists', pattern: '(n)-[:OWNED_BY]->(:TeamMember {id: $value})' } as const;
const inList = (property: string) => ({ op: 'in', property }) as const;
const from = (property: string) => ({ op: 'gte', property, temporal: true }) as const;
const before = (property: string) => ({ op: 'lt', property, temporal: true }) as const;

export const PARTICIPANT: NodeSpec = {
  label: 'Participant',
  properties: [...STAMPS, 'name', 'kind', 'sector', 'region', 'tier', 'status', 'joinedAt', 'exitedAt', 'externalId'],
  filters: {
    kind: inList('kind'),
    sector: inList('sector'),
    region: inList('region'),
    status: inList('status'),
    tier: inList('tier'),
    joinedFrom: from('joinedAt'),
    joinedBefore: before('joinedAt'),
    exitedFrom: from('exitedAt'),
    exitedBefore: before('exitedAt'),
  },
  orders: {
    NAME: { property: 'name', sortIndex: true },
    JOINED_AT: { property: 'joinedAt', temporal: true },
    ...byCreated,
  },
  fulltextIndex: 'participant_search',
};

export const PARTNERSHIP: NodeSpec = {
  label: 'Partnership',
  properties: [...STAMPS, 'name', 'type', 'subtype', 'stage', 'strategicAlignment', 'startedAt', 'endsAt'],
  filters: {
    type: inList('type'),
    subtype: inList('subtype'),
    stage: inList('stage'),
    startedFrom: from('startedAt'),
    startedBefore: before('startedAt'),
    minStrategicAlignment: { op: 'gte', property: 'strategicAlignment' },
    owner: { op: 'exists', pattern: '(n)<-[:OWNS]-(:TeamMember {id: $value})' },
    party: { op: 'exists', pattern: `(n)<-${currentTie('tie')}-(:Participant {id: $value})` },
  },
  orders: {
    NAME: { property: 'name', sortIndex: true },
    STARTED_AT: { property: 'startedAt', temporal: true },
    ...byCreated,
  },
  fulltextIndex: 'partnership_search',
};

export const STAGE_CHANGE: NodeSpec = {
  label: 'StageChange',
  properties: [...STAMPS, 'from', 'to', 'at', 'reason', 'by'],
  filters: { to: inList('to'), from: from('at'), before: before('at') },
  orders: { AT: { property: 'at', temporal: true } },
};

/** An earlier `joinedAt` of a participant and when it was changed (append-only history). */
export const JOINED_AT_CHANGE: NodeSpec = {
  label: 'JoinedAtChange',
  properties: [...STAMPS, 'from', 'to', 'at', 'by'],
  filters: {},
  orders: { AT: { property: 'at', temporal: true } },
};

/** Interactions are append-only; a corrected one is hidden and its correction shown. */
export const INTERACTION: NodeSpec = {
  label: 'Interaction',
  properties: [...STAMPS, 'kind', 'at', 'weight', 'note', 'corrects', 'correctionReason'],
  filters: {
    kind: inList('kind'),
    from: from('at'),
    before: before('at'),
    partnership: { op: 'exists', pattern: '(n)-[:WITHIN]->(:Partnership {id: $value})' },
    participant: { op: 'exists', pattern: '(n)<-[:ENGAGED_IN]-(:Participant {id: $value})' },
  },
  orders: { AT: { property: 'at', temporal: true } },
  visible: 'n.correctedBy IS NULL',
};

export const INITIATIVE: NodeSpec = {
  label: 'Initiative',
  properties: [...STAMPS, 'name', 'kind', 'status', 'startsAt', 'endsAt'],
  filters: {
    kind: inList('kind'),
    status: inList('status'),
    startsFrom: from('startsAt'),
    startsBefore: before('startsAt'),
    partnership: partnershipOf('UNDER'),
    participant: { op: 'exists', pattern: '(n)<-[:CONTRIBUTES_TO]-(:Participant {id: $value})' },
  },
  orders: { NAME: { property: 'name' }, STARTS_AT: { property: 'startsAt', temporal: true }, ...byCreated },
  fulltextIndex: 'initiative_search',
};

export const AGREEMENT: NodeSpec = {
  label: 'Agreement',
  properties: [...STAMPS, 'title', 'kind', 'status', 'signedAt', 'expiresAt'],
  filters: { kind: inList('kind'), status: inList('status'), partnership: partnershipOf('CONCERNS') },
  orders: { TITLE: { property: 'title' }, ...byCreated },
};

export const POLICY: NodeSpec = {
  label: 'Policy',
  properties: [...STAMPS, 'title', 'area', 'status', 'effectiveAt'],
  filters: { area: inList('area'), status: inList('status'), partnership: partnershipOf('APPLIES_TO') },
  orders: { TITLE: { property: 'title' }, EFFECTIVE_AT: { property: 'effectiveAt', temporal: true }, ...byCreated },
};

export const RISK: NodeSpec = {
  label: 'Risk',
  properties: [...STAMPS, 'title', 'category', 'severity', 'likelihood', 'status', 'raisedAt', 'dueAt'],
  filters: {
    category: inList('category'),
    severity: inList('severity'),
    status: inList('status'),
    dueBefore: before('dueAt'),
    raisedFrom: from('raisedAt'),
    partnership: partnershipOf('CONCERNS'),
    owner: ownedBy,
  },
  orders: { RAISED_AT: { property: 'raisedAt', temporal: true }, DUE_AT: { property: 'dueAt', temporal: true } },
};

export const DECISION: NodeSpec = {
  label: 'Decision',
  properties: [...STAMPS, 'title', 'outcome', 'decidedAt', 'rationale'],
  filters: {
    outcome: inList('outcome'),
    decidedFrom: from('decidedAt'),
    decidedBefore: before('decidedAt'),
    partnership: partnershipOf('CONCERNS'),
    owner: ownedBy,
  },
  orders: { DECIDED_AT: { property: 'decidedAt', temporal: true } },
};

export const CONFLICT: NodeSpec = {
  label: 'Conflict',
  properties: [...STAMPS, 'title', 'status', 'openedAt', 'resolvedAt'],
  filters: { status: inList('status'), openedFrom: from('openedAt'), partnership: partnershipOf('CONCERNS') },
  orders: { OPENED_AT: { property: 'openedAt', temporal: true } },
};

export const COMPLIANCE_CHECK: NodeSpec = {
  label: 'ComplianceCheck',
  properties: [...STAMPS, 'kind', 'status', 'checkedAt'],
  filters: { kind: inList('kind'), status: inList('status'), partnership: partnershipOf('CONCERNS'), owner: ownedBy },
  orders: { CHECKED_AT: { property: 'checkedAt', temporal: true } },
};

export const COMMITTEE: NodeSpec = {
  label: 'Committee',
  properties: [...STAMPS, 'name', 'kind'],
  filters: {
    kind: inList('kind'),
    partnership: { op: 'exists', pattern: '(n)-[:OVERSEES]->(:Partnership {id: $value})' },
  },
  orders: { NAME: { property: 'name' }, ...byCreated },
};

export const TEAM_MEMBER: NodeSpec = {
  label: 'TeamMember',
  properties: [...STAMPS, 'name', 'role', 'email'],
  filters: { role: inList('role') },
  orders: { NAME: { property: 'name' }, ...byCreated },
};

export const GOAL: NodeSpec = {
  label: 'Goal',
  properties: [...STAMPS, 'title', 'horizon', 'metric', 'target', 'actual', 'due'],
  filters: {
    horizon: inList('horizon'),
    metric: inList('metric'),
    dueFrom: from('due'),
    dueBefore: before('due'),
    partnership: partnershipOf('FOR'),
    owner: ownedBy,
  },
  orders: { DUE: { property: 'due', temporal: true }, ...byCreated },
};

export const GOAL_PROGRESS: NodeSpec = {
  label: 'GoalProgress',
  properties: [...STAMPS, 'at', 'value', 'note'],
  filters: { from: from('at'), before: before('at') },
  orders: { AT: { property: 'at', temporal: true } },
};

export const SURVEY: NodeSpec = {
  label: 'Survey',
  properties: [...STAMPS, 'score', 'at', 'comment'],
  filters: {
    from: from('at'),
    before: before('at'),
    partnership: { op: 'exists', pattern: '(n)-[:OF]->(:Partnership {id: $value})' },
    participant: { op: 'exists', pattern: '(n)<-[:RATED]-(:Participant {id: $value})' },
  },
  orders: { AT: { property: 'at', temporal: true } },
};

export const NODE_SPECS: readonly NodeSpec[] = [
  PARTICIPANT,
  PARTNERSHIP,
  STAGE_CHANGE,
  INTERACTION,
  INITIATIVE,
  AGREEMENT,
  POLICY,
  RISK,
  DECISION,
  CONFLICT,
  COMPLIANCE_CHECK,
  COMMITTEE,
  TEAM_MEMBER,
  GOAL,
  GOAL_PROGRESS,
  SURVEY,
];

/** Audit trail entries (src/audit): append-only, never changed. */
export const AUDIT_ENTRY: NodeSpec = {
  label: 'AuditEntry',
  properties: ['id', 'at', 'actor', 'actorRole', 'operation', 'subjectType', 'subjectId', 'input', 'changes'],
  filters: {
    actor: { op: 'eq', property: 'actor' },
    operation: { op: 'eq', property: 'operation' },
    subjectId: { op: 'eq', property: 'subjectId' },
    from: from('at'),
    before: before('at'),
  },
  orders: { AT: { property: 'at', temporal: true } },
};
