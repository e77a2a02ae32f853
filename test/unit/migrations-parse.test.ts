import { loadMigrations, parseStatements } from '../../src/db/migrations';

describe('migration files', () => {
  it('splits statements on line-ending semicolons and drops comment lines', () => {
    expect(parseStatements('// comment\nCREATE INDEX a;\nCREATE INDEX b\n  FOR (n:X) ON (n.y);\n')).toEqual([
      'CREATE INDEX a',
      'CREATE INDEX b\n  FOR (n:X) ON (n.y)',
    ]);
  });

  it('the committed migrations are numbered without gaps and every statement is idempotent (IF [NOT] EXISTS or MERGE)', () => {
    const migrations = loadMigrations();
    expect(migrations.map((m) => Number(m.id.slice(0, 4)))).toEqual(migrations.map((_, i) => i + 1));
    for (const statement of migrations.flatMap((m) => m.statements)) {
      expect(statement).toMatch(/IF (NOT )?EXISTS|^MERGE /);
    }
  });
});
