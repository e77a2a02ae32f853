/**
 * The API while a full KPI recomputation runs, with the in-process engine in its worker thread
 * (ANALYTICS_WORKER=true) and on the API's own thread (false), on the medium seed (`--large`:
 * the large one too): latency of a cheap authenticated query, asked one after another for as
 * long as the computation runs, and the event loop's delay meanwhile. The same graph, the same
 * Neo4j, the two modes interleaved round by round; reported as ratios (thread / worker).
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { startApp, type App } from '../src/app';
import { loadConfig } from '../src/config/config';
import { Gateway } from '../src/db/gateway';
import { loadCollaborationGraph, type CollaborationGraph } from '../src/kpi/collaboration-graph';
import { createLogger } from '../src/observability/logger';
import { deleteData } from '../src/seed/database';
import type { SeedSize } from '../src/seed/profiles';
import { seedDemoEcosystem } from '../src/seed/seed';
import { authHeader, TEST_JWT_SECRET } from '../test/support/auth';
import { percentile, startBenchEnvironment, table } from './support';

const ROUNDS = 3;
const CHEAP_QUERY = '{ participants(first: 1) { totalCount } }';

interface Sample {
  latencies: number[];
  loopP99: number;
  loopMax: number;
  computeMs: number;
  /** The same computation with no queries meanwhile: what the thread boundary itself costs. */
  aloneMs: number;
}

async function cheapQuery(url: string, headers: Record<string, string>): Promise<number> {
  const start = performance.now();
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: CHEAP_QUERY }) });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return performance.now() - start;
}

/** Cheap queries back to back while the app's engine recomputes every structural KPI of `graph`. */
async function during(app: App, graph: CollaborationGraph): Promise<Sample> {
  const headers = { 'content-type': 'application/json', ...(await authHeader()) };
  const delay = monitorEventLoopDelay({ resolution: 1 });
  const latencies: number[] = [];
  let done = false;
  delay.enable();
  const start = performance.now();
  const computing = app.services.engine.compute(graph).finally(() => (done = true));
  while (!done) {
    const ms = await cheapQuery(app.url, headers);
    if (!done) latencies.push(ms);
  }
  await computing;
  const computeMs = performance.now() - start;
  delay.disable();
  const alone = performance.now();
  await app.services.engine.compute(graph);
  const aloneMs = performance.now() - alone;
  return { latencies, loopP99: delay.percentile(99) / 1e6, loopMax: delay.max / 1e6, computeMs, aloneMs };
}

async function idle(app: App): Promise<number[]> {
  const headers = { 'content-type': 'application/json', ...(await authHeader()) };
  const latencies: number[] = [];
  for (let i = 0; i < 200; i++) latencies.push(await cheapQuery(app.url, headers));
  return latencies;
}

