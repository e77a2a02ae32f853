/**
 * The exchange model: every kind of record that can be imported and exported, in write order
 * (a kind refers only to kinds before it). Per kind: its fields as a file holds them (bounds
 * are the API's own, the modules' *_LIMITS, so a file is held to the rules a mutation is held
 * to), how they are stored (properties and typed instants/integers) and its links to other
 * records (relationship type and direction). The import, the export and their statements are
 * all built from this one table.
 *
 * Every record is keyed by `externalId` — the id in the system it comes from (a CRM, a
 * spreadsheet). References between records use those keys. Re-importing a record with the same
 * key updates it instead of adding a second one (docs/import.md).
 */
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  COMMITTEE_KINDS,
  COMPLIANCE_KINDS,
  COMPLIANCE_STATUSES,
  CONFLICT_STATUSES,
  CONTRIBUTOR_ROLES,
  DECISION_OUTCOMES,
  GOAL_HORIZONS,
  GOAL_METRICS,
  INITIATIVE_KINDS,
  INITIATIVE_STATUSES,
  INTERACTION_KINDS,
  PARTICIPANT_KINDS,
  PARTICIPANT_STATUSES,
  PARTNERSHIP_TYPES,
  PARTY_ROLES,
  POLICY_AREAS,
  POLICY_STATUSES,
  RISK_CATEGORIES,
  RISK_SEVERITIES,
  RISK_STATUSES,
  STAGES,
  SUBTYPES as SUBTYPES_BY_TYPE,
  TEAM_ROLES,
  TIERS,
  VALUE_FLOW_KINDS,
} from '../../domain/vocabulary';
import { GOAL_LIMITS } from '../../modules/goal/goal.validation';
import { GOVERNANCE_LIMITS } from '../../modules/governance/shared/governance.limits';
import { INITIATIVE_LIMITS } from '../../modules/initiative/initiative.validation';
import { INTERACTION_LIMITS } from '../../modules/interaction/interaction.validation';
import { PARTICIPANT_LIMITS } from '../../modules/participant/participant.validation';
import { PARTNERSHIP_LIMITS } from '../../modules/partnership/partnership.validation';
import { SURVEY_LIMITS } from '../../modules/survey/survey.validation';
import { TEAM_LIMITS } from '../../modules/team/team.validation';
import { VALUE_FLOW_LIMITS } from '../../modules/value-flow/value-flow.validation';
import type { FieldSpec } from './fields';

export const KIND_NAMES = [
  'teamMembers',
  'participants',
  'partnerships',
  'stageChanges',
  'committees',
  'policies',
  'agreements',
  'complianceChecks',
  'risks',
  'decisions',
  'conflicts',
  'initiatives',
  'goals',
  'goalProgress',
  'surveys',
  'interactions',
  'valueFlows',
] as const;
export type KindName = (typeof KIND_NAMES)[number];

/**
 * A link of a record to others, stored as a relationship: `out` is (record)-[:TYPE]->(other),
 * `in` is (other)-[:TYPE]->(record). A `role` field keeps each tie's role on the relationship.
 */
export interface LinkSpec {
  /** The field holding the key(s). */
  field: string;
  target: KindName;
  /** The relationship type, or `party` for party ties (their pattern is src/model/party-tie.ts's). */
  type: string | 'party';
  direction: 'in' | 'out';
  many: boolean;
  role?: boolean;
}

export interface KindSpec {
  name: KindName;
  /** The node label (or relationship type, for value flows) records of this kind become. */
  label: string;
  /** What a record is, for reports and docs. */
  noun: string;
  /** `team-members.csv`, `value-flows.jsonl`, … */
  fileStem: string;
  fields: readonly FieldSpec[];
  /** Stored properties: plain values, instants (DateTime) and integers, each a field of the same name. */
  stored: { plain: readonly string[]; instants: readonly string[]; integers?: readonly string[] };
  links: readonly LinkSpec[];
  /** Fields an import may change in place on a stored record; any other change keeps history elsewhere. */
  inPlace: readonly string[];
  /** Where the API makes the changes import does not (history). */
  historyMutations: string;
}

