/**
 * Property-based tests of the mutations (issue 6): generated inputs mix valid values with
 * nasty ones, and every call must either succeed, with exactly the expected writes, or answer
 * userErrors (or a 400 for what GraphQL itself refuses) with the graph unchanged, compared
 * record by record before and after. Never a 5xx, never an INTERNAL_SERVER_ERROR.
 *
 * Each mutation runs against a freshly built world (test/support/mutation-world.ts), with its
 * own fixed fast-check seed: a failure prints the seed and the counterexample to replay.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import fc from 'fast-check';
import type { App } from '../../src/app';
import { UserErrorCode } from '../../src/core/user-error';
import { GoalHorizon, GoalMetric } from '../../src/modules/goal/goal.enums';
import {
  AgreementKind,
  AgreementStatus,
  AgreementStatusChange,
} from '../../src/modules/governance/agreement/agreement.enums';
import { DecisionOutcome } from '../../src/modules/governance/decision/decision.enums';
import { PolicyArea, PolicyStatus } from '../../src/modules/governance/policy/policy.enums';
import { RiskCategory, RiskSeverity, RiskStatus } from '../../src/modules/governance/risk/risk.enums';
import { ContributorRole, InitiativeKind, InitiativeStatus } from '../../src/modules/initiative/initiative.enums';
import { InteractionKind } from '../../src/modules/interaction/interaction.enums';
import { ParticipantKind, ParticipantStatus, ParticipantTier } from '../../src/modules/participant/participant.enums';
import { NEXT_STAGES } from '../../src/modules/partnership/partnership.lifecycle';
import {
  PartnershipStage,
  PartnershipSubtype,
  PartnershipType,
  PartyRole,
  SUBTYPES_BY_TYPE,
} from '../../src/modules/partnership/partnership.enums';
import { TeamRole } from '../../src/modules/team/team.enums';
import { ValueFlowKind } from '../../src/modules/value-flow/value-flow.enums';
import {
  AgreementCreateDocument,
  AgreementExecuteDocument,
  AgreementUpdateStatusDocument,
  DecisionRecordDocument,
  GoalCreateDocument,
  GoalUpdateProgressDocument,
  InitiativeCreateDocument,
  InteractionCorrectDocument,
  InteractionRecordDocument,
  ParticipantCreateDocument,
  ParticipantUpdateDocument,
  PartnershipAddPartyDocument,
  PartnershipCreateDocument,
  PartnershipMoveStageDocument,
  PartnershipUpdateDocument,
  PolicyApplyDocument,
  PolicyCreateDocument,
  RiskRaiseDocument,
  RiskUpdateDocument,
  SurveyRecordDocument,
  TeamMemberCreateDocument,
  ValueFlowCorrectDocument,
  ValueFlowRecordDocument,
} from '../generated/operations';
import {
  clientKey,
  date,
  enumOf,
  futureDate,
  idOf,
  listWithDuplicates,
  mix,
  nastyText,
  nearNow,
  numberIn,
  optional,
  pastDate,
  text,
} from '../support/arbitraries';
import { execute } from '../support/graphql-client';
import {
  graphSnapshot,
  maintenanceGateway,
  snapshotDiff,
  type GraphSnapshot,
  type SnapshotDiff,
} from '../support/graph';
import { buildWorld, idsNotOf, keyOf, type World } from '../support/mutation-world';
import { startTestApp } from '../support/test-app';

let app: App;
beforeAll(async () => {
  app = await startTestApp();
}, 60_000);
afterAll(async () => {
  await app.stop();
});

/** Inputs deliberately break the generated types, so every case shares this loose signature. */
type Input = Record<string, unknown>;
type Payload = Record<string, unknown> & { userErrors: { field: string[]; code: string; message: string }[] };
type Mutation = TypedDocumentNode<Record<string, Payload>, { input: Input }>;

interface Outcome {
  input: Input;
  payload: Payload;
  before: GraphSnapshot;
}

/** What a successful call must have written: exact count changes, at most these records changed. */
interface Effect {
  deltas: Record<string, number>;
  /** Record key that must be new. */
  created?: string;
  /** Existing records allowed to change. */
  mayChange?: string[];
  /**
   * Counts that may grow by 0..n, for change records written only when a value really changed
   * (the snapshot keeps hashes, not the values, so the case cannot tell beforehand).
   */
  mayAdd?: Record<string, number>;
}

interface MutationCase {
  /** The mutation field, e.g. "participantCreate". */
  name: string;
  document: Mutation;
  /** The payload field holding the object (null when refused). */
  object: string;
  numRuns: number;
  input: (world: World) => fc.Arbitrary<Input>;
  /** Identity of what a create made, to check that a replayed client key answers the first one. */
  made?: (payload: Payload) => string;
  effect: (outcome: Outcome) => Effect;
  /** Further checks of a success: stored values as asked. */
  check?: (outcome: Outcome) => void;
}

