/**
 * The text rules hold for every text input of the API (issue 12, class 5). The test walks the
 * built schema — every argument and input field of every field, on Query, Mutation,
 * Subscription and every object type — and sends each String and ID a bad value through the
 * real API (HTTP, and graphql-ws for subscriptions): a NUL byte, a lone surrogate, only
 * zero-width characters, only direction controls. Each must be refused with a typed error
 * that names the field and says what to fix — a userError on mutations with a payload,
 * BAD_USER_INPUT elsewhere — and nothing may be written. Custom scalars that take text
 * (DateTime, Currency) are sent the same values and must be refused by their own coercion.
 *
 * Search is bounded by the same rules: 1,025 words used to reach Lucene (TooManyClauses,
 * INTERNAL_SERVER_ERROR); now it is BAD_USER_INPUT naming the argument.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { App } from '../../src/app';
import { Policy } from '../../src/auth/policy';
import { buildEcographSchema } from '../../src/server/schema';
import { execute } from '../support/graphql-client';
import { graphSnapshot, maintenanceGateway, snapshotDiff } from '../support/graph';
import { buildWorld, type World } from '../support/mutation-world';
import { startTestApp } from '../support/test-app';
import { wsClient, type TestWsClient } from '../support/ws-client';

jest.setTimeout(600_000);

const BAD_VALUES: Record<string, string> = {
  'a NUL byte': 'a\u0000b',
  'a lone surrogate': 'x\uD800y',
  'only zero-width characters': '\u200B\u200D\u2060',
  'only direction controls': '\u202E\u2066',
};
/** What a message must say to tell the client what to fix. */
const ADVICE = /remove it|send valid Unicode text|give real text/;

let app: App;
let schema: GraphQLSchema;
let world: World;
/** An existing id per object type, to reach the arguments of nested fields through node(id). */
const existing: Record<string, string> = {};
const sockets: TestWsClient[] = [];

beforeAll(async () => {
  app = await startTestApp();
  schema = await buildEcographSchema(new Policy());
  world = await buildWorld(app.url, maintenanceGateway(app.driver));
  for (const [type, ids] of Object.entries(world.byType)) if (ids[0]) existing[type] = ids[0];
  const made = await execute(
    app.url,
    doc(`mutation($c: CommitteeCreateInput!, $i: InitiativeCreateInput!) {
  committeeCreate(input: $c) { committee { id } userErrors { message } }
  initiativeCreate(input: $i) { initiative { id } userErrors { message } }
}`),
    {
      c: { name: 'Steering committee', kind: 'STEERING' },
      i: {
        name: 'Joint lab',
        kind: 'JOINT_PROJECT',
        partnershipId: world.partnerships.management,
        startsAt: '2024-06-01T00:00:00Z',
        endsAt: '2030-01-01T00:00:00Z',
      },
    },
  );
  const data = made.data as {
    committeeCreate: { committee: { id: string } };
    initiativeCreate: { initiative: { id: string } };
  };
  existing.Committee = data.committeeCreate.committee.id;
  existing.Initiative = data.initiativeCreate.initiative.id;
});
afterAll(async () => {
  await Promise.all(sockets.map((socket) => socket.dispose()));
  await app.stop();
});

const doc = (source: string) => parse(source) as TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;

/** One text input somewhere below a field's argument: its path and its scalar. */
interface TextInput {
  arg: GraphQLArgument;
  /** Input field names (and '0' for a list item) below the argument. */
  path: string[];
  scalar: string;
}

function textInputsOf(type: GraphQLInputType, path: string[], seen: Set<string>): { path: string[]; scalar: string }[] {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return textInputsOf(nullable.ofType as GraphQLInputType, [...path, '0'], seen);
  if (isScalarType(nullable))
    return ['Int', 'Float', 'Boolean'].includes(nullable.name) ? [] : [{ path, scalar: nullable.name }];
  if (isInputObjectType(nullable) && !seen.has(nullable.name)) {
    const inner = new Set([...seen, nullable.name]);
    return Object.values(nullable.getFields()).flatMap((field) =>
      textInputsOf(field.type, [...path, field.name], inner),
    );
  }
  return [];
}

