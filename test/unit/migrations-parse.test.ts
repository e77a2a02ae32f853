import { loadMigrations, parseStatements } from '../../src/db/migrations';

/** Safe to run twice: schema statements with IF [NOT] EXISTS, MERGE, or filling only what is missing. */
const IDEMPOTENT = /IF (NOT )?EXISTS|^MERGE |WHERE (\w+)\.(\w+) IS NULL\b[\s\S]*\bSET \2\.\3 = /;

describe('migration files', () => {
  it('splits statements on line-ending semicolons and drops comment lines', () => {
    expect(parseStatements('// comment\nCREATE INDEX a;\nCREATE INDEX b\n  FOR (n:X) ON (n.y);\n')).toEqual([
      'CREATE INDEX a',
      'CREATE INDEX b\n  FOR (n:X) ON (n.y)',
    ]);
  });

  it('the committed migrations are numbered without gaps and every statement is idempotent (IF [NOT] EXISTS, MERGE, or a backfill of missing values)', () => {
    const migrations = loadMigrations();
    expect(migrations.map((m) => Number(m.id.slice(0, 4)))).toEqual(migrations.map((_, i) => i + 1));
    for (const statement of migrations.flatMap((m) => m.statements)) {
      expect(statement).toMatch(IDEMPOTENT);
    }
  });

  it('counts as a backfill only a statement that sets the very property it found missing', () => {
    expect('MATCH (n:X) WHERE n.a IS NULL\nCALL (n) { SET n.a = 1 } IN TRANSACTIONS').toMatch(IDEMPOTENT);
    expect('MATCH (n:X) WHERE n.a IS NULL SET n.b = 1').not.toMatch(IDEMPOTENT);
    expect('MATCH (n:X) SET n.a = 1').not.toMatch(IDEMPOTENT);
  });
});