const EXTERNAL_ID: FieldSpec = {
  name: 'externalId',
  type: 'text',
  ...PARTICIPANT_LIMITS.externalId,
  required: true,
  doc: 'the record’s id in the system it comes from; the key re-imports update by',
};

/** Kept when the file comes from an ecograph export, so a round trip keeps every id. */
const ECOGRAPH_ID: FieldSpec = {
  name: 'id',
  type: 'text',
  min: 36,
  max: 36,
  required: false,
  doc: 'the ecograph id (UUID), from an ecograph export; leave it out for new data',
};

/** Bookkeeping instants, kept from an ecograph export (default: the import). */
const STAMPS: readonly FieldSpec[] = [
  { name: 'createdAt', type: 'instant', required: false, doc: 'when the record was created (default: the import)' },
  { name: 'updatedAt', type: 'instant', required: false, doc: 'when it last changed (default: the import)' },
];

const f = (spec: FieldSpec): FieldSpec => spec;

/** The key, the optional ecograph id, the kind's own fields, the bookkeeping instants. */
const fields = (...own: FieldSpec[]): FieldSpec[] => [EXTERNAL_ID, ECOGRAPH_ID, ...own, ...STAMPS];

const ref = (name: string, kind: KindName, doc: string, required = true): FieldSpec =>
  f({ name, type: 'ref', kind, required, doc });

const partnershipRef = ref('partnership', 'partnerships', 'partnership key');
const concerns: LinkSpec = {
  field: 'partnership',
  target: 'partnerships',
  type: 'CONCERNS',
  direction: 'out',
  many: false,
};
const ownedBy: LinkSpec = { field: 'owner', target: 'teamMembers', type: 'OWNED_BY', direction: 'out', many: false };
const title = f({ name: 'title', type: 'text', ...GOVERNANCE_LIMITS.title, required: true, doc: 'title' });
const GOVERNANCE_HISTORY = 'the governance mutations (a record keeps its partnership and owner)';

function allSubtypes(): string[] {
  // Every subtype of every type; whether it fits the record's type is a record rule (rules.ts).
  return [...new Set(Object.values(SUBTYPES_BY_TYPE).flat())];
}