export async function analyticsWorkerBench(
  sizes: SeedSize[] = process.argv.includes('--large') ? ['medium', 'large'] : ['medium'],
): Promise<string> {
  const env = await startBenchEnvironment({ ANALYTICS_ENGINE: 'graphology' });
  const rows: (string | number)[][] = [];
  const config = (worker: boolean) =>
    loadConfig({
      ...process.env,
      PORT: '0',
      LOG_LEVEL: 'silent',
      KPI_WARM_ON_START: 'false',
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      RATE_LIMIT_PER_MINUTE: '1000000',
      ANALYTICS_ENGINE: 'graphology',
      ANALYTICS_WORKER: String(worker),
    });
  const apps: Record<'worker' | 'thread', App | undefined> = { worker: undefined, thread: undefined };
  try {
    for (const size of sizes) {
      const maintenance = new Gateway(env.app.driver, { database: 'neo4j', queryTimeoutMs: 3_600_000 });
      await deleteData(maintenance);
      await seedDemoEcosystem(maintenance, { size, seed: 21, anchor: '2026-06-30' });
      const graph = await loadCollaborationGraph(maintenance);
      for (const mode of ['worker', 'thread'] as const) {
        const cfg = config(mode === 'worker');
        apps[mode] = await startApp({ config: cfg, target: env.target, logger: createLogger(cfg.log) });
      }
      const app = (mode: 'worker' | 'thread') => apps[mode] as App;
      // Warm-up: the worker's start, JIT of both engines, the query's plan.
      for (const mode of ['worker', 'thread'] as const) {
        await app(mode).services.engine.compute(graph);
        await idle(app(mode));
      }
      const idleLatencies = await idle(app('thread'));
      const samples: Record<'worker' | 'thread', Sample[]> = { worker: [], thread: [] };
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 === 0 ? (['worker', 'thread'] as const) : (['thread', 'worker'] as const);
        for (const mode of order) samples[mode].push(await during(app(mode), graph));
      }
      const summary = (mode: 'worker' | 'thread') => {
        const all = samples[mode].flatMap((sample) => sample.latencies);
        const median = (values: number[]) => percentile(values, 50);
        const computeMs = median(samples[mode].map((sample) => sample.computeMs));
        return {
          requests: all.length,
          perSecond: (all.length / samples[mode].reduce((sum, sample) => sum + sample.computeMs, 0)) * 1000,
          p50: percentile(all, 50),
          p95: percentile(all, 95),
          loopP99: median(samples[mode].map((sample) => sample.loopP99)),
          loopMax: Math.max(...samples[mode].map((sample) => sample.loopMax)),
          computeMs,
          aloneMs: median(samples[mode].map((sample) => sample.aloneMs)),
        };
      };
      const worker = summary('worker');
      const thread = summary('thread');
      const label = `${size} (${graph.nodes.length.toLocaleString('en-US')} participants, ${graph.edges.length.toLocaleString('en-US')} ties)`;
      for (const [mode, s] of [
        ['on the API thread', thread],
        ['in the worker', worker],
      ] as const) {
        rows.push([label, mode, s.aloneMs, s.computeMs, s.perSecond, s.p50, s.p95, s.loopP99, s.loopMax]);
      }
      rows.push([
        label,
        'thread / worker',
        thread.aloneMs / worker.aloneMs,
        thread.computeMs / worker.computeMs,
        thread.perSecond / worker.perSecond,
        thread.p50 / worker.p50,
        thread.p95 / worker.p95,
        thread.loopP99 / worker.loopP99,
        thread.loopMax / worker.loopMax,
      ]);
      rows.push([
        label,
        'idle API (no computation)',
        '',
        '',
        '',
        percentile(idleLatencies, 50),
        percentile(idleLatencies, 95),
        '',
        '',
      ]);
      for (const mode of ['worker', 'thread'] as const) {
        await apps[mode]?.stop();
        apps[mode] = undefined;
      }
    }
  } finally {
    for (const app of Object.values(apps)) await app?.stop();
    await env.close();
  }
  return [
    `### API latency during a full KPI recomputation (\`npm run bench -- analytics-worker\`): ANALYTICS_WORKER on / off`,
    '',
    `Cheap query \`${CHEAP_QUERY}\` back to back while the engine recomputes every structural KPI of the seed's collaboration graph, ${ROUNDS} rounds per mode, interleaved; event-loop delay at 1 ms resolution (p99: median of the rounds; max: of all rounds). Computation ms: medians of the rounds, alone (no queries meanwhile) and while queried (the API, Neo4j and the engine share the cores).`,
    '',
    table(
      [
        'seed',
        'engine runs',
        'computation alone ms',
        'computation while queried ms',
        'queries answered / s',
        'query p50 ms',
        'query p95 ms',
        'loop delay p99 ms',
        'loop delay max ms',
      ],
      rows,
    ),
  ].join('\n');
}

if (require.main === module) {
  analyticsWorkerBench()
    .then((report) => console.log(report))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
