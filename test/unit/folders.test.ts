/**
 * Folders that say one thing: `core/` imports nothing of ours, and no two top-level folders of
 * src/ depend on each other, directly or around a loop. The import graph comes from madge
 * (type-only imports included: a type is a dependency too), collapsed to top-level folders.
 * The layout itself: every top-level folder is described in docs/architecture.md, none repeats
 * a module's name, none holds a single file (config/ aside: the one config module), the Apollo
 * plugins sit in one folder and the live transport is the server's own.
 */
import fs from 'node:fs';
import path from 'node:path';
import madge from 'madge';

const SRC = path.resolve(__dirname, '..', '..', 'src');
const ARCHITECTURE = path.resolve(SRC, '..', 'docs', 'architecture.md');
/** The one top-level folder allowed a single file: the house rule is one config module. */
const SINGLE_FILE_ALLOWED = new Set(['config']);
const PLUGIN_FOLDER = 'server/apollo-plugins/';
const LIVE_FOLDER = 'server/live/';

/** Top-level folder (or file, e.g. app.ts) of a path relative to src/. */
const topOf = (file: string) => file.split('/')[0] as string;

let graph: Record<string, string[]>;

beforeAll(async () => {
  const result = await madge(SRC, {
    fileExtensions: ['ts'],
    tsConfig: path.resolve(SRC, '..', 'tsconfig.json'),
  });
  graph = result.obj();
});

/** Folder → folders it imports from, with one example import per pair. */
function folderGraph(): Map<string, Map<string, string>> {
  const folders = new Map<string, Map<string, string>>();
  for (const [from, targets] of Object.entries(graph)) {
    for (const to of targets) {
      const [a, b] = [topOf(from), topOf(to)];
      if (a === b) continue;
      if (!folders.has(a)) folders.set(a, new Map());
      if (!folders.get(a)?.has(b)) folders.get(a)?.set(b, `${from} → ${to}`);
    }
  }
  return folders;
}

/** Strongly connected groups of more than one folder (Tarjan). */
function cycles(edges: Map<string, Map<string, string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
      }
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** Each cycle with the imports that close it, for a message that says where to look. */
function explain(edges: Map<string, Map<string, string>>, group: string[]): string {
  const links = group.flatMap((a) => group.flatMap((b) => (edges.get(a)?.has(b) ? [edges.get(a)?.get(b)] : [])));
  return `${group.join(' ⇄ ')}:\n  ${links.join('\n  ')}`;
}

/** Top-level folders of src/ with how many files each holds (at any depth). */
function topFolders(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of fs.readdirSync(SRC, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const files = fs.readdirSync(path.join(SRC, entry.name), { recursive: true, withFileTypes: true });
    counts.set(entry.name, files.filter((file) => file.isFile()).length);
  }
  return counts;
}

/** Folders named in the first column of a markdown table, e.g. "| `core/` | …". */
function documentedFolders(markdown: string): string[] {
  return [...markdown.matchAll(/^\|\s*`([a-z-]+)\/`\s*\|/gm)].map((match) => match[1] as string);
}

/** The composition roots, which wire every part together and may import any of them. */
const ROOTS = ['app.ts', 'main.ts'];

/** Imports of a folder prefix from files outside the allowed prefixes. */
function importersOutside(edges: Record<string, string[]>, target: string, allowed: string[]): string[] {
  return Object.entries(edges).flatMap(([from, targets]) =>
    allowed.some((prefix) => from.startsWith(prefix))
      ? []
      : targets.filter((to) => to.startsWith(target)).map((to) => `${from} → ${to}`),
  );
}

describe('folders', () => {
  it('reads the whole source tree', () => {
    expect(Object.keys(graph).length).toBeGreaterThan(200);
    expect(graph['app.ts']).toEqual(expect.arrayContaining(['db/gateway.ts']));
  });

  it('core/ imports nothing of ours', () => {
    const outside = Object.entries(graph).flatMap(([from, targets]) =>
      topOf(from) === 'core' ? targets.filter((to) => topOf(to) !== 'core').map((to) => `${from} → ${to}`) : [],
    );
    expect(outside).toEqual([]);
  });

  it('no import cycle between top-level folders', () => {
    const edges = folderGraph();
    expect(cycles(edges).map((group) => explain(edges, group))).toEqual([]);
  });

  it('every top-level folder is described in docs/architecture.md, and every folder described exists', () => {
    const documented = documentedFolders(fs.readFileSync(ARCHITECTURE, 'utf8'));
    expect(documented.length).toBeGreaterThan(10);
    expect([...topFolders().keys()].sort()).toEqual([...documented].sort());
  });

  it('no top-level folder repeats the name of a domain module', () => {
    const modules = fs.readdirSync(path.join(SRC, 'modules'), { withFileTypes: true });
    const moduleNames = new Set(modules.filter((entry) => entry.isDirectory()).map((entry) => entry.name));
    expect([...topFolders().keys()].filter((folder) => moduleNames.has(folder))).toEqual([]);
  });

  it('no top-level folder holds a single file (config/ aside)', () => {
    const single = [...topFolders()].filter(([folder, files]) => files === 1 && !SINGLE_FILE_ALLOWED.has(folder));
    expect(single).toEqual([]);
  });

  it(`Apollo plugins live in ${PLUGIN_FOLDER}`, () => {
    const plugins = Object.keys(graph).filter((file) =>
      /\bApolloServerPlugin\b/.test(fs.readFileSync(path.join(SRC, file), 'utf8')),
    );
    expect(plugins.length).toBeGreaterThanOrEqual(3);
    expect(plugins.filter((file) => !file.startsWith(PLUGIN_FOLDER))).toEqual([]);
  });

  it(`the live transport (${LIVE_FOLDER}) is imported only by the server and the composition roots`, () => {
    expect(Object.keys(graph).some((file) => file.startsWith(LIVE_FOLDER))).toBe(true);
    expect(importersOutside(graph, LIVE_FOLDER, ['server/', ...ROOTS])).toEqual([]);
  });

  it('the layout checks find what they look for', () => {
    expect(documentedFolders('| folder | what |\n| --- | --- |\n| `core/` | x |\n| `audit-trail/` | y |\n')).toEqual([
      'core',
      'audit-trail',
    ]);
    expect(
      importersOutside({ 'modules/a.ts': ['server/live/x.ts'], 'server/b.ts': ['server/live/x.ts'] }, LIVE_FOLDER, [
        'server/',
      ]),
    ).toEqual(['modules/a.ts → server/live/x.ts']);
  });

  it('the cycle check finds a cycle when there is one', () => {
    const edges = new Map([
      ['a', new Map([['b', 'a/x.ts → b/y.ts']])],
      ['b', new Map([['c', 'b/y.ts → c/z.ts']])],
      ['c', new Map([['a', 'c/z.ts → a/x.ts']])],
      ['d', new Map([['a', 'd/w.ts → a/x.ts']])],
    ]);
    expect(cycles(edges)).toEqual([['a', 'b', 'c']]);
  });
});