const SPECS: readonly KindSpec[] = [
  {
    name: 'teamMembers',
    label: 'TeamMember',
    noun: 'team member',
    fileStem: 'team-members',
    fields: fields(
      f({ name: 'name', type: 'text', ...TEAM_LIMITS.name, required: true, doc: 'full name' }),
      f({ name: 'email', type: 'text', ...TEAM_LIMITS.email, required: true, doc: 'work e-mail (unique)' }),
      f({ name: 'role', type: 'enum', values: TEAM_ROLES, required: true, doc: 'role in the ecosystem team' }),
    ),
    stored: { plain: ['name', 'email', 'role'], instants: [] },
    links: [],
    inPlace: ['name', 'email', 'role'],
    historyMutations: 'the team member mutations',
  },
  {
    name: 'participants',
    label: 'Participant',
    noun: 'participant',
    fileStem: 'participants',
    fields: fields(
      f({ name: 'name', type: 'text', ...PARTICIPANT_LIMITS.name, required: true, doc: 'organisation name' }),
      f({ name: 'kind', type: 'enum', values: PARTICIPANT_KINDS, required: true, doc: 'kind of organisation' }),
      f({ name: 'sector', type: 'text', ...PARTICIPANT_LIMITS.sector, required: true, doc: 'sector' }),
      f({ name: 'region', type: 'text', ...PARTICIPANT_LIMITS.region, required: true, doc: 'region' }),
      f({ name: 'tier', type: 'enum', values: TIERS, required: false, default: 'STANDARD', doc: 'tier' }),
      f({
        name: 'status',
        type: 'enum',
        values: PARTICIPANT_STATUSES,
        required: false,
        default: 'ACTIVE',
        doc: 'status',
      }),
      f({ name: 'joinedAt', type: 'instant', required: false, doc: 'when it joined (default: the import)' }),
      f({
        name: 'exitedAt',
        type: 'instant',
        required: false,
        doc: 'when it left; only with status EXITED (default: the import)',
      }),
    ),
    stored: { plain: ['name', 'kind', 'sector', 'region', 'tier', 'status'], instants: ['joinedAt', 'exitedAt'] },
    links: [],
    inPlace: ['name', 'kind', 'sector', 'region', 'tier'],
    historyMutations: 'participantUpdate (joinedAt and status changes are kept as history)',
  },
  {
    name: 'partnerships',
    label: 'Partnership',
    noun: 'partnership',
    fileStem: 'partnerships',
    fields: fields(
      f({ name: 'name', type: 'text', ...PARTNERSHIP_LIMITS.name, required: true, doc: 'name' }),
      f({ name: 'type', type: 'enum', values: PARTNERSHIP_TYPES, required: true, doc: 'type' }),
      f({ name: 'subtype', type: 'enum', values: allSubtypes(), required: true, doc: 'subtype (one of the type’s)' }),
      f({ name: 'stage', type: 'enum', values: STAGES, required: false, default: 'IDENTIFICATION', doc: 'stage' }),
      f({
        name: 'strategicAlignment',
        type: 'number',
        min: 0,
        max: 1,
        required: false,
        doc: 'strategic alignment, 0..1',
      }),
      f({
        name: 'startedAt',
        type: 'instant',
        required: false,
        doc: 'when it entered the pipeline (default: the import)',
      }),
      f({ name: 'endsAt', type: 'instant', future: true, required: false, doc: 'end of its agreement term' }),
      f({
        name: 'parties',
        type: 'roles',
        kind: 'participants',
        roles: PARTY_ROLES,
        ...PARTNERSHIP_LIMITS.parties,
        required: true,
        doc: 'participant keys with their role: `p1:LEAD;p2:PARTNER`',
      }),
      f({
        name: 'owners',
        type: 'refs',
        kind: 'teamMembers',
        min: 0,
        max: PARTNERSHIP_LIMITS.owners.max,
        required: false,
        doc: 'team member keys: `t1;t2`',
      }),
    ),
    stored: { plain: ['name', 'type', 'subtype', 'stage', 'strategicAlignment'], instants: ['startedAt', 'endsAt'] },
    links: [
      { field: 'parties', target: 'participants', type: 'party', direction: 'in', many: true, role: true },
      { field: 'owners', target: 'teamMembers', type: 'OWNS', direction: 'in', many: true },
    ],
    inPlace: ['name', 'type', 'subtype', 'strategicAlignment', 'endsAt'],
    historyMutations:
      'partnershipMoveStage, partnershipAddParty or partnershipRemoveParty (stage moves and party changes are kept as history)',
  },
  {
    name: 'stageChanges',
    label: 'StageChange',
    noun: 'stage change',
    fileStem: 'stage-changes',
    fields: fields(
      partnershipRef,
      f({ name: 'from', type: 'enum', values: STAGES, required: false, doc: 'the stage before (blank: the first)' }),
      f({ name: 'to', type: 'enum', values: STAGES, required: true, doc: 'the stage after' }),
      f({ name: 'at', type: 'instant', required: true, doc: 'when it moved' }),
      f({ name: 'reason', type: 'text', ...PARTNERSHIP_LIMITS.reason, required: false, doc: 'why' }),
      f({ name: 'by', type: 'text', min: 1, max: 200, required: false, doc: 'who moved it' }),
    ),
    stored: { plain: ['from', 'to', 'reason', 'by'], instants: ['at'] },
    links: [{ field: 'partnership', target: 'partnerships', type: 'HAD_STAGE', direction: 'in', many: false }],
    inPlace: [],
    historyMutations: 'partnershipMoveStage (stage changes are history)',
  },
  {
    name: 'committees',
    label: 'Committee',
    noun: 'committee',
    fileStem: 'committees',
    fields: fields(
      f({ name: 'name', type: 'text', ...TEAM_LIMITS.name, required: true, doc: 'name' }),
      f({ name: 'kind', type: 'enum', values: COMMITTEE_KINDS, required: true, doc: 'kind' }),
      f({
        name: 'members',
        type: 'refs',
        kind: 'teamMembers',
        min: 0,
        max: 100,
        required: false,
        doc: 'team member keys',
      }),
      f({
        name: 'oversees',
        type: 'refs',
        kind: 'partnerships',
        min: 0,
        max: 10_000,
        required: false,
        doc: 'partnership keys',
      }),
    ),
    stored: { plain: ['name', 'kind'], instants: [] },
    links: [
      { field: 'members', target: 'teamMembers', type: 'MEMBER_OF', direction: 'in', many: true },
      { field: 'oversees', target: 'partnerships', type: 'OVERSEES', direction: 'out', many: true },
    ],
    inPlace: ['name', 'kind'],
    historyMutations: 'the committee mutations',
  },
  {
    name: 'policies',
    label: 'Policy',
    noun: 'policy',
    fileStem: 'policies',
    fields: fields(
      title,
      f({ name: 'area', type: 'enum', values: POLICY_AREAS, required: true, doc: 'area' }),
      f({ name: 'status', type: 'enum', values: POLICY_STATUSES, required: true, doc: 'status' }),
      f({ name: 'effectiveAt', type: 'instant', future: true, required: true, doc: 'when it takes effect' }),
      f({
        name: 'appliesTo',
        type: 'refs',
        kind: 'partnerships',
        min: 0,
        max: 10_000,
        required: false,
        doc: 'partnership keys',
      }),
    ),
    stored: { plain: ['title', 'area', 'status'], instants: ['effectiveAt'] },
    links: [{ field: 'appliesTo', target: 'partnerships', type: 'APPLIES_TO', direction: 'out', many: true }],
    inPlace: ['title', 'area', 'status', 'effectiveAt'],
    historyMutations: 'the policy mutations',
  },
  {
    name: 'agreements',
    label: 'Agreement',
    noun: 'agreement',
    fileStem: 'agreements',
    fields: fields(
      partnershipRef,
      title,
      f({ name: 'kind', type: 'enum', values: AGREEMENT_KINDS, required: true, doc: 'kind' }),
      f({ name: 'status', type: 'enum', values: AGREEMENT_STATUSES, required: true, doc: 'status' }),
      f({ name: 'signedAt', type: 'instant', required: false, doc: 'when it was signed' }),
      f({ name: 'expiresAt', type: 'instant', future: true, required: false, doc: 'when it expires' }),
    ),
    stored: { plain: ['title', 'kind', 'status'], instants: ['signedAt', 'expiresAt'] },
    links: [concerns],
    inPlace: ['title', 'kind', 'status', 'signedAt', 'expiresAt'],
    historyMutations: GOVERNANCE_HISTORY,
  },
  {
    name: 'complianceChecks',
    label: 'ComplianceCheck',
    noun: 'compliance check',
    fileStem: 'compliance-checks',
    fields: fields(
      partnershipRef,
      ref('owner', 'teamMembers', 'team member key'),
      f({ name: 'kind', type: 'enum', values: COMPLIANCE_KINDS, required: true, doc: 'kind' }),
      f({ name: 'status', type: 'enum', values: COMPLIANCE_STATUSES, required: true, doc: 'status' }),
      f({ name: 'checkedAt', type: 'instant', required: true, doc: 'when it was checked' }),
    ),
    stored: { plain: ['kind', 'status'], instants: ['checkedAt'] },
    links: [concerns, ownedBy],
    inPlace: ['kind', 'status', 'checkedAt'],
    historyMutations: GOVERNANCE_HISTORY,
  },
  {
    name: 'risks',
    label: 'Risk',
    noun: 'risk',
    fileStem: 'risks',
    fields: fields(
      partnershipRef,
      ref('owner', 'teamMembers', 'team member key'),
      title,
      f({ name: 'category', type: 'enum', values: RISK_CATEGORIES, required: true, doc: 'category' }),
      f({ name: 'severity', type: 'enum', values: RISK_SEVERITIES, required: true, doc: 'severity' }),
      f({
        name: 'likelihood',
        type: 'number',
        ...GOVERNANCE_LIMITS.likelihood,
        required: true,
        doc: 'likelihood, 0..1',
      }),
      f({ name: 'status', type: 'enum', values: RISK_STATUSES, required: true, doc: 'status' }),
      f({ name: 'raisedAt', type: 'instant', required: true, doc: 'when it was raised' }),
      f({ name: 'dueAt', type: 'instant', future: true, required: false, doc: 'when it is due' }),
    ),
    stored: { plain: ['title', 'category', 'severity', 'likelihood', 'status'], instants: ['raisedAt', 'dueAt'] },
    links: [concerns, ownedBy],
    inPlace: ['title', 'category', 'severity', 'likelihood', 'status', 'raisedAt', 'dueAt'],
    historyMutations: GOVERNANCE_HISTORY,
  },
  {
    name: 'decisions',
    label: 'Decision',
    noun: 'decision',
    fileStem: 'decisions',
    fields: fields(
      partnershipRef,
      ref('owner', 'teamMembers', 'team member key'),
      title,
      f({ name: 'outcome', type: 'enum', values: DECISION_OUTCOMES, required: true, doc: 'outcome' }),
      f({ name: 'rationale', type: 'text', ...GOVERNANCE_LIMITS.rationale, required: false, doc: 'why' }),
      f({ name: 'decidedAt', type: 'instant', required: true, doc: 'when it was decided' }),
    ),
    stored: { plain: ['title', 'outcome', 'rationale'], instants: ['decidedAt'] },
    links: [concerns, ownedBy],
    inPlace: ['title', 'outcome', 'rationale', 'decidedAt'],
    historyMutations: GOVERNANCE_HISTORY,
  },
  {
    name: 'conflicts',
    label: 'Conflict',
    noun: 'conflict',
    fileStem: 'conflicts',
    fields: fields(
      partnershipRef,
      title,
      f({ name: 'status', type: 'enum', values: CONFLICT_STATUSES, required: true, doc: 'status' }),
      f({ name: 'openedAt', type: 'instant', required: true, doc: 'when it was opened' }),
      f({ name: 'resolvedAt', type: 'instant', required: false, doc: 'when it was resolved' }),
    ),
    stored: { plain: ['title', 'status'], instants: ['openedAt', 'resolvedAt'] },
    links: [concerns],
    inPlace: ['title', 'status', 'openedAt', 'resolvedAt'],
    historyMutations: GOVERNANCE_HISTORY,
  },
  {
    name: 'initiatives',
    label: 'Initiative',
    noun: 'initiative',
    fileStem: 'initiatives',
    fields: fields(
      partnershipRef,
      f({ name: 'name', type: 'text', ...INITIATIVE_LIMITS.name, required: true, doc: 'name' }),
      f({ name: 'kind', type: 'enum', values: INITIATIVE_KINDS, required: true, doc: 'kind' }),
      f({
        name: 'status',
        type: 'enum',
        values: INITIATIVE_STATUSES,
        required: false,
        default: 'PLANNED',
        doc: 'status',
      }),
      f({ name: 'startsAt', type: 'instant', future: true, required: true, doc: 'start' }),
      f({ name: 'endsAt', type: 'instant', future: true, required: false, doc: 'end' }),
      f({
        name: 'contributors',
        type: 'roles',
        kind: 'participants',
        roles: CONTRIBUTOR_ROLES,
        min: 0,
        max: INITIATIVE_LIMITS.contributors,
        required: false,
        doc: 'participant keys with their role: `p1:LEAD;p2:CONTRIBUTOR`',
      }),
    ),
    stored: { plain: ['name', 'kind', 'status'], instants: ['startsAt', 'endsAt'] },
    links: [
      { field: 'partnership', target: 'partnerships', type: 'UNDER', direction: 'out', many: false },
      {
        field: 'contributors',
        target: 'participants',
        type: 'CONTRIBUTES_TO',
        direction: 'in',
        many: true,
        role: true,
      },
    ],
    inPlace: ['name', 'kind', 'startsAt', 'endsAt'],
    historyMutations: 'initiativeUpdateStatus or the other initiative mutations (COMPLETED and CANCELLED are final)',
  },
  {
    name: 'goals',
    label: 'Goal',
    noun: 'goal',
    fileStem: 'goals',
    fields: fields(
      f({ name: 'title', type: 'text', ...GOAL_LIMITS.title, required: true, doc: 'title' }),
      ref('owner', 'teamMembers', 'team member key'),
      ref('partnership', 'partnerships', 'partnership key (blank: an ecosystem goal)', false),
      f({ name: 'horizon', type: 'enum', values: GOAL_HORIZONS, required: true, doc: 'horizon' }),
      f({ name: 'metric', type: 'enum', values: GOAL_METRICS, required: true, doc: 'metric it tracks' }),
      f({
        name: 'target',
        type: 'number',
        min: 0,
        above: true,
        max: 1e12,
        required: true,
        doc: 'target value, above 0',
      }),
      f({ name: 'actual', type: 'number', min: 0, max: 1e12, required: false, default: 0, doc: 'value now' }),
      f({ name: 'due', type: 'instant', future: true, required: true, doc: 'due date' }),
    ),
    stored: { plain: ['title', 'horizon', 'metric', 'target', 'actual'], instants: ['due'] },
    links: [ownedBy, { field: 'partnership', target: 'partnerships', type: 'FOR', direction: 'out', many: false }],
    inPlace: ['title', 'horizon', 'metric', 'target', 'actual', 'due'],
    historyMutations: 'the goal mutations (progress is kept as history)',
  },
  {
    name: 'goalProgress',
    label: 'GoalProgress',
    noun: 'goal progress entry',
    fileStem: 'goal-progress',
    fields: fields(
      ref('goal', 'goals', 'goal key'),
      f({ name: 'value', type: 'number', min: 0, max: 1e12, required: true, doc: 'value reached' }),
      f({ name: 'note', type: 'text', ...GOAL_LIMITS.note, required: false, doc: 'note' }),
      f({ name: 'at', type: 'instant', required: true, doc: 'when' }),
    ),
    stored: { plain: ['value', 'note'], instants: ['at'] },
    links: [{ field: 'goal', target: 'goals', type: 'HAD_PROGRESS', direction: 'in', many: false }],
    inPlace: ['note'],
    historyMutations: 'goalUpdateProgress (progress entries are history)',
  },
  {
    name: 'surveys',
    label: 'Survey',
    noun: 'survey',
    fileStem: 'surveys',
    fields: fields(
      partnershipRef,
      ref('participant', 'participants', 'the party that answered'),
      f({
        name: 'score',
        type: 'number',
        min: SURVEY_LIMITS.score.min,
        max: SURVEY_LIMITS.score.max,
        integer: true,
        required: true,
        doc: 'score, 0..10',
      }),
      f({ name: 'comment', type: 'text', ...SURVEY_LIMITS.comment, required: false, doc: 'comment' }),
      f({ name: 'at', type: 'instant', required: true, doc: 'when it was answered' }),
    ),
    stored: { plain: ['comment'], instants: ['at'], integers: ['score'] },
    links: [
      { field: 'partnership', target: 'partnerships', type: 'OF', direction: 'out', many: false },
      { field: 'participant', target: 'participants', type: 'RATED', direction: 'in', many: false },
    ],
    inPlace: ['comment'],
    historyMutations: 'surveyRecord (an answer is not rewritten)',
  },
  {
    name: 'interactions',
    label: 'Interaction',
    noun: 'interaction',
    fileStem: 'interactions',
    fields: fields(
      partnershipRef,
      f({ name: 'kind', type: 'enum', values: INTERACTION_KINDS, required: true, doc: 'kind' }),
      f({ name: 'at', type: 'instant', required: true, doc: 'when it happened' }),
      f({
        name: 'weight',
        type: 'number',
        min: INTERACTION_LIMITS.weight.above,
        above: true,
        max: INTERACTION_LIMITS.weight.max,
        required: false,
        default: 1,
        doc: 'weight, above 0 up to 5',
      }),
      f({ name: 'note', type: 'text', ...INTERACTION_LIMITS.note, required: false, doc: 'note' }),
      f({
        name: 'participants',
        type: 'refs',
        kind: 'participants',
        ...INTERACTION_LIMITS.participants,
        required: true,
        doc: 'keys of the parties that took part: `p1;p2`',
      }),
    ),
    stored: { plain: ['kind', 'weight', 'note'], instants: ['at'] },
    links: [
      { field: 'partnership', target: 'partnerships', type: 'WITHIN', direction: 'out', many: false },
      { field: 'participants', target: 'participants', type: 'ENGAGED_IN', direction: 'in', many: true },
    ],
    inPlace: ['note'],
    historyMutations: 'interactionCorrect (a correction keeps the original)',
  },
  {
    name: 'valueFlows',
    label: 'VALUE_FLOW',
    noun: 'value flow',
    fileStem: 'value-flows',
    fields: fields(
      partnershipRef,
      ref('from', 'participants', 'the party it flows from'),
      ref('to', 'participants', 'the party it flows to'),
      f({ name: 'kind', type: 'enum', values: VALUE_FLOW_KINDS, required: true, doc: 'kind' }),
      f({
        name: 'amount',
        type: 'number',
        min: VALUE_FLOW_LIMITS.amount.above,
        above: true,
        max: VALUE_FLOW_LIMITS.amount.max,
        required: true,
        doc: 'amount, above 0',
      }),
      f({ name: 'currency', type: 'currency', required: true, doc: 'ISO 4217 code' }),
      f({ name: 'at', type: 'instant', required: true, doc: 'when it flowed' }),
    ),
    // The partnership is kept as a property of the relationship (the API's shape), from/to are its ends.
    stored: { plain: ['kind', 'amount', 'currency', 'partnershipId'], instants: ['at'] },
    links: [],
    inPlace: [],
    historyMutations: 'valueFlowCorrect (a correction keeps the original)',
  },
];

export const KINDS: Readonly<Record<KindName, KindSpec>> = Object.fromEntries(
  SPECS.map((spec) => [spec.name, spec]),
) as Record<KindName, KindSpec>;

/** File names of the kinds: `team-members.csv`, `value-flows.jsonl`, … */
export const FILE_STEMS: Readonly<Record<KindName, string>> = Object.fromEntries(
  SPECS.map((spec) => [spec.name, spec.fileStem]),
) as Record<KindName, string>;

/** Kinds in write order. */
export const ORDERED_KINDS: readonly KindSpec[] = KIND_NAMES.map((name) => KINDS[name]);

/** Kinds whose records take part as parties: who interacts, pays or answers must be a party. */
export const PARTY_FIELDS: Partial<Record<KindName, readonly string[]>> = {
  interactions: ['participants'],
  valueFlows: ['from', 'to'],
  surveys: ['participant'],
};

export function isKindName(name: string): name is KindName {
  return (KIND_NAMES as readonly string[]).includes(name);
}
