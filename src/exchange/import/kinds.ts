/**
 * What can be imported: one kind per file (or per key of a JSON document), in the order they
 * are written (a kind refers only to kinds before it). Every field's bounds are the API's own
 * (the modules' *_LIMITS), so a file is held to the rules a mutation is held to.
 *
 * Every record is keyed by `externalId` — the id in the system it comes from (a CRM, a
 * spreadsheet). References between records use those keys. Re-importing a record with the same
 * key updates it instead of adding a second one (docs/import.md).
 */
import {
  CONTRIBUTOR_ROLES,
  GOAL_HORIZONS,
  GOAL_METRICS,
  INITIATIVE_KINDS,
  INITIATIVE_STATUSES,
  INTERACTION_KINDS,
  PARTICIPANT_KINDS,
  PARTICIPANT_STATUSES,
  PARTNERSHIP_TYPES,
  PARTY_ROLES,
  STAGES,
  SUBTYPES as SUBTYPES_BY_TYPE,
  TEAM_ROLES,
  TIERS,
  VALUE_FLOW_KINDS,
} from '../../domain/vocabulary';
import { GOAL_LIMITS } from '../../modules/goal/goal.validation';
import { INITIATIVE_LIMITS } from '../../modules/initiative/initiative.validation';
import { INTERACTION_LIMITS } from '../../modules/interaction/interaction.validation';
import { PARTICIPANT_LIMITS } from '../../modules/participant/participant.validation';
import { PARTNERSHIP_LIMITS } from '../../modules/partnership/partnership.validation';
import { TEAM_LIMITS } from '../../modules/team/team.validation';
import { VALUE_FLOW_LIMITS } from '../../modules/value-flow/value-flow.validation';
import type { FieldSpec } from './fields';

export const KIND_NAMES = [
  'teamMembers',
  'participants',
  'partnerships',
  'interactions',
  'valueFlows',
  'initiatives',
  'goals',
] as const;
export type KindName = (typeof KIND_NAMES)[number];

