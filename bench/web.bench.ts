/**
 * `npm run bench -- web`: the explorer's graph view on the medium seed in headless chromium
 * (Debian's, WebGL through SwiftShader), against the API in process.
 *
 * - API: the drawable graph in one request: JSON bytes (raw, gzipped), round trips, latency
 *   cold (KPIs computed) and warm.
 * - Page: navigation → data → first drawn frame, for a first visit (layout from scratch) and a
 *   return visit (positions kept in localStorage).
 * - Frame times from requestAnimationFrame inside the page while a script in the page flies the
 *   camera (no CDP round trip per frame), median and p95, beside a baseline measured
 *   interleaved with it (round by round, order flipped): the same page and renderer with every
 *   node filtered out (an empty sigma canvas: the floor the machine sets). Under two chromium
 *   launch variants: the project's flags (SwiftShader WebGL, GPU compositing on SwiftShader)
 *   and with `--disable-gpu-compositing` (see `npm run bench -- web-floor` for why).
 * - Click → ego network: real clicks on participants, to the frame showing their ties in the
 *   drawing, and to the frame with the API's `neighborhood` merged.
 * - JavaScript gzipped: what the first view (`/`) loads, what `/graph` loads, the whole app.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { print } from 'graphql';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, provisionChromium } from '../scripts/browser/chromium';
import { saveScreenshot } from '../scripts/screenshots/artefacts';
import { ensureWebBuild, WEB_DIST } from '../scripts/web/build';
import { Gateway } from '../src/db/gateway';
import { deleteData } from '../src/seed/database';
import { seedDemoEcosystem } from '../src/seed/seed';
import { authHeader, testToken } from '../test/support/auth';
import { clearNodes, nextFrames } from '../test/browser/support/graph-page';
import type { ProbeHost } from '../test/browser/support/probe';
import { GraphDrawingDocument } from '../test/generated/operations';
import { percentile, startBenchEnvironment, table } from './support';

/** The explorer's own drawing query, every array. */
const DRAWING_QUERY = print(GraphDrawingDocument);
const VISITS = 3;

const gzip = (bytes: Buffer | string) => zlib.gzipSync(bytes).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

/** What the graph view asks for (an ES module of the web app: imported, not repeated). */
const drawingVariables = async () => {
  const { DRAW_DIGITS, DRAW_FIRST } = await import('../web/src/graph/drawing-request.js');
  return { first: DRAW_FIRST, significantDigits: DRAW_DIGITS };
};

async function drawingRequest(url: string): Promise<{ ms: number; text: string; roundTrips: number }> {
  const start = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-ecograph-round-trips': '1', ...(await authHeader()) },
    body: JSON.stringify({ query: DRAWING_QUERY, variables: await drawingVariables() }),
  });
  const text = await response.text();
  const elapsed = performance.now() - start;
  const body = JSON.parse(text) as { errors?: unknown; extensions?: { roundTrips?: number } };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { ms: elapsed, text, roundTrips: body.extensions?.roundTrips ?? Number.NaN };
}

const probe = (page: Page) =>
  page.evaluate(() => {
    const graph = (globalThis as unknown as ProbeHost).__ecographGraph!;
    return {
      dataAt: graph.dataAt,
      drawnAt: graph.drawnAt,
      nodeCount: graph.nodeCount,
      layoutRunning: graph.layoutRunning,
    };
  });

async function openGraph(page: Page, base: string, query = ''): Promise<void> {
  await page.goto(`${base}/graph${query}#token=${encodeURIComponent(await testToken('ADMIN'))}`);
  await page.waitForFunction(() => (globalThis as unknown as ProbeHost).__ecographGraph?.drawnAt != null, null, {
    timeout: 120_000,
  });
}

async function layoutDone(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (globalThis as unknown as ProbeHost).__ecographGraph?.layoutRunning === false,
    null,
    {
      timeout: 120_000,
    },
  );
}

/**
 * rAF deltas sampled in the page while the camera pans and zooms continuously for at least 6 s and 60 frames (a
 * scripted flight over the graph, zoom between 0.15 and 1.15 of the whole view). The script is
 * a string: the bench runs under tsx, whose helpers do not exist in the page.
 */
