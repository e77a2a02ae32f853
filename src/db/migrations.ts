/**
 * Schema migrations: `graph/migrations/NNNN_name.cypher`, applied in order at start.
 *
 * Each applied file is recorded as a `(:Migration {id, checksum, appliedAt})` node so it runs
 * once. Statements are written to be idempotent anyway (IF NOT EXISTS), so two replicas
 * starting together, or a crash between a statement and its record, are harmless. A file
 * edited after it was applied is refused: add a new migration instead.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MigrationError } from '../core/errors';
import type { Gateway } from './gateway';

export const MIGRATIONS_DIR = path.resolve(__dirname, '..', '..', 'graph', 'migrations');
const FILE_PATTERN = /^(\d{4})_[a-z0-9_]+\.cypher$/;

export interface Migration {
  id: string;
  file: string;
  checksum: string;
  statements: string[];
}

/** Splits a migration file into statements: `;` at a line end ends one, `//` lines are comments. */
export function parseStatements(text: string): string[] {
  const withoutComments = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const files = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort();
  return files.map((file) => {
    if (!FILE_PATTERN.test(file)) {
      throw new MigrationError(file, 'file name must look like NNNN_lower_snake_name.cypher');
    }
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    return {
      id: file.replace(/\.cypher$/, ''),
      file,
      checksum: crypto.createHash('sha256').update(text).digest('hex'),
      statements: parseStatements(text),
    };
  });
}

async function appliedChecksums(gateway: Gateway): Promise<Map<string, string>> {
  const rows = await gateway.readRows({
    cypher: 'MATCH (m:Migration) RETURN m.id AS id, m.checksum AS checksum',
    params: {},
  });
  return new Map(rows.map((row) => [String(row.id), String(row.checksum)]));
}

/** The migrations not yet recorded in the graph (used by /readyz). */
export async function pendingMigrations(gateway: Gateway, dir: string = MIGRATIONS_DIR): Promise<string[]> {
  const applied = await appliedChecksums(gateway);
  return loadMigrations(dir)
    .filter((migration) => !applied.has(migration.id))
    .map((migration) => migration.id);
}

/** Applies pending migrations in order; returns the ids applied now. Stops at the first failure. */
export async function migrate(
  gateway: Gateway,
  log: (line: string) => void = () => undefined,
  dir: string = MIGRATIONS_DIR,
): Promise<string[]> {
  const applied = await appliedChecksums(gateway);
  const done: string[] = [];
  for (const migration of loadMigrations(dir)) {
    const previous = applied.get(migration.id);
    if (previous !== undefined) {
      if (previous !== migration.checksum) {
        throw new MigrationError(
          migration.file,
          'the file changed after it was applied; revert it and add a new migration instead',
        );
      }
      continue;
    }
    for (const cypher of migration.statements) {
      try {
        // Schema statements cannot share a transaction with data writes: one auto-commit each.
        await gateway.runAutoCommit({ cypher, params: {} });
      } catch (error) {
        const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
        throw new MigrationError(migration.file, cause instanceof Error ? cause.message : String(cause), {
          cause: error,
        });
      }
    }
    await gateway.writeRows({
      cypher: 'MERGE (m:Migration {id: $id}) ON CREATE SET m.checksum = $checksum, m.appliedAt = datetime()',
      params: { id: migration.id, checksum: migration.checksum },
    });
    log(`migration ${migration.file} applied`);
    done.push(migration.id);
  }
  return done;
}
