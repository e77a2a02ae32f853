import fs from 'node:fs';
import path from 'node:path';
import { Policy } from '../../src/auth/policy';
import { buildEcographSchema, printEcographSchema } from '../../src/server/schema';

const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql');

describe('schema contract', () => {
  it('schema/schema.graphql matches the code-first schema (run `npm run schema:emit` after changing it)', async () => {
    const emitted = printEcographSchema(await buildEcographSchema(new Policy()));
    const committed = fs.readFileSync(SCHEMA_FILE, 'utf8');
    expect(committed).toBe(emitted);
  });

  it('every object implementing Node is reachable by node(id)', async () => {
    const schema = await buildEcographSchema(new Policy());
    const implementations = schema.getImplementations(schema.getType('Node') as never).objects.map((t) => t.name);
    expect(implementations).toEqual(expect.arrayContaining(['Participant', 'Partnership']));
  });
});