async function frameTimes(page: Page): Promise<number[]> {
  return page.evaluate(`new Promise((resolve) => {
    const graph = window.__ecographGraph;
    const frames = [];
    const start = performance.now();
    let last = start;
    const tick = (now) => {
      frames.push(now - last);
      last = now;
      const t = (now - start) / 1000;
      graph.setCamera({ x: 0.5 + 0.25 * Math.sin(t * 1.3), y: 0.5 + 0.25 * Math.cos(t * 0.9), ratio: 0.65 + 0.5 * Math.sin(t * 0.8) });
      if (now - start < 6000 || frames.length < 60) requestAnimationFrame(tick);
      else {
        graph.setCamera({ x: 0.5, y: 0.5, ratio: 1 });
        resolve(frames.slice(1));
      }
    };
    requestAnimationFrame(tick);
  })`);
}

async function egoLatencies(page: Page, clicks: number): Promise<{ drawn: number[]; api: number[]; missed: number }> {
  const drawn: number[] = [];
  const api: number[] = [];
  let missed = 0;
  for (let i = 0; i < clicks; i++) {
    // From the overview each time: positions are read after the camera is back.
    await page.evaluate(() =>
      (globalThis as unknown as ProbeHost).__ecographGraph!.setCamera({ x: 0.5, y: 0.5, ratio: 1 }),
    );
    await nextFrames(page);
    const target = (await clearNodes(page, clicks))[i];
    if (!target) break;
    await page.evaluate(() => {
      const graph = (globalThis as unknown as ProbeHost).__ecographGraph!;
      graph.lastEgoMs = null;
      graph.lastEgoDrawnMs = null;
    });
    await page.mouse.click(target.x, target.y);
    try {
      await page.waitForFunction(
        (key) => {
          const graph = (globalThis as unknown as ProbeHost).__ecographGraph!;
          return graph.focus === key && graph.lastEgoMs !== null;
        },
        target.key,
        { timeout: 30_000 },
      );
    } catch {
      missed++;
    }
    const result = await page.evaluate(() => {
      const graph = (globalThis as unknown as ProbeHost).__ecographGraph!;
      return { drawn: graph.lastEgoDrawnMs, api: graph.lastEgoMs };
    });
    if (result.drawn !== null) drawn.push(result.drawn);
    if (result.api !== null) api.push(result.api);
    // Escape clears the focus (and its highlight) before the next click.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => (globalThis as unknown as ProbeHost).__ecographGraph!.focus === null);
    await nextFrames(page);
  }
  return { drawn, api, missed };
}

/** Chromium launch variants the frame times are measured under (docs/graph-view.md, "Frame times"). */
const LAUNCH_VARIANTS = [
  { name: 'project flags (GPU compositing on SwiftShader)', args: [] as string[] },
  { name: '+ --disable-gpu-compositing (software compositing)', args: ['--disable-gpu-compositing'] },
];
const FLIGHT_ROUNDS = 3;

interface FlightResult {
  variant: string;
  graph: number[];
  floor: number[];
  /** p95 of each round, graph and floor measured back to back. */
  rounds: { graph: number; floor: number }[];
}

/**
 * The graph (positions laid out and saved first) and the empty canvas in two tabs of one
 * context, flown alternately (the order flips each round) so the machine's background load
 * falls on both alike.
 */
async function interleavedFlights(browser: Browser, base: string): Promise<Omit<FlightResult, 'variant'>> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const graphPage = await context.newPage();
    await openGraph(graphPage, base);
    await layoutDone(graphPage);
    const floorPage = await context.newPage();
    await openGraph(floorPage, base, '?kind=__none__');
    const result: Omit<FlightResult, 'variant'> = { graph: [], floor: [], rounds: [] };
    for (let round = 0; round < FLIGHT_ROUNDS; round++) {
      const order = round % 2 === 0 ? (['graph', 'floor'] as const) : (['floor', 'graph'] as const);
      const samples = { graph: [] as number[], floor: [] as number[] };
      for (const which of order) {
        const page = which === 'graph' ? graphPage : floorPage;
        await page.bringToFront();
        samples[which] = await frameTimes(page);
      }
      result.graph.push(...samples.graph);
      result.floor.push(...samples.floor);
      result.rounds.push({ graph: percentile(samples.graph, 95), floor: percentile(samples.floor, 95) });
    }
    return result;
  } finally {
    await context.close();
  }
}