const asMutation = (document: unknown) => document as Mutation;
const idIn = (payload: Payload, field: string) => (payload[field] as { id: string }).id;
const node = (label: string, globalId: string) => `${label}:${keyOf(globalId)}`;
const relationship = (type: string, from: string, to: string, id = '') => `${type}:${from}->${to}#${id}`;
/** Count changes without the zero ones (snapshotDiff reports only non-zero deltas). */
const counts = (deltas: Record<string, number>) =>
  Object.fromEntries(Object.entries(deltas).filter(([, n]) => n !== 0));
/** What is stored for accepted text: its NFC form (the text rules, src/core/text-rules.ts). */
const stored = (value: string) => value.normalize('NFC');
const trimmedText = (value: unknown) => stored((value as string).trim());
const distinct = (ids: unknown) => new Set(((ids as string[] | null | undefined) ?? []).map(keyOf)).size;
const given = (value: unknown) => value !== undefined && value !== null;
/** A value as the server receives it (JSON turns -0 into 0). */
const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Codes GraphQL uses for requests it refuses before any resolver runs. */
const REQUEST_ERROR_CODES = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']);
const USER_ERROR_CODES = new Set<string>(Object.values(UserErrorCode));
const NO_CHANGE: SnapshotDiff = { added: [], removed: [], changed: [], deltas: {} };

interface Tally {
  runs: number;
  succeeded: number;
  refused: number;
  rejected: number;
  replayed: number;
  /** How often each "field:code" refused a call. */
  refusals: Record<string, number>;
}
const tallies = new Map<string, Tally>();

function expectEffect(diff: SnapshotDiff, effect: Effect): void {
  const mayAdd = effect.mayAdd ?? {};
  const fixed = Object.fromEntries(Object.entries(diff.deltas).filter(([key]) => !(key in mayAdd)));
  expect(fixed).toEqual(counts(effect.deltas));
  for (const [key, most] of Object.entries(mayAdd)) {
    expect(diff.deltas[key] ?? 0).toBeGreaterThanOrEqual(0);
    expect(diff.deltas[key] ?? 0).toBeLessThanOrEqual(most);
  }
  expect(diff.removed).toEqual([]);
  const allowed = new Set(effect.mayChange ?? []);
  expect(diff.changed.filter((key) => !allowed.has(key))).toEqual([]);
  if (effect.created) expect(diff.added).toContain(effect.created);
}