interface Case {
  owner: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
  input: TextInput;
}

/** Every text input of every field of the schema. */
function allCases(): Case[] {
  return Object.values(schema.getTypeMap())
    .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
    .flatMap((owner) =>
      Object.values(owner.getFields()).flatMap((field) =>
        field.args.flatMap((arg) =>
          textInputsOf(arg.type, [], new Set()).map((input) => ({ owner, field, input: { arg, ...input } })),
        ),
      ),
    );
}

/** A value GraphQL coerces for `type` (what the other, required inputs get). */
function sample(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [sample(nullable.ofType as GraphQLInputType)];
  if (isEnumType(nullable)) return nullable.getValues()[0]!.name;
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(
      Object.values(nullable.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sample(field.type)]),
    );
  }
  const scalars: Record<string, unknown> = {
    String: 'Valid text',
    ID: existing.Participant,
    Int: 1,
    Float: 0.5,
    Boolean: true,
    DateTime: '2024-01-01T00:00:00Z',
    Currency: 'EUR',
    // A document of no records: the importer checks the text inside a document row by row.
    JSONObject: {},
  };
  if (!(nullable.name in scalars)) throw new Error(`no sample for scalar ${nullable.name}: add one`);
  return scalars[nullable.name];
}

/** `base` (a sample of `type`) with `bad` placed at `path`. */
function withValueAt(type: GraphQLInputType, path: string[], bad: string): unknown {
  if (path.length === 0) return bad;
  const nullable = getNullableType(type);
  const [head, ...rest] = path;
  if (isListType(nullable)) return [withValueAt(nullable.ofType as GraphQLInputType, rest, bad)];
  if (!isInputObjectType(nullable)) throw new Error(`cannot descend into ${String(type)} at ${head}`);
  const base = sample(nullable) as Record<string, unknown>;
  return { ...base, [head!]: withValueAt(nullable.getFields()[head!]!.type, rest, bad) };
}

function selectionOf(field: GraphQLField<unknown, unknown>, mutation: boolean): string {
  const named = getNamedType(field.type);
  if (mutation && isObjectType(named) && named.getFields().userErrors) return '{ userErrors { field code message } }';
  return isScalarType(named) || isEnumType(named) ? '' : '{ __typename }';
}

/** The operation that sends `bad` to the case's input, and its variables. */
function operationFor(
  { owner, field, input }: Case,
  bad: string,
): { source: string; variables: Record<string, unknown> } {
  const args = field.args.filter(
    (arg) => arg === input.arg || (isNonNullType(arg.type) && arg.defaultValue === undefined),
  );
  const variables = Object.fromEntries(
    args.map((arg) => [arg.name, arg === input.arg ? withValueAt(arg.type, input.path, bad) : sample(arg.type)]),
  );
  const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = `${field.name}(${args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')}) ${selectionOf(field, owner === schema.getMutationType())}`;
  const header = declared ? `(${declared})` : '';
  if (owner === schema.getQueryType()) return { source: `query${header} { ${call} }`, variables };
  if (owner === schema.getMutationType()) return { source: `mutation${header} { ${call} }`, variables };
  if (owner === schema.getSubscriptionType()) return { source: `subscription${header} { ${call} }`, variables };
  return { source: `query${header} { ${reach(owner, call)} }`, variables };
}

/**
 * A selection that reaches `call` on an object of type `owner`: node(id) for a Node type,
 * otherwise through a field (without required arguments) of a Node type that returns it.
 */
