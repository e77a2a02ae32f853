/**
 * Every object type implementing Node is reachable by `node(id)`: the types are read from the
 * built schema (a new Node type is covered without touching this test), one instance of each
 * is taken from the small demo ecosystem, and `node(id)` must return it with its type and id.
 */
import { isObjectType, type GraphQLInterfaceType } from 'graphql';
import type { App } from '../../src/app';
import { toGlobalId } from '../../src/core/global-id';
import { buildEcographSchema } from '../../src/server/schema';
import { seedDemoEcosystem } from '../../src/seed/seed';
import { authHeader } from '../support/auth';
import { emptyDatabase } from '../support/graph';
import { startTestApp } from '../support/test-app';

let app: App;
beforeAll(async () => {
  app = await startTestApp();
  await emptyDatabase(app.driver);
  await seedDemoEcosystem(app.gateway, { size: 'small', seed: 3, anchor: '2026-06-30' });
}, 300_000);
afterAll(async () => {
  await app.stop();
});

/** Value flows are relationships between participants; every other Node type is a node label. */
const RELATIONSHIP_TYPES: Record<string, string> = { ValueFlow: 'VALUE_FLOW' };

async function anInstanceOf(typeName: string): Promise<string | undefined> {
  const relationship = RELATIONSHIP_TYPES[typeName];
  // Type names come from the schema, never from input: safe to inline as label / type.
  const cypher = relationship
    ? `MATCH ()-[x:${relationship}]->() RETURN x.id AS id ORDER BY id LIMIT 1`
    : `MATCH (x:${typeName}) RETURN x.id AS id ORDER BY id LIMIT 1`;
  const [row] = await app.gateway.readRows({ cypher, params: {} });
  return row?.id == null ? undefined : String(row.id);
}

it('every object implementing Node is reachable by node(id)', async () => {
  const schema = await buildEcographSchema(app.services.policy);
  const node = schema.getType('Node') as GraphQLInterfaceType;
  const typeNames = schema
    .getImplementations(node)
    .objects.filter(isObjectType)
    .map((type) => type.name)
    .sort();
  // Not a vacuous loop: the schema has the Node types the design names, and more.
  expect(typeNames).toEqual(expect.arrayContaining(['Participant', 'Partnership', 'Interaction', 'ValueFlow']));

  const missing: string[] = [];
  const asked: { typeName: string; id: string }[] = [];
  for (const typeName of typeNames) {
    const id = await anInstanceOf(typeName);
    if (id === undefined) missing.push(typeName);
    else asked.push({ typeName, id: toGlobalId(typeName, id) });
  }
  // The demo ecosystem must hold one of each, or this test could not prove the lookup.
  expect(missing).toEqual([]);

  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await authHeader()) },
    body: JSON.stringify({
      query: `{ ${asked.map((entry, i) => `n${i}: node(id: "${entry.id}") { __typename id }`).join('\n')} }`,
    }),
  });
  const body = (await response.json()) as { data: Record<string, unknown>; errors?: unknown };
  expect(body.errors).toBeUndefined();
  expect(asked.map((_, i) => body.data[`n${i}`])).toEqual(
    asked.map(({ typeName, id }) => ({ __typename: typeName, id })),
  );
});
