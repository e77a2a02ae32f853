/**
 * Text filters match case-insensitively everywhere (docs/api.md, "Text filters"): the String
 * fields of every filter input are taken from the built schema, each must be declared in
 * TEXT_FILTER_FIELDS, and each declared case-insensitive one is tried on every field that takes
 * its input, with the stored value and with case-changed spellings of it. A value stored
 * nowhere is refused with the closest stored values; a value written a moment ago matches.
 */
import crypto from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  getNamedType,
  isInputObjectType,
  isObjectType,
  parse,
  type GraphQLInputObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { App } from '../../src/app';
import type { RequestContext } from '../../src/context/context';
import { mayReadField } from '../../src/graphql/schema-guard';
import { TEXT_FILTER_FIELDS, type TextFilterMatch } from '../../src/graphql/text-filters';
import { buildEcographSchema } from '../../src/server/schema';
import { toGlobalId } from '../../src/core/global-id';
import { ParticipantCreateDocument } from '../generated/operations';
import { authHeader } from '../support/auth';
import { execute, mutateOk, type GraphQLResponse } from '../support/graphql-client';
import { uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';

let app: App;
let schema: GraphQLSchema;
const marker = uniqueMarker('textfilter');
/** Stored spellings: mixed case, so that upper and lower case both differ from them. */
const REGION = `Terra ${marker}`;
const SECTOR = `FinTech ${marker}`;
/** A word of every fixture name, for the full-text filters. */
const WORD = `Quillzephyr${crypto.randomBytes(3).toString('hex')}`;
const participantIds = Array.from({ length: 4 }, () => crypto.randomUUID());

/** The value each declared String field is tried with, as stored. */
const STORED: Record<string, string> = { region: REGION, sector: SECTOR, text: WORD };
/** Spellings of a stored value that must match it: case changed, padded. */
const respell = (value: string) => [value.toUpperCase(), value.toLowerCase(), `  ${value.toUpperCase()} `];

/**
 * How to read what a filter matched, per field that takes a text filter: a selection whose
 * answer is compared between spellings. A field taking one and missing here fails the walk.
 */
const MATCHED: Record<string, { args?: string; select: string }> = {
  'Query.participants': { args: 'first: 100', select: 'nodes { id }' },
  'Query.centrality': { args: 'metric: DEGREE, top: 100', select: 'matched entries { value }' },
  'Query.subgraph': { select: 'nodes { id }' },
  'Query.partnerships': { args: 'first: 100', select: 'nodes { id }' },
  'Query.initiatives': { args: 'first: 100', select: 'nodes { id }' },
};

interface TextField {
  input: string;
  field: string;
}

/** Every input reachable from an argument named `filter`, with the fields taking it. */
function filterInputs(built: GraphQLSchema): Map<string, { input: GraphQLInputObjectType; takenBy: string[] }> {
  const found = new Map<string, { input: GraphQLInputObjectType; takenBy: string[] }>();
  const visit = (input: GraphQLInputObjectType, takenBy: string | null) => {
    const seen = found.get(input.name);
    if (seen) {
      if (takenBy) seen.takenBy.push(takenBy);
      return;
    }
    found.set(input.name, { input, takenBy: takenBy ? [takenBy] : [] });
    for (const field of Object.values(input.getFields())) {
      const named = getNamedType(field.type);
      if (isInputObjectType(named)) visit(named, null);
    }
  };
  for (const type of Object.values(built.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      for (const arg of field.args) {
        const named = getNamedType(arg.type);
        if (arg.name === 'filter' && isInputObjectType(named)) visit(named, `${type.name}.${field.name}`);
      }
    }
  }
  return found;
}

function stringFields(built: GraphQLSchema): TextField[] {
  return [...filterInputs(built).values()].flatMap(({ input }) =>
    Object.values(input.getFields())
      .filter((field) => getNamedType(field.type).name === 'String')
      .map((field) => ({ input: input.name, field: field.name })),
  );
}

const rule = ({ input, field }: TextField): TextFilterMatch | undefined =>
  (TEXT_FILTER_FIELDS as Record<string, Record<string, TextFilterMatch>>)[input]?.[field];

function run(source: string, headers?: Record<string, string>): Promise<GraphQLResponse<Record<string, unknown>>> {
  return execute(
    app.url,
    parse(source) as TypedDocumentNode<Record<string, unknown>, Record<string, never>>,
    {},
    headers,
  );
}

/** The query asking `takenBy` (Query.x) for what `filter` matches. */
function matchedQuery(takenBy: string, filter: Record<string, unknown>): string {
  const how = MATCHED[takenBy];
  if (!how) throw new Error(`${takenBy} takes a text filter: say in MATCHED how to read what it matched`);
  const field = takenBy.split('.')[1] ?? '';
  const args = [how.args, `filter: ${JSON.stringify(filter).replace(/"(\w+)":/g, '$1:')}`].filter(Boolean).join(', ');
  return `{ ${field}(${args}) { ${how.select} } }`;
}

async function matched(takenBy: string, filter: Record<string, unknown>): Promise<unknown> {
  const result = await run(matchedQuery(takenBy, filter));
  expect(result.errors).toBeUndefined();
  return result.data;
}

beforeAll(async () => {
  app = await startTestApp();
  schema = await buildEcographSchema(app.services.policy);
  // Four companies in a ring of partnerships (so they are in the collaboration graph with
  // ties), and an initiative: every name holds WORD.
  await app.gateway.writeRows({
    cypher: `UNWIND range(0, size($ids) - 1) AS i
CREATE (:Participant {id: $ids[i], name: $word + ' ' + toString(i), kind: 'COMPANY', sector: $sector, region: $region,
  tier: 'STANDARD', status: 'ACTIVE', joinedAt: datetime(), createdAt: datetime(), updatedAt: datetime()})
WITH i
MATCH (a:Participant {id: $ids[i]}), (b:Participant {id: $ids[(i + 1) % size($ids)]})
CREATE (a)-[:PARTY_TO {role: 'LEAD'}]->(:Partnership {id: randomUUID(), name: $word + ' deal ' + toString(i),
  type: 'BUSINESS', subtype: 'CHANNEL', stage: 'MANAGEMENT', createdAt: datetime(), updatedAt: datetime()})
  <-[:PARTY_TO {role: 'PARTNER'}]-(b)
WITH count(*) AS made
CREATE (:Initiative {id: randomUUID(), name: $word + ' drive', kind: 'HACKATHON', status: 'PLANNED',
  startsAt: datetime(), createdAt: datetime(), updatedAt: datetime()})`,
    params: { ids: participantIds, word: WORD, sector: SECTOR, region: REGION },
  });
  // centrality ranks the KPI snapshot: computed once here, with the fixture in it.
  await app.services.kpis.read();
});
afterAll(async () => {
  await app.stop();
});

describe('every String field of a filter input', () => {
  it('is declared in TEXT_FILTER_FIELDS, and every declaration is a field of the schema', () => {
    const inSchema = stringFields(schema).map(({ input, field }) => `${input}.${field}`);
    const declared = Object.entries(TEXT_FILTER_FIELDS).flatMap(([input, fields]) =>
      Object.keys(fields).map((field) => `${input}.${field}`),
    );
    expect(inSchema.length).toBeGreaterThan(5);
    expect([...inSchema].sort()).toEqual([...declared].sort());
  });

  it('that matches case-insensitively does so on every field taking its input, for every spelling', async () => {
    const inputs = filterInputs(schema);
    const tried: string[] = [];
    for (const text of stringFields(schema)) {
      const how = rule(text);
      if (how === 'EXACT' || how === undefined) continue;
      const stored = STORED[text.field];
      if (!stored) throw new Error(`no stored value to try ${text.input}.${text.field} with: add one to STORED`);
      for (const takenBy of inputs.get(text.input)?.takenBy ?? []) {
        const exact = await matched(takenBy, { [text.field]: how === 'FULLTEXT' ? stored : [stored] });
        // What it matched is the fixture, not nothing.
        expect(JSON.stringify(exact)).toMatch(/"(id|matched)":/);
        expect(JSON.stringify(exact)).not.toMatch(/"matched":0|"nodes":\[\]/);
        for (const spelling of respell(stored)) {
          const filter = { [text.field]: how === 'FULLTEXT' ? spelling : [spelling] };
          expect({ takenBy, spelling, answer: await matched(takenBy, filter) }).toEqual({
            takenBy,
            spelling,
            answer: exact,
          });
        }
        tried.push(`${takenBy}(${text.input}.${text.field})`);
      }
    }
    // participants, centrality and subgraph by region and sector; three full-text searches.
    expect(tried.length).toBeGreaterThanOrEqual(9);
  });

  it('the participants matched by a case-changed region are the fixture', async () => {
    const data = (await matched('Query.participants', { region: [REGION.toUpperCase()] })) as {
      participants: { nodes: { id: string }[] };
    };
    expect(data.participants.nodes.map((node) => node.id).sort()).toEqual(
      participantIds.map((id) => toGlobalId('Participant', id)).sort(),
    );
  });
});

describe('a value stored nowhere', () => {
  const typo = REGION.replace('Terra', 'Tera');
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const unknownOf = (result: GraphQLResponse<unknown>) => {
    expect(result.errors).toHaveLength(1);
    return (result.errors?.[0]?.extensions?.unknown ?? []) as {
      field: string[];
      value: string;
      suggestions: string[];
    }[];
  };

  it('is refused as BAD_USER_INPUT naming the field and the closest stored value, on every field taking a region filter', async () => {
    const takers = [...filterInputs(schema).entries()]
      .filter(([input]) => typeof rule({ input, field: 'region' }) === 'object')
      .flatMap(([, { takenBy }]) => takenBy);
    expect(takers.sort()).toEqual(['Query.centrality', 'Query.participants', 'Query.subgraph']);
    for (const takenBy of takers) {
      const result = await run(matchedQuery(takenBy, { region: [typo, REGION] }));
      expect(result.data?.[takenBy.split('.')[1] ?? '']).toBeFalsy();
      expect(result.errors).toHaveLength(1);
      const [error] = result.errors ?? [];
      // The nearest first (other runs' values may follow it in a shared database).
      expect(error?.message).toMatch(
        new RegExp(
          `^no region ${escape(JSON.stringify(typo))} \\(filter\\.region\\): did you mean ${escape(JSON.stringify(REGION))}( or |\\?$)`,
        ),
      );
      expect(error?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'UNKNOWN_FILTER_VALUE',
        field: ['filter', 'region'],
      });
      expect(unknownOf(result)).toEqual([{ field: ['filter', 'region'], value: typo, suggestions: expect.any(Array) }]);
      expect(unknownOf(result)[0]?.suggestions[0]).toBe(REGION);
    }
  });

  it('several at once, in several fields, are named in one error', async () => {
    const result = await run(
      matchedQuery('Query.participants', { region: ['Nowhere at all'], sector: [`fintec ${marker}`] }),
    );
    expect(unknownOf(result).map(({ field, value }) => ({ field, value }))).toEqual([
      { field: ['filter', 'region'], value: 'Nowhere at all' },
      { field: ['filter', 'sector'], value: `fintec ${marker}` },
    ]);
    expect(unknownOf(result)[0]?.suggestions).toEqual([]);
    expect(unknownOf(result)[1]?.suggestions[0]).toBe(SECTOR);
    expect(result.errors?.[0]?.message).toContain('`facets` lists the values there are');
  });

  it('a VIEWER gets the suggestion too: it reads the same values through Participant.region', async () => {
    const result = await run(matchedQuery('Query.participants', { region: [typo] }), await authHeader('VIEWER'));
    expect(unknownOf(result)[0]?.suggestions[0]).toBe(REGION);
    const readable = await run(
      `{ participants(first: 100, filter: { region: [${JSON.stringify(REGION)}] }) { nodes { region } } }`,
      await authHeader('VIEWER'),
    );
    expect(readable.errors).toBeUndefined();
    expect(JSON.stringify(readable.data)).toContain(REGION);
  });

  it('suggestions follow the schema guard: a field a role may not read is not quoted to it', () => {
    const asRole = (role: 'ADMIN' | 'VIEWER') =>
      ({ viewer: { kind: 'user', id: `t-${role}`, role }, services: app.services }) as unknown as RequestContext;
    expect(mayReadField(schema, asRole('VIEWER'), 'Participant', 'region')).toBe(true);
    // Risks are sensitive records (docs/security.md): the same rule refuses them to VIEWER.
    expect(mayReadField(schema, asRole('VIEWER'), 'Risk', 'title')).toBe(false);
    expect(mayReadField(schema, asRole('ADMIN'), 'Risk', 'title')).toBe(true);
  });

  it('a known value that matches nothing together with the other filters is an empty list, not an error', async () => {
    const result = await run(
      `{ participants(first: 10, filter: { region: [${JSON.stringify(REGION.toLowerCase())}], kind: [UNIVERSITY] }) { totalCount nodes { id } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ participants: { totalCount: 0, nodes: [] } });
  });
});

describe('values written through the API', () => {
  const create = async (name: string, region: string) => {
    const { participantCreate } = await mutateOk(app.url, ParticipantCreateDocument, {
      input: { name, kind: 'COMPANY', sector: SECTOR, region },
    });
    expect(participantCreate.userErrors).toEqual([]);
    return participantCreate.participant?.id;
  };
  const regionOf = async (typed: string) => {
    const data = (await matched('Query.participants', { region: [typed] })) as {
      participants: { nodes: { id: string }[] };
    };
    return data.participants.nodes.map((node) => node.id);
  };

  it('a new region matches at once, in any case', async () => {
    // The list of values is warm (earlier tests): the new value is not in it yet.
    const region = `Nova ${marker}`;
    const id = await create(`${WORD} nova`, region);
    expect(await regionOf(region.toUpperCase())).toEqual([id]);
  });

  it('a new spelling of a known region joins it at once (the write moved the version: the list is read again)', async () => {
    const before = await regionOf(REGION);
    expect(before).toHaveLength(4);
    const id = await create(`${WORD} shouting`, REGION.toUpperCase());
    // The stored spelling was already known, so this is no miss: only the write's event tells.
    const after = await regionOf(REGION);
    expect(after).toHaveLength(5);
    expect(after).toContain(id);
  });

  it('a filtered page costs no extra round trip once the values are known', async () => {
    await regionOf(REGION.toLowerCase());
    const result = await execute(
      app.url,
      parse(
        `{ participants(first: 10, filter: { region: [${JSON.stringify(REGION.toLowerCase())}] }) { nodes { id } } }`,
      ) as TypedDocumentNode<Record<string, unknown>, Record<string, never>>,
      {},
      { 'x-ecograph-round-trips': '1' },
    );
    expect(result.errors).toBeUndefined();
    expect(result.extensions?.roundTrips).toBe(1);
  });
});