/** Gzipped JS a page address loads (every script response, workers included). */
async function scriptsOf(browser: Browser, base: string, address: string): Promise<{ files: number; gzip: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
  });
  await page.goto(`${base}${address}#token=${encodeURIComponent(await testToken('ADMIN'))}`);
  // Lazy chunks load after the entry: wait for an idle network (generously on a loaded machine).
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
  await context.close();
  let total = 0;
  for (const script of scripts) total += gzip(fs.readFileSync(path.join(WEB_DIST, script)));
  return { files: scripts.size, gzip: total };
}

function wholeApp(): { files: number; gzip: number } {
  const assets = path.join(WEB_DIST, 'assets');
  const files = fs.readdirSync(assets).filter((name) => name.endsWith('.js'));
  return {
    files: files.length,
    gzip: files.reduce((sum, name) => sum + gzip(fs.readFileSync(path.join(assets, name))), 0),
  };
}

export async function webBench(): Promise<string> {
  ensureWebBuild(() => undefined);
  provisionChromium(() => undefined);
  const env = await startBenchEnvironment({ WEB_DIST_DIR: WEB_DIST });
  let browser: Browser | undefined;
  try {
    // Deleting a previous seed can outlast a request's timeout on a busy machine.
    const admin = new Gateway(env.app.driver, { database: 'neo4j', queryTimeoutMs: 3_600_000 });
    // WEB_BENCH_REUSE_SEED=1 keeps what NEO4J_URI holds (a medium seed 21 written by an
    // earlier run): seeding takes a quarter of an hour on a loaded 2-core machine.
    const reuse = process.env.WEB_BENCH_REUSE_SEED === '1';
    if (!reuse) {
      await deleteData(admin);
      await seedDemoEcosystem(admin, { size: 'medium', seed: 21, anchor: '2026-06-30' });
    }
    const base = env.app.url.replace(/\/graphql$/, '');

    // API: cold (computes the KPI snapshot), then warm.
    const cold = await drawingRequest(env.app.url);
    const warm: number[] = [];
    let roundTrips = Number.NaN;
    for (let i = 0; i < 10; i++) {
      const run = await drawingRequest(env.app.url);
      warm.push(run.ms);
      roundTrips = run.roundTrips;
    }
    const drawing = JSON.parse(cold.text) as { data: { drawableGraph: { totalNodes: number; totalEdges: number } } };
    const { totalNodes, totalEdges } = drawing.data.drawableGraph;

    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const visits: { kind: string; dataAt: number; drawnAt: number }[] = [];
    for (let visit = 0; visit < VISITS; visit++) {
      // A fresh context is a first visit (no saved positions); the shared one a return visit.
      const first = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await first.newPage();
      await openGraph(page, base);
      const timing = await probe(page);
      visits.push({ kind: 'first visit', dataAt: timing.dataAt, drawnAt: timing.drawnAt ?? Number.NaN });
      await first.close();
    }
    const page = await context.newPage();
    await openGraph(page, base);
    await layoutDone(page);
    for (let visit = 0; visit < VISITS; visit++) {
      await page.reload();
      await page.waitForFunction(() => (globalThis as unknown as ProbeHost).__ecographGraph?.drawnAt != null, null, {
        timeout: 120_000,
      });
      const timing = await probe(page);
      visits.push({ kind: 'return visit', dataAt: timing.dataAt, drawnAt: timing.drawnAt ?? Number.NaN });
    }
    await layoutDone(page);
    // An artefact (ignored); `npm run screenshots` publishes it as docs/screenshots/graph-medium.png.
    await saveScreenshot(page, 'graph-medium');
    const nodeCount = (await probe(page)).nodeCount;

    const ego = await egoLatencies(page, 6);

    // Frames: the graph and its baseline (the same page and renderer with every node filtered
    // out), interleaved round by round, under the project's launch flags and with software
    // compositing (the WebGL canvases still drawn by SwiftShader).
    const flights: FlightResult[] = [];
    for (const variant of LAUNCH_VARIANTS) {
      const flightBrowser: Browser = variant.args.length === 0 ? browser : await launchChromium(variant.args);
      try {
        flights.push({ variant: variant.name, ...(await interleavedFlights(flightBrowser, base)) });
      } finally {
        if (flightBrowser !== browser) await flightBrowser.close();
      }
    }

    // The frame figures first on stderr: a later failure must not lose a long run's results.
    for (const flight of flights) {
      console.error(
        `[web bench] ${flight.variant}: graph median/p95 ${percentile(flight.graph, 50).toFixed(1)}/${percentile(flight.graph, 95).toFixed(1)} ms, ` +
          `empty canvas ${percentile(flight.floor, 50).toFixed(1)}/${percentile(flight.floor, 95).toFixed(1)} ms, ` +
          `rounds (p95 graph/empty) ${flight.rounds.map((r) => `${r.graph.toFixed(0)}/${r.floor.toFixed(0)}`).join(', ')}`,
      );
    }
    const firstView = await scriptsOf(browser, base, '/');
    const graphView = await scriptsOf(browser, base, '/graph');
    const app = wholeApp();

    const load = os.loadavg()[0] ?? Number.NaN;
    const median = (values: number[]) => percentile(values, 50);
    const visitRows = ['first visit', 'return visit'].map((kind) => {
      const chosen = visits.filter((visit) => visit.kind === kind);
      return [
        kind,
        ms(median(chosen.map((v) => v.dataAt))),
        ms(median(chosen.map((v) => v.drawnAt - v.dataAt))),
        ms(median(chosen.map((v) => v.drawnAt))),
        `${chosen.length}`,
      ];
    });
    const frameRows = flights.flatMap((flight) => {
      const row = (name: string, samples: number[]) => [
        flight.variant,
        name,
        `${samples.length}`,
        `${median(samples).toFixed(1)} ms`,
        `${percentile(samples, 95).toFixed(1)} ms`,
      ];
      return [row('graph view, medium seed', flight.graph), row('baseline: every node filtered out', flight.floor)];
    });
    const ratios = flights.map(
      (flight) =>
        `${flight.variant}: graph / empty canvas ${(median(flight.graph) / median(flight.floor)).toFixed(2)} at the median, ` +
        `${(percentile(flight.graph, 95) / percentile(flight.floor, 95)).toFixed(2)} at p95; ` +
        `per round p95 ${flight.rounds.map((r) => `${r.graph.toFixed(0)}/${r.floor.toFixed(0)} ms`).join(', ')}`,
    );
    return [
      `### Graph view on the medium seed (${totalNodes.toLocaleString('en')} participants, ${totalEdges.toLocaleString('en')} ties; drawn: ${nodeCount.toLocaleString('en')})`,
      '',
      `Machine: ${os.cpus().length} cores, load average ${load.toFixed(1)} at the end of the run (absolute times scale with it; compare the ratios).${reuse ? ' Data: reused from an earlier run (WEB_BENCH_REUSE_SEED=1).' : ''}`,
      '',
      table(
        ['drawableGraph, every array', 'JSON', 'gzipped', 'round trips (warm)', 'cold (KPIs computed)', 'warm p50'],
        [
          [
            `first: ${(await drawingVariables()).first}`,
            kb(cold.text.length),
            kb(gzip(cold.text)),
            `${roundTrips}`,
            ms(cold.ms),
            ms(median(warm)),
          ],
        ],
      ),
      '',
      table(['page load (median)', 'navigation → data', 'data → drawn', 'navigation → drawn', 'runs'], visitRows),
      '',
      table(['chromium', 'frames while panning and zooming (scripted flight)', 'frames', 'median', 'p95'], frameRows),
      '',
      ...ratios.map((line) => `- ${line}`),
      '',
      table(
        ['click → ego network', 'clicks', 'median', 'p95'],
        [
          ['ties in the drawing shown', `${ego.drawn.length}`, ms(median(ego.drawn)), ms(percentile(ego.drawn, 95))],
          ['API neighborhood merged', `${ego.api.length}`, ms(median(ego.api)), ms(percentile(ego.api, 95))],
        ],
      ),
      ego.missed > 0 ? `\n(${ego.missed} clicks showed no ego network within 30 s)` : '',
      '',
      table(
        ['JavaScript (gzipped)', 'files', 'size'],
        [
          ['first view (/)', `${firstView.files}`, kb(firstView.gzip)],
          ['graph view (/graph)', `${graphView.files}`, kb(graphView.gzip)],
          ['whole app (every chunk)', `${app.files}`, kb(app.gzip)],
        ],
      ),
    ].join('\n');
  } finally {
    await browser?.close();
    await env.close();
  }
}
