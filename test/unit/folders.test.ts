/**
 * Folders that say one thing: `core/` imports nothing of ours, and no two top-level folders of
 * src/ depend on each other, directly or around a loop. The import graph comes from madge
 * (type-only imports included: a type is a dependency too), collapsed to top-level folders.
 */
import path from 'node:path';
import madge from 'madge';

const SRC = path.resolve(__dirname, '..', '..', 'src');

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
