/** Migrations against the real server: applied once, recorded, failures name the file. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { App } from '../../src/app';
import { MigrationError } from '../../src/core/errors';
import { loadMigrations, migrate, pendingMigrations } from '../../src/db/migrations';
import { startTestApp } from '../support/test-app';

let app: App;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.stop();
});

function tempMigrations(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecograph-migrations-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

it('start-up applied every migration; a second run applies nothing', async () => {
  expect(await pendingMigrations(app.gateway)).toEqual([]);
  expect(await migrate(app.gateway)).toEqual([]);
  const rows = await app.gateway.readRows({ cypher: 'MATCH (m:Migration) RETURN m.id AS id ORDER BY id', params: {} });
  expect(rows.map((row) => row.id)).toEqual(expect.arrayContaining(loadMigrations().map((m) => m.id)));
});

it('the schema has the unique id constraints and the full-text index', async () => {
  const constraints = await app.gateway.readRows({ cypher: 'SHOW CONSTRAINTS YIELD name RETURN name', params: {} });
  expect(constraints.map((row) => row.name)).toEqual(
    expect.arrayContaining(['participant_id', 'partnership_id', 'value_flow_id', 'participant_client_key']),
  );
  const indexes = await app.gateway.readRows({
    cypher: "SHOW INDEXES YIELD name, type WHERE type = 'FULLTEXT' RETURN name",
    params: {},
  });
  expect(indexes.map((row) => row.name)).toContain('participant_search');
});

it('a failing migration stops with its file name and the Neo4j message, and is not recorded', async () => {
  const dir = tempMigrations({
    '0001_ok.cypher': 'CREATE INDEX test_ok_index IF NOT EXISTS FOR (n:MigrationTestLabel) ON (n.x);\n',
    '0002_broken.cypher': 'CREATE INDEX IF NOT EXIST oops FOR (n:X) ON (n.y);\n',
  });
  const attempt = migrate(app.gateway, () => undefined, dir);
  await expect(attempt).rejects.toThrow(MigrationError);
  await expect(migrate(app.gateway, () => undefined, dir)).rejects.toThrow(
    /Migration 0002_broken\.cypher failed: .*Invalid input/s,
  );
  expect(await pendingMigrations(app.gateway, dir)).toEqual(['0002_broken']);
});

it('refuses a migration edited after it was applied', async () => {
  const dir = tempMigrations({
    '0001_ok.cypher': 'CREATE INDEX test_ok_index IF NOT EXISTS FOR (n:MigrationTestLabel) ON (n.x);\n',
  });
  // Same id as above, already recorded with the original checksum.
  fs.writeFileSync(
    path.join(dir, '0001_ok.cypher'),
    '// edited\nCREATE INDEX test_ok_index IF NOT EXISTS FOR (n:MigrationTestLabel) ON (n.x);\n',
  );
  await expect(migrate(app.gateway, () => undefined, dir)).rejects.toThrow(/changed after it was applied/);
});
