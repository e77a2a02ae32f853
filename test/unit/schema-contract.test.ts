import fs from 'node:fs';
import path from 'node:path';
import { Policy } from '../../src/auth/policy';
import { buildEcographSchema, printEcographSchema } from '../../src/server/schema';

const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql');

// That every Node type is reachable by node(id) needs a database: test/integration/node-lookup.test.ts.
describe('schema contract', () => {
  it('schema/schema.graphql matches the code-first schema (run `npm run schema:emit` after changing it)', async () => {
    const emitted = printEcographSchema(await buildEcographSchema(new Policy()));
    const committed = fs.readFileSync(SCHEMA_FILE, 'utf8');
    expect(committed).toBe(emitted);
  });
});