/** Runs one case's property; returns how the calls ended. */
async function exercise(spec: MutationCase, seed: number): Promise<Tally> {
  const world = await buildWorld(app.url, maintenanceGateway(app.driver));
  const tally: Tally = { runs: 0, succeeded: 0, refused: 0, rejected: 0, replayed: 0, refusals: {} };
  // Client key (trimmed) → identity of what its first successful call made.
  const keys = new Map<string, string>();
  let latest: GraphSnapshot | undefined;
  const property = fc.asyncProperty(spec.input(world), async (input) => {
    tally.runs += 1;
    // Only these calls write, one at a time: the last run's "after" is this run's "before".
    const before = latest ?? (await graphSnapshot(app.gateway));
    latest = undefined;
    const response = await execute(app.url, spec.document, { input });
    latest = await graphSnapshot(app.gateway);
    const diff = snapshotDiff(before, latest);
    expect(response.status).toBeLessThan(500);

    if (response.status !== 200) {
      // Refused by GraphQL itself (a value its scalars or enums cannot coerce): nothing ran.
      expect(response.status).toBe(400);
      const codes = (response.errors ?? []).map((error) => String(error.extensions?.code));
      expect(codes.length).toBeGreaterThan(0);
      expect(codes.filter((code) => !REQUEST_ERROR_CODES.has(code))).toEqual([]);
      expect(diff).toEqual(NO_CHANGE);
      tally.rejected += 1;
      return;
    }
    expect(response.errors).toBeUndefined();
    const payload = response.data![spec.name]!;

    if (payload.userErrors.length > 0) {
      expect(payload[spec.object]).toBeNull();
      for (const error of payload.userErrors) {
        expect(USER_ERROR_CODES.has(error.code)).toBe(true);
        expect(error.field[0]).toBe('input');
        const reason = `${error.field.slice(1).join('.')}:${error.code}`;
        tally.refusals[reason] = (tally.refusals[reason] ?? 0) + 1;
      }
      expect(diff).toEqual(NO_CHANGE);
      tally.refused += 1;
      return;
    }

    expect(payload[spec.object]).not.toBeNull();
    const made = spec.made?.(payload);
    const key = typeof input.clientKey === 'string' ? input.clientKey.trim() : '';
    const first = keys.get(key);
    if (made !== undefined && first !== undefined) {
      // A replayed client key answers what the first call made and writes nothing.
      expect(made).toBe(first);
      expect(diff).toEqual(NO_CHANGE);
      tally.replayed += 1;
      return;
    }
    if (made !== undefined && key) keys.set(key, made);
    // Every DateTime answered must be one the DateTime scalar accepts back (4-digit years).
    expect(JSON.stringify(payload)).not.toMatch(/"[+-]\d{6}-\d\d-\d\dT/);
    const outcome = { input, payload, before };
    expectEffect(diff, spec.effect(outcome));
    spec.check?.(outcome);
    tally.succeeded += 1;
  });
  await fc.assert(property, { seed, numRuns: spec.numRuns });
  return tally;
}

// ---------------------------------------------------------------------------------------------
// Field arbitraries shared by several cases.

const PARTICIPANT_TEXT = { name: { min: 2, max: 200 }, sector: { min: 1, max: 100 }, region: { min: 1, max: 100 } };
const TITLE = { min: 3, max: 200 };
const NOTE = { min: 0, max: 2000 };

/** GraphQL enum names: type-graphql exposes the TypeScript keys (values may differ, e.g. GoalMetric). */
const values = (e: Record<string, string>) => Object.keys(e);
/** Stages the lifecycle allows next from where the world left a partnership (it may have moved since). */
const nextStages = (world: World, id: string) => [...NEXT_STAGES[world.stages[id]!], PartnershipStage.TERMINATED];
const participantId = (world: World, knownWeight?: number) =>
  idOf('Participant', world.participants, idsNotOf(world, 'Participant'), knownWeight);
const teamMemberId = (world: World, knownWeight?: number) =>
  idOf('TeamMember', world.teamMembers, idsNotOf(world, 'TeamMember'), knownWeight);
const partnershipId = (world: World) =>
  idOf('Partnership', Object.values(world.partnerships), idsNotOf(world, 'Partnership'));

/** Since 2024-06 (after every stage change of the world) up to now: moves and entries may pass. */
const recentDate = fc
  .date({ min: new Date('2024-06-02T00:00:00Z'), max: new Date(Date.now() - 60_000), noInvalidDate: true })
  .map((d) => d.toISOString());

/** A partnership and participants that are mostly distinct parties of it (engagement records need parties). */
function partnershipWithMembers(world: World, count: { min: number; max: number }) {
  return fc.constantFrom(...Object.values(world.partnerships)).chain((partnership) => {
    const members = world.parties[partnership]!;
    const anyone = mix(fc.constantFrom(...members), participantId(world), 2);
    return fc.record({
      partnershipId: mix(fc.constant(partnership), partnershipId(world)),
      members: fc.oneof(
        { weight: 8, arbitrary: fc.shuffledSubarray(members, { minLength: Math.min(count.min, members.length) }) },
        { weight: 3, arbitrary: listWithDuplicates(anyone, count.max) },
        { weight: 1, arbitrary: fc.array(anyone, { maxLength: 14 }) },
      ),
    });
  });
}

/** A party of a new partnership: mostly a PARTNER (two LEADs are refused). */
const party = (world: World) =>
  fc.record({
    participantId: participantId(world, 30),
    role: fc.option(enumOf([PartyRole.PARTNER, PartyRole.PARTNER, ...values(PartyRole)]), { nil: undefined }),
  });

/** A (type, subtype) pair that belongs together, or (rarely) any pair. */
const typeAndSubtype = mix(
  fc.constantFrom(
    ...Object.entries(SUBTYPES_BY_TYPE).flatMap(([type, subtypes]) => subtypes.map((subtype) => [type, subtype])),
  ),
  fc.tuple(enumOf(values(PartnershipType)), enumOf(values(PartnershipSubtype))),
);

const money = fc.record({
  amount: numberIn(0.01, 1e9),
  currency: mix(fc.constantFrom('USD', 'EUR', 'JPY', 'CHF'), fc.constantFrom('usd', 'XXX', 'ZZZ', '', 'EURO', 'US$')),
});

const freshEmail = fc.uuid().map((uuid) => `m.${uuid.slice(0, 8)}@example.org`);
const nastyEmail = fc.constantFrom(
  'manager0@example.org',
  '  MANAGER1@Example.ORG ',
  'no-at-sign',
  'a@b',
  '@example.org',
  'two@@example.org',
  'sp ace@example.org',
  `${'l'.repeat(250)}@example.org`,
  'İnfo@example.org',
  'ünïcode@exämple.org',
);

// ---------------------------------------------------------------------------------------------
// The cases: one per mutation.

const CASES: MutationCase[] = [
  {
    name: 'participantCreate',
    document: asMutation(ParticipantCreateDocument),
    object: 'participant',
    numRuns: 50,
    input: (world) =>
      fc.record({
        clientKey,
        externalId: optional(
          mix(
            fc.uuid().map((uuid) => `ext-${uuid}`),
            fc.oneof(fc.constantFrom(...world.externalIds), nastyText({ min: 1, max: 100 })),
            2,
          ),
        ),
        joinedAt: optional(date(pastDate)),
        kind: enumOf(values(ParticipantKind)),
        name: text(PARTICIPANT_TEXT.name),
        region: text(PARTICIPANT_TEXT.region),
        sector: text(PARTICIPANT_TEXT.sector),
        status: fc.option(enumOf(values(ParticipantStatus)), { nil: undefined }),
        tier: fc.option(enumOf(values(ParticipantTier)), { nil: undefined }),
      }),
    made: (payload) => idIn(payload, 'participant'),
    effect: ({ payload }) => ({
      deltas: { Participant: 1 },
      created: node('Participant', idIn(payload, 'participant')),
    }),
    check: ({ input, payload }) => {
      expect(payload.participant).toMatchObject({
        name: trimmedText(input.name),
        sector: trimmedText(input.sector),
        region: trimmedText(input.region),
      });
    },
  },
  {
    name: 'participantUpdate',
    document: asMutation(ParticipantUpdateDocument),
    object: 'participant',
    numRuns: 40,
    input: (world) =>
      fc.record({
        id: participantId(world),
        name: optional(text(PARTICIPANT_TEXT.name)),
        kind: optional(enumOf(values(ParticipantKind))),
        sector: optional(text(PARTICIPANT_TEXT.sector)),
        region: optional(text(PARTICIPANT_TEXT.region)),
        tier: optional(enumOf(values(ParticipantTier))),
        status: optional(enumOf(values(ParticipantStatus))),
        joinedAt: optional(date(pastDate)),
        externalId: optional(
          mix(
            fc.uuid().map((uuid) => `ext-${uuid}`),
            fc.oneof(fc.constantFrom(...world.externalIds), nastyText({ min: 1, max: 100 })),
          ),
        ),
      }),
    effect: ({ input }) => ({
      deltas: {},
      mayChange: [node('Participant', input.id as string)],
      // History: a changed joinedAt or status is recorded (docs/data-model.md, "History").
      mayAdd: {
        ...(given(input.joinedAt) ? { JoinedAtChange: 1, HAD_JOINED_AT: 1 } : {}),
        ...(given(input.status) ? { ParticipantStatusChange: 1, HAD_STATUS: 1 } : {}),
      },
    }),
    check: ({ input, payload }) => {
      const participant = payload.participant as Record<string, unknown>;
      expect(participant.id).toBe(input.id);
      // Only an EXITED participant has an exit instant; a move to EXITED dates it.
      if (participant.status !== 'EXITED') expect(participant.exitedAt).toBeNull();
      if (input.status === 'EXITED') expect(participant.exitedAt).not.toBeNull();
      for (const field of ['name', 'sector', 'region'] as const) {
        if (given(input[field])) expect(participant[field]).toBe(trimmedText(input[field]));
      }
      for (const field of ['kind', 'tier', 'status'] as const) {
        if (given(input[field])) expect(participant[field]).toBe(input[field]);
      }
    },
  },
  {
    name: 'partnershipCreate',
    document: asMutation(PartnershipCreateDocument),
    object: 'partnership',
    numRuns: 60,
    input: (world) =>
      fc
        .record({
          clientKey,
          endsAt: optional(date(futureDate)),
          name: text(TITLE),
          ownerIds: optional(listWithDuplicates(teamMemberId(world, 30), 3)),
          parties: fc.oneof(
            {
              weight: 8,
              arbitrary: fc.uniqueArray(party(world), { minLength: 1, maxLength: 3, selector: (p) => p.participantId }),
            },
            { weight: 3, arbitrary: listWithDuplicates(party(world), 3) },
            { weight: 1, arbitrary: fc.array(party(world), { minLength: 21, maxLength: 22 }) },
          ),
          startedAt: optional(date(pastDate)),
          strategicAlignment: optional(numberIn(0, 1)),
          kinds: typeAndSubtype,
        })
        .map(({ kinds: [type, subtype], ...rest }) => ({ ...rest, type, subtype })),
    made: (payload) => idIn(payload, 'partnership'),
    effect: ({ input, payload }) => ({
      deltas: {
        Partnership: 1,
        StageChange: 1,
        HAD_STAGE: 1,
        PARTY_TO: (input.parties as unknown[]).length,
        OWNS: distinct(input.ownerIds),
      },
      created: node('Partnership', idIn(payload, 'partnership')),
    }),
    check: ({ input, payload }) => {
      expect(payload.partnership).toMatchObject({ name: trimmedText(input.name), stage: 'IDENTIFICATION' });
    },
  },
  {
    name: 'partnershipUpdate',
    document: asMutation(PartnershipUpdateDocument),
    object: 'partnership',
    numRuns: 40,
    input: (world) =>
      fc
        .record({
          id: partnershipId(world),
          name: optional(text(TITLE)),
          kinds: fc.oneof(
            { weight: 4, arbitrary: fc.constant({}) },
            { weight: 4, arbitrary: typeAndSubtype.map(([type, subtype]) => ({ type, subtype })) },
            { weight: 1, arbitrary: fc.record({ subtype: optional(enumOf(values(PartnershipSubtype))) }) },
            { weight: 1, arbitrary: fc.record({ type: optional(enumOf(values(PartnershipType))) }) },
          ),
          strategicAlignment: optional(numberIn(0, 1)),
          endsAt: optional(date(fc.oneof(futureDate, pastDate))),
        })
        .map(({ kinds, ...rest }) => ({ ...rest, ...kinds })),
    effect: ({ input }) => ({ deltas: {}, mayChange: [node('Partnership', input.id as string)] }),
    check: ({ input, payload }) => {
      const partnership = payload.partnership as Record<string, unknown>;
      if (given(input.name)) expect(partnership.name).toBe(trimmedText(input.name));
      if (given(input.subtype)) expect(partnership.subtype).toBe(input.subtype);
      if (given(input.strategicAlignment)) expect(partnership.strategicAlignment).toBe(wire(input.strategicAlignment));
    },
  },
  {
    name: 'partnershipMoveStage',
    document: asMutation(PartnershipMoveStageDocument),
    object: 'partnership',
    numRuns: 60,
    input: (world) =>
      fc
        .record({
          move: mix(
            fc
              .constantFrom(...Object.values(world.partnerships))
              .chain((id) => fc.record({ id: fc.constant(id), to: fc.constantFrom(...nextStages(world, id)) })),
            fc.record({ id: partnershipId(world), to: enumOf(values(PartnershipStage)) }),
            4,
          ),
          at: fc.option(date(fc.oneof(recentDate, pastDate)), { nil: undefined }),
          reason: fc.option(text({ min: 3, max: 1000 }), { nil: undefined }),
          clientKey,
        })
        .map(({ move, ...rest }) => ({ ...move, ...rest })),
    made: (payload) => idIn(payload, 'stageChange'),
    effect: ({ input }) => ({
      deltas: { StageChange: 1, HAD_STAGE: 1 },
      mayChange: [node('Partnership', input.id as string)],
    }),
    check: ({ input, payload }) => {
      expect(payload.partnership).toMatchObject({ id: input.id, stage: input.to });
      expect(payload.stageChange).toMatchObject({ to: input.to });
    },
  },
  {
    name: 'partnershipAddParty',
    document: asMutation(PartnershipAddPartyDocument),
    object: 'partnership',
    numRuns: 40,
    input: (world) =>
      fc.record({
        participantId: participantId(world),
        partnershipId: partnershipId(world),
        role: fc.option(enumOf(values(PartyRole)), { nil: undefined }),
      }),
    effect: ({ input, before }) => {
      const party = relationship(
        'PARTY_TO',
        node('Participant', input.participantId as string),
        node('Partnership', input.partnershipId as string),
      );
      const existed = before.records.has(party);
      return {
        deltas: { PARTY_TO: existed ? 0 : 1 },
        created: existed ? undefined : party,
        mayChange: [node('Partnership', input.partnershipId as string), party],
      };
    },
    check: ({ input, payload }) => {
      const edges = (payload.partnership as { parties: { edges: { role: string; node: { id: string } }[] } }).parties
        .edges;
      expect(edges).toContainEqual({ role: input.role ?? 'PARTNER', node: { id: input.participantId } });
    },
  },
  {
    name: 'interactionRecord',
    document: asMutation(InteractionRecordDocument),
    object: 'interaction',
    numRuns: 50,
    input: (world) =>
      fc
        .record({
          target: partnershipWithMembers(world, { min: 1, max: 3 }),
          at: optional(date(pastDate)),
          clientKey,
          kind: enumOf(values(InteractionKind)),
          note: optional(text(NOTE)),
          weight: fc.option(numberIn(0, 5), { nil: undefined }),
        })
        .map(({ target, ...rest }) => ({
          ...rest,
          partnershipId: target.partnershipId,
          participantIds: target.members,
        })),
    made: (payload) => idIn(payload, 'interaction'),
    effect: ({ input, payload }) => ({
      deltas: { Interaction: 1, WITHIN: 1, ENGAGED_IN: (input.participantIds as unknown[]).length },
      created: node('Interaction', idIn(payload, 'interaction')),
    }),
  },
  {
    name: 'valueFlowRecord',
    document: asMutation(ValueFlowRecordDocument),
    object: 'valueFlow',
    numRuns: 50,
    input: (world) =>
      fc
        .record({
          target: partnershipWithMembers(world, { min: 2, max: 2 }),
          amount: money,
          at: optional(date(pastDate)),
          clientKey,
          kind: enumOf(values(ValueFlowKind)),
        })
        .map(({ target, ...rest }) => ({
          ...rest,
          partnershipId: target.partnershipId,
          fromId: target.members[0] ?? 'none',
          toId: target.members[1] ?? target.members[0] ?? 'none',
        })),
    made: (payload) => idIn(payload, 'valueFlow'),
    effect: ({ input, payload }) => ({
      deltas: { VALUE_FLOW: 1 },
      created: relationship(
        'VALUE_FLOW',
        node('Participant', input.fromId as string),
        node('Participant', input.toId as string),
        keyOf(idIn(payload, 'valueFlow')),
      ),
    }),
  },
  {
    name: 'interactionCorrect',
    document: asMutation(InteractionCorrectDocument),
    object: 'interaction',
    numRuns: 40,
    input: (world) =>
      fc.record({
        id: idOf('Interaction', world.interactions, idsNotOf(world, 'Interaction')),
        at: optional(date(pastDate)),
        clientKey,
        kind: optional(enumOf(values(InteractionKind))),
        note: optional(text(NOTE)),
        reason: text({ min: 3, max: 500 }),
        weight: optional(numberIn(0, 5)),
      }),
    made: (payload) => idIn(payload, 'interaction'),
    effect: ({ input, payload, before }) => {
      const old = node('Interaction', input.id as string);
      const engaged = [...before.records.keys()].filter(
        (key) => key.startsWith('ENGAGED_IN:') && key.endsWith(`->${old}#`),
      );
      return {
        deltas: { Interaction: 1, WITHIN: 1, ENGAGED_IN: engaged.length },
        created: node('Interaction', idIn(payload, 'interaction')),
        mayChange: [old],
      };
    },
  },
  {
    name: 'valueFlowCorrect',
    document: asMutation(ValueFlowCorrectDocument),
    object: 'valueFlow',
    numRuns: 40,
    input: (world) =>
      fc.record({
        id: idOf('ValueFlow', world.valueFlows, idsNotOf(world, 'ValueFlow')),
        amount: optional(money),
        at: optional(date(pastDate)),
        clientKey,
        kind: optional(enumOf(values(ValueFlowKind))),
        reason: text({ min: 3, max: 500 }),
      }),
    made: (payload) => idIn(payload, 'valueFlow'),
    effect: ({ input, payload, before }) => {
      const old = [...before.records.keys()].find((key) => key.endsWith(`#${keyOf(input.id as string)}`))!;
      const ends = old.slice('VALUE_FLOW:'.length, old.lastIndexOf('#'));
      return {
        deltas: { VALUE_FLOW: 1 },
        created: `VALUE_FLOW:${ends}#${keyOf(idIn(payload, 'valueFlow'))}`,
        mayChange: [old],
      };
    },
  },
  {
    name: 'surveyRecord',
    document: asMutation(SurveyRecordDocument),
    object: 'survey',
    numRuns: 40,
    input: (world) =>
      fc
        .record({
          target: partnershipWithMembers(world, { min: 1, max: 1 }),
          at: optional(date(pastDate)),
          clientKey,
          comment: optional(text(NOTE)),
          score: fc.oneof(
            { weight: 8, arbitrary: fc.integer({ min: -3, max: 13 }) },
            { weight: 1, arbitrary: fc.constantFrom<unknown>(2 ** 31, -(2 ** 31) - 1, 3.5, '7', null) },
          ),
        })
        .map(({ target, ...rest }) => ({
          ...rest,
          partnershipId: target.partnershipId,
          participantId: target.members[0] ?? 'none',
        })),
    made: (payload) => idIn(payload, 'survey'),
    effect: ({ payload }) => ({
      deltas: { Survey: 1, RATED: 1, OF: 1 },
      created: node('Survey', idIn(payload, 'survey')),
    }),
  },
  {
    name: 'riskRaise',
    document: asMutation(RiskRaiseDocument),
    object: 'risk',
    numRuns: 40,
    input: (world) =>
      fc.record({
        category: enumOf(values(RiskCategory)),
        clientKey,
        dueAt: date(futureDate),
        likelihood: numberIn(0, 1),
        ownerId: optional(teamMemberId(world)),
        partnershipId: partnershipId(world),
        raisedAt: optional(date(pastDate)),
        severity: enumOf(values(RiskSeverity)),
        title: text(TITLE),
      }),
    made: (payload) => idIn(payload, 'risk'),
    effect: ({ input, payload }) => ({
      deltas: { Risk: 1, CONCERNS: 1, OWNED_BY: given(input.ownerId) ? 1 : 0 },
      created: node('Risk', idIn(payload, 'risk')),
    }),
    check: ({ input, payload }) => {
      expect(payload.risk).toMatchObject({ title: trimmedText(input.title), status: 'OPEN' });
    },
  },
  {
    name: 'riskUpdate',
    document: asMutation(RiskUpdateDocument),
    object: 'risk',
    numRuns: 40,
    input: (world) =>
      fc.record({
        id: idOf('Risk', world.risks, idsNotOf(world, 'Risk')),
        dueAt: optional(date(futureDate)),
        likelihood: optional(numberIn(0, 1)),
        severity: optional(enumOf(values(RiskSeverity))),
        status: optional(enumOf(values(RiskStatus))),
      }),
    effect: ({ input }) => ({ deltas: {}, mayChange: [node('Risk', input.id as string)] }),
    check: ({ input, payload }) => {
      if (given(input.status)) expect(payload.risk).toMatchObject({ status: input.status });
      if (given(input.severity)) expect(payload.risk).toMatchObject({ severity: input.severity });
    },
  },
  {
    name: 'goalCreate',
    document: asMutation(GoalCreateDocument),
    object: 'goal',
    numRuns: 40,
    input: (world) =>
      fc.record({
        clientKey,
        due: date(futureDate),
        horizon: enumOf(values(GoalHorizon)),
        metric: enumOf(values(GoalMetric)),
        ownerId: optional(teamMemberId(world)),
        partnershipId: optional(partnershipId(world)),
        target: numberIn(0.1, 1000),
        title: text({ min: 2, max: 200 }),
      }),
    made: (payload) => idIn(payload, 'goal'),
    effect: ({ input, payload }) => ({
      deltas: { Goal: 1, FOR: given(input.partnershipId) ? 1 : 0, OWNED_BY: given(input.ownerId) ? 1 : 0 },
      created: node('Goal', idIn(payload, 'goal')),
    }),
    check: ({ input, payload }) => {
      expect(payload.goal).toMatchObject({ title: trimmedText(input.title), target: wire(input.target) });
    },
  },
  {
    name: 'goalUpdateProgress',
    document: asMutation(GoalUpdateProgressDocument),
    object: 'goal',
    numRuns: 50,
    input: (world) =>
      fc.record({
        at: optional(date(recentDate)),
        clientKey,
        goalId: idOf('Goal', world.goals, idsNotOf(world, 'Goal')),
        note: optional(text({ min: 0, max: 1000 })),
        value: numberIn(0, 20),
      }),
    made: (payload) => idIn(payload, 'progress'),
    effect: ({ input, payload }) => ({
      deltas: { GoalProgress: 1, HAD_PROGRESS: 1 },
      created: node('GoalProgress', idIn(payload, 'progress')),
      mayChange: [node('Goal', input.goalId as string)],
    }),
    check: ({ input, payload }) => {
      expect(payload.goal).toMatchObject({ id: input.goalId, actual: wire(input.value) });
    },
  },
  {
    name: 'agreementCreate',
    document: asMutation(AgreementCreateDocument),
    object: 'agreement',
    numRuns: 40,
    input: (world) =>
      fc.record({
        clientKey,
        expiresAt: optional(date(futureDate)),
        kind: enumOf(values(AgreementKind)),
        partnershipId: partnershipId(world),
        status: fc.option(enumOf(values(AgreementStatus)), { nil: undefined }),
        title: text(TITLE),
      }),
    made: (payload) => idIn(payload, 'agreement'),
    effect: ({ payload }) => ({
      deltas: { Agreement: 1, CONCERNS: 1 },
      created: node('Agreement', idIn(payload, 'agreement')),
    }),
  },
  {
    name: 'agreementExecute',
    document: asMutation(AgreementExecuteDocument),
    object: 'agreement',
    numRuns: 40,
    input: (world) =>
      fc.record({
        id: idOf('Agreement', world.agreements, idsNotOf(world, 'Agreement')),
        signedAt: optional(date(pastDate)),
        expiresAt: optional(date(futureDate)),
      }),
    effect: ({ input }) => ({ deltas: {}, mayChange: [node('Agreement', input.id as string)] }),
    check: ({ payload }) => {
      expect(payload.agreement).toMatchObject({ status: 'EXECUTED' });
    },
  },
  {
    name: 'agreementUpdateStatus',
    document: asMutation(AgreementUpdateStatusDocument),
    object: 'agreement',
    numRuns: 40,
    input: (world) =>
      fc.record({
        id: idOf('Agreement', world.agreements, idsNotOf(world, 'Agreement')),
        status: enumOf(values(AgreementStatusChange)),
        expiresAt: fc.option(date(fc.oneof(pastDate, nearNow)), { freq: 2, nil: undefined }),
      }),
    effect: ({ input }) => ({ deltas: {}, mayChange: [node('Agreement', input.id as string)] }),
    check: ({ input, payload }) => {
      expect(payload.agreement).toMatchObject({ status: input.status });
    },
  },
  {
    name: 'decisionRecord',
    document: asMutation(DecisionRecordDocument),
    object: 'decision',
    numRuns: 40,
    input: (world) =>
      fc.record({
        clientKey,
        decidedAt: optional(date(pastDate)),
        outcome: enumOf(values(DecisionOutcome)),
        ownerId: optional(teamMemberId(world)),
        partnershipId: partnershipId(world),
        rationale: text({ min: 1, max: 4000 }),
        title: text(TITLE),
      }),
    made: (payload) => idIn(payload, 'decision'),
    effect: ({ input, payload }) => ({
      deltas: { Decision: 1, CONCERNS: 1, OWNED_BY: given(input.ownerId) ? 1 : 0 },
      created: node('Decision', idIn(payload, 'decision')),
    }),
  },
  {
    name: 'policyCreate',
    document: asMutation(PolicyCreateDocument),
    object: 'policy',
    numRuns: 40,
    input: (world) =>
      fc.record({
        area: enumOf(values(PolicyArea)),
        clientKey,
        effectiveAt: optional(date(fc.oneof(pastDate, futureDate))),
        partnershipIds: optional(listWithDuplicates(partnershipId(world), 4)),
        status: fc.option(enumOf(values(PolicyStatus)), { nil: undefined }),
        title: text(TITLE),
      }),
    made: (payload) => idIn(payload, 'policy'),
    effect: ({ input, payload }) => ({
      deltas: { Policy: 1, APPLIES_TO: distinct(input.partnershipIds) },
      created: node('Policy', idIn(payload, 'policy')),
    }),
  },
  {
    name: 'policyApply',
    document: asMutation(PolicyApplyDocument),
    object: 'policy',
    numRuns: 40,
    input: (world) =>
      fc.record({
        id: idOf('Policy', world.policies, idsNotOf(world, 'Policy')),
        partnershipId: partnershipId(world),
      }),
    effect: ({ input, before }) => {
      const policy = node('Policy', input.id as string);
      const applies = relationship('APPLIES_TO', policy, node('Partnership', input.partnershipId as string));
      const existed = before.records.has(applies);
      return {
        deltas: { APPLIES_TO: existed ? 0 : 1 },
        created: existed ? undefined : applies,
        mayChange: [policy],
      };
    },
  },
  {
    name: 'teamMemberCreate',
    document: asMutation(TeamMemberCreateDocument),
    object: 'teamMember',
    numRuns: 40,
    input: () =>
      fc.record({
        clientKey,
        email: mix(freshEmail, fc.oneof(nastyEmail, nastyText({ min: 3, max: 254 })), 2),
        name: text({ min: 2, max: 200 }),
        role: enumOf(values(TeamRole)),
      }),
    made: (payload) => idIn(payload, 'teamMember'),
    effect: ({ payload }) => ({
      deltas: { TeamMember: 1 },
      created: node('TeamMember', idIn(payload, 'teamMember')),
    }),
    check: ({ input, payload }) => {
      expect(payload.teamMember).toMatchObject({ email: (input.email as string).trim().toLowerCase() });
    },
  },
  {
    name: 'initiativeCreate',
    document: asMutation(InitiativeCreateDocument),
    object: 'initiative',
    numRuns: 40,
    input: (world) =>
      fc.record({
        clientKey,
        contributors: fc.option(
          listWithDuplicates(
            fc.record({ participantId: participantId(world), role: enumOf(values(ContributorRole)) }),
            3,
          ),
          { nil: undefined },
        ),
        endsAt: date(futureDate),
        kind: enumOf(values(InitiativeKind)),
        name: text({ min: 2, max: 200 }),
        partnershipId: optional(partnershipId(world)),
        startsAt: date(pastDate),
        status: fc.option(enumOf(values(InitiativeStatus)), { nil: undefined }),
      }),
    made: (payload) => idIn(payload, 'initiative'),
    effect: ({ input, payload }) => ({
      deltas: {
        Initiative: 1,
        UNDER: given(input.partnershipId) ? 1 : 0,
        CONTRIBUTES_TO: ((input.contributors as unknown[] | undefined) ?? []).length,
      },
      created: node('Initiative', idIn(payload, 'initiative')),
    }),
  },
];

describe('mutations under generated input: success or userErrors, never a 5xx or a partial write', () => {
  afterAll(() => {
    if (!process.env.MUTATION_PROPERTIES_REPORT) return;
    const rows = [...tallies].map(([name, t]) => ({ mutation: name, ...t }));
    process.stdout.write(`${JSON.stringify(rows, null, 1)}\n`);
  });

  CASES.forEach((spec, index) => {
    it(`${spec.name}`, async () => {
      const tally = await exercise(spec, 0x5eed + index);
      tallies.set(spec.name, tally);
      // The generators must reach both sides of the property, or it proves little.
      expect(tally.succeeded).toBeGreaterThan(0);
      expect(tally.refused).toBeGreaterThan(0);
    }, 120_000);
  });
});

// Regression examples: the counterexamples the properties above found, pinned.
describe('regressions found by the properties', () => {
  let world: World;
  beforeAll(async () => {
    world = await buildWorld(app.url, maintenanceGateway(app.driver));
  }, 60_000);

  it('a measurement far above a small target answers attainment null, not an internal error', async () => {
    for (const [target, value] of [
      [5e-324, 1],
      [0.5, Number.MAX_VALUE],
    ] as const) {
      const created = await execute(app.url, GoalCreateDocument, {
        input: { title: 'Tiny target', horizon: 'SHORT', metric: 'VALUE', target, due: '2030-01-01T00:00:00Z' },
      });
      const goalId = created.data!.goalCreate!.goal!.id;
      const progressed = await execute(app.url, GoalUpdateProgressDocument, { input: { goalId, value } });
      expect(progressed.errors).toBeUndefined();
      expect(progressed.data!.goalUpdateProgress!.goal).toMatchObject({
        actual: value,
        attainment: null,
        status: 'MET',
      });
    }
  });

  it('an instant after 9999-12-31 (a year-9999 local time with a negative offset) is OUT_OF_RANGE', async () => {
    const due = '9999-12-31T23:59:59.999-00:01';
    const before = await graphSnapshot(app.gateway);
    const goal = await execute(app.url, GoalCreateDocument, {
      input: { title: 'Far away', horizon: 'LONG', metric: 'ENGAGEMENT', target: 1, due },
    });
    const agreement = await execute(app.url, AgreementCreateDocument, {
      input: { partnershipId: world.partnerships.negotiation, title: 'Forever', kind: 'NDA', expiresAt: due },
    });
    expect(goal.data!.goalCreate!.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([
      ['input.due', 'OUT_OF_RANGE'],
    ]);
    expect(agreement.data!.agreementCreate!.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([
      ['input.expiresAt', 'OUT_OF_RANGE'],
    ]);
    expect(snapshotDiff(before, await graphSnapshot(app.gateway))).toEqual(NO_CHANGE);
  });
});
