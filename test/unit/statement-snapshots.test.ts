/**
 * Every exported statement builder (an exported function declared to return a `Statement`)
 * has a snapshot: a Cypher change then always shows up in review. A builder counts as
 * snapshotted when a snapshot's name mentions it (the `it.each` label is the builder's name).
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '..', '..');
const SNAPSHOTS = path.join(__dirname, '__snapshots__');
/** Where statement builders live: the product code and the migrations' helpers. */
const SOURCES = ['src', 'graph'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** `file:name` of every exported function whose declared return type is Statement (or Statement[]). */
export function statementBuilders(files: readonly string[]): string[] {
  return files.flatMap((file) => {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const found: string[] = [];
    source.forEachChild((node) => {
      const exported = ts.canHaveModifiers(node)
        ? (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
        : false;
      if (!exported) return;
      if (ts.isFunctionDeclaration(node) && node.name && returnsStatement(node.type)) {
        found.push(`${path.relative(ROOT, file)}:${node.name.text}`);
      }
      if (ts.isVariableStatement(node)) {
        for (const declaration of node.declarationList.declarations) {
          const init = declaration.initializer;
          if (ts.isIdentifier(declaration.name) && init && ts.isArrowFunction(init) && returnsStatement(init.type)) {
            found.push(`${path.relative(ROOT, file)}:${declaration.name.text}`);
          }
        }
      }
    });
    return found;
  });
}

function returnsStatement(type: ts.TypeNode | undefined): boolean {
  return type !== undefined && /^(Statement|Statement\[\]|readonly Statement\[\])$/.test(type.getText());
}

function snapshotNames(): string[] {
  return fs
    .readdirSync(SNAPSHOTS)
    .filter((file) => file.endsWith('.snap'))
    .flatMap((file) => [...fs.readFileSync(path.join(SNAPSHOTS, file), 'utf8').matchAll(/^exports\[`(.*)`\]/gm)])
    .map((match) => match[1] as string);
}

/** Builders no snapshot name mentions. */
export function unsnapshotted(builders: readonly string[], names: readonly string[]): string[] {
  return builders.filter((builder) => {
    const name = builder.slice(builder.lastIndexOf(':') + 1);
    const word = new RegExp(`(^|[^\\w])${name}([^\\w]|$)`);
    return !names.some((snapshot) => word.test(snapshot));
  });
}

describe('Cypher snapshots', () => {
  const builders = statementBuilders(SOURCES.flatMap((dir) => sourceFiles(path.join(ROOT, dir))));

  it('finds the statement builders', () => {
    expect(builders.length).toBeGreaterThan(80);
    expect(builders).toEqual(
      expect.arrayContaining([
        'src/modules/partnership/partnership.queries.ts:moveStage',
        'src/auth/ownership.queries.ts:partnershipsNotOwned',
      ]),
    );
  });

  it('every exported statement builder has a snapshot', () => {
    expect(unsnapshotted(builders, snapshotNames())).toEqual([]);
  });

  it('reports a builder without a snapshot', () => {
    expect(
      unsnapshotted(['src/x.queries.ts:moveStage', 'src/x.queries.ts:moveStageLater'], ['partnership moveStage 1']),
    ).toEqual(['src/x.queries.ts:moveStageLater']);
  });
});