function reach(owner: GraphQLObjectType, call: string): string {
  const id = existing[owner.name];
  if (id) return `node(id: ${JSON.stringify(id)}) { ... on ${owner.name} { ${call} } }`;
  for (const [typeName, parentId] of Object.entries(existing)) {
    const parent = schema.getType(typeName);
    if (!isObjectType(parent)) continue;
    const via = Object.values(parent.getFields()).find(
      (field) => getNamedType(field.type) === owner && field.args.every((arg) => !isNonNullType(arg.type)),
    );
    if (via) return `node(id: ${JSON.stringify(parentId)}) { ... on ${typeName} { ${via.name} { ${call} } } }`;
  }
  throw new Error(`no way to reach ${owner.name} from an existing node: add one`);
}

const label = ({ owner, field, input }: Case) =>
  `${owner.name}.${field.name}(${[input.arg.name, ...input.path].join('.')}): ${input.scalar}`;

describe('every text input of the schema refuses bad text', () => {
  it('finds the text inputs of the schema (the enumeration itself)', () => {
    const cases = allCases();
    expect(cases.length).toBeGreaterThan(250);
    // Spot checks that the walk reaches nested input fields, lists and nested object fields.
    expect(cases.map(label)).toEqual(
      expect.arrayContaining([
        'Mutation.partnershipCreate(input.parties.0.participantId): ID',
        'Mutation.interactionRecord(input.participantIds.0): ID',
        'Query.search(text): String',
        'Partnership.agreements(after): String',
        'Subscription.goalProgressed(goalId): ID',
      ]),
    );
  });

  it.each(Object.entries(BAD_VALUES))('%s: typed refusal naming the field, nothing written', async (_what, bad) => {
    const failures: string[] = [];
    const before = await graphSnapshot(app.gateway);
    for (const testCase of allCases()) {
      const { source, variables } = operationFor(testCase, bad);
      const expectedPath = [testCase.input.arg.name, ...testCase.input.path];
      const fail = (why: string, got: unknown) => failures.push(`${label(testCase)}: ${why}: ${JSON.stringify(got)}`);
      const custom = !['String', 'ID'].includes(testCase.input.scalar);

      if (testCase.owner === schema.getSubscriptionType()) {
        const socket = wsClient(app.url);
        sockets.push(socket);
        const [error] = await socket.subscribe(doc(source), variables).firstError();
        if (error?.extensions?.code !== 'BAD_USER_INPUT') fail('subscription not refused as BAD_USER_INPUT', error);
        else if (!custom && JSON.stringify(error.extensions.field) !== JSON.stringify(expectedPath))
          fail(`error does not name ${expectedPath.join('.')}`, error);
        await socket.dispose();
        continue;
      }

      const response = await execute(app.url, doc(source), variables);
      if (custom) {
        // Refused by the scalar's own coercion: 400, BAD_USER_INPUT, naming the variable's path.
        const [error] = response.errors ?? [];
        if (response.status !== 400 || error?.extensions?.code !== 'BAD_USER_INPUT') fail('not refused', response);
        else if (!error.message.includes(`"$${expectedPath[0]}"`)) fail('message does not name the input', error);
        continue;
      }
      const payload = response.data?.[testCase.field.name] as
        { userErrors?: { field: string[]; code: string; message: string }[] } | undefined;
      if (payload?.userErrors) {
        const named = payload.userErrors.find((e) => JSON.stringify(e.field) === JSON.stringify(expectedPath));
        if (!named) fail(`no userError for ${expectedPath.join('.')}`, payload.userErrors);
        else if (named.code !== 'INVALID' || !ADVICE.test(named.message)) fail('userError says not what to fix', named);
        continue;
      }
      const [error] = response.errors ?? [];
      if (error?.extensions?.code !== 'BAD_USER_INPUT') fail('not refused as BAD_USER_INPUT', response);
      else if (JSON.stringify(error.extensions.field) !== JSON.stringify(expectedPath))
        fail(`error does not name ${expectedPath.join('.')}`, error);
      else if (!ADVICE.test(error.message)) fail('message says not what to fix', error);
    }
    expect(failures).toEqual([]);
    expect(snapshotDiff(before, await graphSnapshot(app.gateway))).toEqual({
      added: [],
      removed: [],
      changed: [],
      deltas: {},
    });
  });
});

