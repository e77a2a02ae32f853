/**
 * The explorer's bundle budget, read from the production build's manifest (web/dist/.vite):
 * the first view — the entry with its CSS and static imports, plus the overview and its charts
 * chunk, which it loads at once — must stay within 400 KB gzipped; the query editor (Monaco)
 * and the graph view must stay out of it, in their own lazy chunks.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { WEB_DIST } from '../../scripts/web/build';

const FIRST_VIEW_BUDGET = 400 * 1024;

interface ManifestChunk {
  file: string;
  name?: string;
  isDynamicEntry?: boolean;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const manifest = JSON.parse(fs.readFileSync(path.join(WEB_DIST, '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  ManifestChunk
>;

const gzipped = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(WEB_DIST, file)), { level: 9 }).length;

/** A chunk by source path, or by name when Rollup keyed a lazy entry by its file (e.g. one in a cycle). */
function chunkOf(key: string): ManifestChunk {
  const name = path.basename(key).replace(/\.[jt]sx?$/, '');
  const chunk = manifest[key] ?? Object.values(manifest).find((entry) => entry.isDynamicEntry && entry.name === name);
  if (!chunk) throw new Error(`no chunk "${key}" in the manifest`);
  return chunk;
}

/** Files a chunk needs before it runs: itself, its CSS and its static imports, transitively. */
function closure(key: string, files = new Set<string>()): Set<string> {
  const chunk = chunkOf(key);
  if (files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) closure(imported, files);
  return files;
}

const sum = (files: Iterable<string>) => [...files].reduce((total, file) => total + gzipped(file), 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const firstView = new Set(['index.html']);
for (const key of ['index.html', 'src/views/overview/Overview.tsx', 'src/views/overview/OverviewCharts.tsx']) {
  for (const file of closure(key)) firstView.add(file);
}
const editor = closure('src/views/editor/QueryEditor.tsx');
const allFiles = fs
  .readdirSync(path.join(WEB_DIST, 'assets'))
  .filter((file) => /\.(js|css)$/.test(file))
  .map((file) => `assets/${file}`);

it(`first view is at most ${kb(FIRST_VIEW_BUDGET)} gzipped`, () => {
  const size = sum(firstView);
  process.stderr.write(
    `[bundle] first view ${kb(size)} gzipped (${firstView.size} files); whole app ${kb(sum(allFiles))} gzipped JS+CSS\n`,
  );
  expect(size).toBeGreaterThan(50 * 1024); // a real build, not an empty one
  expect(size).toBeLessThanOrEqual(FIRST_VIEW_BUDGET);
});

it('keeps the query editor and the graph view out of the first view', () => {
  const editorOnly = [...editor].filter((file) => !firstView.has(file));
  expect(editorOnly.some((file) => file.endsWith('.js'))).toBe(true);
  const monaco = allFiles.filter((file) => /monaco|editor\.worker|graphql\.worker/.test(file));
  expect(monaco.length).toBeGreaterThan(0);
  for (const file of monaco) expect(firstView.has(file)).toBe(false);
  expect(firstView.has(chunkOf('src/graph/GraphView.tsx').file)).toBe(false);
});
