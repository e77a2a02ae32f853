/** `npm run schema:emit`: writes schema/schema.graphql from the code-first schema. */
import fs from 'node:fs';
import path from 'node:path';
import { Policy } from '../src/auth/policy';
import { buildEcographSchema, printEcographSchema } from '../src/server/schema';
import { runCli } from './run-cli';

export const SCHEMA_FILE = path.resolve(__dirname, '..', 'schema', 'schema.graphql');

runCli(async () => {
  const sdl = printEcographSchema(await buildEcographSchema(new Policy()));
  fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
  fs.writeFileSync(SCHEMA_FILE, sdl);
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
});