describe('text is normalised and bounded', () => {
  const create = (name: string) =>
    execute(
      app.url,
      doc(`mutation($input: ParticipantCreateInput!) {
  participantCreate(input: $input) { participant { id name } userErrors { field code message } }
}`),
      { input: { name, kind: 'COMPANY', sector: 'AI', region: 'Europe' } },
    );

  it('stores names in NFC, so the same name typed two ways is the same text', async () => {
    const decomposed = 'Cafe\u0301 Lab'; // e + combining acute accent
    const response = await create(decomposed);
    const { participant } = response.data!.participantCreate as { participant: { name: string } };
    expect(participant.name).toBe('Caf\u00e9 Lab');
    expect(participant.name).toBe(decomposed.normalize('NFC'));
  });

  it('keeps real text of every script, with emoji and joiners inside words', async () => {
    for (const name of ['東京 AI Lab', 'Łódź Data', 'شركة البيانات', '👩‍👩‍👧‍👦 Family AI', 'Z\u0308ürich']) {
      const response = await create(name);
      const payload = response.data!.participantCreate as {
        participant: { name: string } | null;
        userErrors: unknown[];
      };
      expect(payload.userErrors).toEqual([]);
      expect(payload.participant?.name).toBe(name.normalize('NFC'));
    }
  });

  it('refuses a name over the ceiling of its kind with TOO_LONG, and one over its own bound too', async () => {
    const over = await create('n'.repeat(1001));
    expect((over.data!.participantCreate as { userErrors: unknown[] }).userErrors).toEqual([
      expect.objectContaining({
        field: ['input', 'name'],
        code: 'TOO_LONG',
        message: 'input.name must have at most 1000 characters as a name or title (got 1001)',
      }),
    ]);
    const long = await create('n'.repeat(201));
    expect((long.data!.participantCreate as { userErrors: unknown[] }).userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'name'], code: 'TOO_LONG' }),
    ]);
  });

  it('bounds inputs no module checks: a 2,001-character cursor is BAD_USER_INPUT naming it', async () => {
    const response = await execute(
      app.url,
      doc(`query($after: String) { participants(first: 1, after: $after) { totalCount } }`),
      {
        after: 'c'.repeat(2001),
      },
    );
    expect(response.errors?.[0]?.extensions).toEqual(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['after'] }),
    );
  });
});

describe('search input', () => {
  const search = (text: string) =>
    execute(app.url, doc(`query($text: String!) { search(text: $text) { score } }`), { text });

  it.each([
    ['1,025 words (more than Lucene allows clauses)', Array.from({ length: 1025 }, (_, i) => `w${i}`).join(' ')],
    ['17 words', Array.from({ length: 17 }, (_, i) => `w${i}`).join(' ')],
    ['201 characters', 'x'.repeat(201)],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_what, text) => {
    const response = await search(text);
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^text must have at most/),
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['text'] }),
      }),
    ]);
  });

  it('answers 16 words and Lucene syntax as plain text', async () => {
    const sixteen = await search(Array.from({ length: 16 }, (_, i) => `w${i}`).join(' '));
    expect(sixteen.errors).toBeUndefined();
    const syntax = await search('a:b OR (c) AND "d" ~e* -f +g||h&&i \\/^[]{}');
    expect(syntax.errors).toBeUndefined();
    expect(syntax.data).toEqual({ search: [] });
  });

  it('bounds the text filter of lists by the same rules', async () => {
    const response = await execute(
      app.url,
      doc(`query($text: String) { participants(first: 5, filter: { text: $text }) { totalCount } }`),
      { text: Array.from({ length: 1025 }, (_, i) => `w${i}`).join(' ') },
    );
    expect(response.errors?.[0]?.extensions).toEqual(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['filter', 'text'] }),
    );
  });
});