export interface KindSpec {
  name: KindName;
  /** The node label (or relationship type, for value flows) records of this kind become. */
  label: string;
  /** What a record is, for reports and docs. */
  noun: string;
  fields: readonly FieldSpec[];
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

const field = (spec: FieldSpec): FieldSpec => spec;

export const KINDS: Readonly<Record<KindName, KindSpec>> = {
  teamMembers: {
    name: 'teamMembers',
    label: 'TeamMember',
    noun: 'team member',
    fields: [
      EXTERNAL_ID,
      ECOGRAPH_ID,
      field({ name: 'name', type: 'text', ...TEAM_LIMITS.name, required: true, doc: 'full name' }),
      field({ name: 'email', type: 'text', ...TEAM_LIMITS.email, required: true, doc: 'work e-mail (unique)' }),
      field({ name: 'role', type: 'enum', values: TEAM_ROLES, required: true, doc: 'role in the ecosystem team' }),
      ...STAMPS,
    ],
  },
  participants: {
    name: 'participants',
    label: 'Participant',
    noun: 'participant',
    fields: [
      EXTERNAL_ID,
      ECOGRAPH_ID,
      field({ name: 'name', type: 'text', ...PARTICIPANT_LIMITS.name, required: true, doc: 'organisation name' }),
      field({ name: 'kind', type: 'enum', values: PARTICIPANT_KINDS, required: true, doc: 'kind of organisation' }),
      field({ name: 'sector', type: 'text', ...PARTICIPANT_LIMITS.sector, required: true, doc: 'sector' }),
      field({ name: 'region', type: 'text', ...PARTICIPANT_LIMITS.region, required: true, doc: 'region' }),
      field({ name: 'tier', type: 'enum', values: TIERS, required: false, default: 'STANDARD', doc: 'tier' }),
      field({
        name: 'status',
        type: 'enum',
        values: PARTICIPANT_STATUSES,
        required: false,
        default: 'ACTIVE',
        doc: 'status',
      }),
      field({ name: 'joinedAt', type: 'instant', required: false, doc: 'when it joined (default: the import)' }),
      field({
        name: 'exitedAt',
        type: 'instant',
        required: false,
        doc: 'when it left; only with status EXITED (default: the import)',
      }),
      ...STAMPS,
    ],
  },
  partnerships: {
    name: 'partnerships',
    label: 'Partnership',
    noun: 'partnership',
    fields: [
      EXTERNAL_ID,
      ECOGRAPH_ID,
      field({ name: 'name', type: 'text', ...PARTNERSHIP_LIMITS.name, required: true, doc: 'name' }),
      field({ name: 'type', type: 'enum', values: PARTNERSHIP_TYPES, required: true, doc: 'type' }),
      field({
        name: 'subtype',
        type: 'enum',
        values: allSubtypes(),
        required: true,
        doc: 'subtype (one of the type’s)',
      }),
      field({ name: 'stage', type: 'enum', values: STAGES, required: false, default: 'IDENTIFICATION', doc: 'stage' }),
      field({
        name: 'strategicAlignment',
        type: 'number',
        min: 0,
        max: 1,
        required: false,
        doc: 'strategic alignment, 0..1',
      }),
      field({ name: 'startedAt', type: 'instant', required: false, doc: 'when it entered the pipeline' }),
      field({ name: 'endsAt', type: 'instant', future: true, required: false, doc: 'end of its agreement term' }),
      field({
        name: 'parties',
        type: 'roles',
        kind: 'participants',
        roles: PARTY_ROLES,
        ...PARTNERSHIP_LIMITS.parties,
        required: true,
        doc: 'participant keys with their role: `p1:LEAD;p2:PARTNER`',
      }),
      field({
        name: 'owners',
        type: 'refs',
        kind: 'teamMembers',
        min: 0,
        max: PARTNERSHIP_LIMITS.owners.max,
        required: false,
        doc: 'team member keys: `t1;t2`',
      }),
      ...STAMPS,
    ],
  },
  interactions: {
    name: 'interactions',
    label: 'Interaction',
    noun: 'interaction',
    fields: [
      EXTERNAL_ID,
      ECOGRAPH_ID,
      field({ name: 'partnership', type: 'ref', kind: 'partnerships', required: true, doc: 'partnership key' }),
      field({ name: 'kind', type: 'enum', values: INTERACTION_KINDS, required: true, doc: 'kind' }),
      field({ name: 'at', type: 'instant', required: true, doc: 'when it happened' }),
      field({
        name: 'weight',
        type: 'number',
        min: INTERACTION_LIMITS.weight.above,
        above: true,
        max: INTERACTION_LIMITS.weight.max,
        required: false,
        default: 1,
        doc: 'weight, above 0 up to 5',
      }),
      field({ name: 'note', type: 'text', ...INTERACTION_LIMITS.note, required: false, doc: 'note' }),
      field({
        name: 'participants',
        type: 'refs',
        kind: 'participants',
        ...INTERACTION_LIMITS.participants,
        required: true,
        doc: 'keys of the parties that took part: `p1;p2`',
      }),
      ...STAMPS,
    ],
  },
  valueFlows: {
    name: 'valueFlows',
    label: 'VALUE_FLOW',
    noun: 'value flow',
    fields: [
      EXTERNAL_ID,
      ECOGRAPH_ID,
      field({ name: 'partnership', type: 'ref', kind: 'partnerships', required: true, doc: 'partnership key' }),
      field({ name: 'from', type: 'ref', kind: 'participants', required: true, doc: 'the party it flows from' }),
      field({ name: 'to', type: 'ref', kind: 'participants', required: true, doc: 'the party it flows to' }),
      field({ name: 'kind', type: 'enum', values: VALUE_FLOW_KINDS, required: true, doc: 'kind' }),
      field({
        name: 'amount',
        type: 'number',
        min: VALUE_FLOW_LIMITS.amount.above,
        above: true,
        max: VALUE_FLOW_LIMITS.amount.max,
        required: true,
        doc: 'amount, above 0',
      }),
      field({ name: 'currency', type: 'currency', required: true, doc: 'ISO 4217 code' }),
      field({ name: 'at', type: 'instant', required: true, doc: 'when it flowed' }),
      ...STAMPS,
    ],
  },
  initiatives: {
    name: 'initiatives',
    label: 'Initiative',
    noun: 'initiative',
    fields: [
      EXTERNAL_ID,
      ECOGRAPH_ID,
      field({ name: 'partnership', type: 'ref', kind: 'partnerships', required: true, doc: 'partnership key' }),
      field({ name: 'name', type: 'text', ...INITIATIVE_LIMITS.name, required: true, doc: 'name' }),
      field({ name: 'kind', type: 'enum', values: INITIATIVE_KINDS, required: true, doc: 'kind' }),
      field({
        name: 'status',
        type: 'enum',
        values: INITIATIVE_STATUSES,
        required: false,
        default: 'PLANNED',
        doc: 'status',
      }),
      field({ name: 'startsAt', type: 'instant', future: true, required: true, doc: 'start' }),
      field({ name: 'endsAt', type: 'instant', future: true, required: false, doc: 'end' }),
      field({
        name: 'contributors',
        type: 'roles',
        kind: 'participants',
        roles: CONTRIBUTOR_ROLES,
        min: 0,
        max: INITIATIVE_LIMITS.contributors,
        required: false,
        doc: 'participant keys with their role: `p1:LEAD;p2:CONTRIBUTOR`',
      }),
      ...STAMPS,
    ],
  },
  goals: {
    name: 'goals',
    label: 'Goal',
    noun: 'goal',
    fields: [
      EXTERNAL_ID,
      ECOGRAPH_ID,
      field({ name: 'title', type: 'text', ...GOAL_LIMITS.title, required: true, doc: 'title' }),
      field({ name: 'owner', type: 'ref', kind: 'teamMembers', required: true, doc: 'team member key' }),
      field({
        name: 'partnership',
        type: 'ref',
        kind: 'partnerships',
        required: false,
        doc: 'partnership key (blank: an ecosystem goal)',
      }),
      field({ name: 'horizon', type: 'enum', values: GOAL_HORIZONS, required: true, doc: 'horizon' }),
      field({ name: 'metric', type: 'enum', values: GOAL_METRICS, required: true, doc: 'metric it tracks' }),
      field({
        name: 'target',
        type: 'number',
        min: 0,
        above: true,
        max: 1e12,
        required: true,
        doc: 'target value, above 0',
      }),
      field({ name: 'actual', type: 'number', min: 0, max: 1e12, required: false, default: 0, doc: 'value now' }),
      field({ name: 'due', type: 'instant', future: true, required: true, doc: 'due date' }),
      ...STAMPS,
    ],
  },
};

function allSubtypes(): string[] {
  // Every subtype of every type; whether it fits the record's type is a row rule (rules.ts).
  return [...new Set(Object.values(SUBTYPES_BY_TYPE).flat())];
}

/** File names of the kinds: `team-members.csv`, `value-flows.jsonl`, … */
export const FILE_STEMS: Readonly<Record<KindName, string>> = {
  teamMembers: 'team-members',
  participants: 'participants',
  partnerships: 'partnerships',
  interactions: 'interactions',
  valueFlows: 'value-flows',
  initiatives: 'initiatives',
  goals: 'goals',
};

/** Kinds in write order. */
export const ORDERED_KINDS: readonly KindSpec[] = KIND_NAMES.map((name) => KINDS[name]);

export function isKindName(name: string): name is KindName {
  return (KIND_NAMES as readonly string[]).includes(name);
}
