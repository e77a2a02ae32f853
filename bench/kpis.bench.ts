/**
 * KPI engine costs on the medium (and, with --large, the large) seed, side by side in one
 * run: all structural KPIs with GDS, with graphology, and a cached read through the API
 * (cold / warm ratio); then reads while a recomputation runs (they must not wait).
 */
import { authHeader } from '../test/support/auth';
import { performance } from 'node:perf_hooks';
import { print } from 'graphql';
import { loadCollaborationGraph } from '../src/kpi/collaboration-graph';
import { GdsEngine } from '../src/kpi/gds-engine';
import { GraphologyEngine } from '../src/kpi/graphology-engine';
import { Gateway } from '../src/db/gateway';
import { deleteData } from '../src/seed/database';
import type { SeedSize } from '../src/seed/profiles';
import { seedDemoEcosystem } from '../src/seed/seed';
import { BrokersDocument, ParticipantCreateDocument } from '../test/generated/operations';
import { percentile, startBenchEnvironment, table } from './support';

/** Per statement of the clean-up (10,000 deletions each), not the API's request-sized timeout. */
const CLEAN_UP_TIMEOUT_MS = 600_000;

async function graphql(url: string, query: string, variables: Record<string, unknown>): Promise<number> {
  const start = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await authHeader()) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return performance.now() - start;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

export async function kpisBench(
  sizes: SeedSize[] = process.argv.includes('--large') ? ['medium', 'large'] : ['medium'],
) {
  const env = await startBenchEnvironment({ KPI_DEBOUNCE_MS: '500' });
  const rows: (string | number)[][] = [];
  const freshness: (string | number)[][] = [];
  try {
    const brokers = print(BrokersDocument);
    for (const size of sizes) {
      // The app (and its driver) is restarted below for each cold read: take the current one.
      const analytics = new Gateway(env.app.driver, { database: 'neo4j', queryTimeoutMs: 3_600_000 });
      // The clean-up has its own timeout: emptying a filled database (the large seed) takes
      // longer per chunk than the API's 15 s statement timeout on a busy machine.
      await deleteData(new Gateway(env.app.driver, { database: 'neo4j', queryTimeoutMs: CLEAN_UP_TIMEOUT_MS }));
      const seeded = await seedDemoEcosystem(env.app.gateway, { size, seed: 21, anchor: '2026-06-30' });
      const [graph, loadMs] = await timed(() => loadCollaborationGraph(analytics));
      const [gds, gdsMs] = await timed(() => new GdsEngine(analytics).compute(graph));
      const rssBefore = process.memoryUsage().rss;
      const [graphology, graphologyMs] = await timed(() => new GraphologyEngine().compute(graph));
      const rssAfter = process.memoryUsage().rss;
      // Cold: a fresh API process's first KPI read computes (configured engine); warm: cached.
      await env.restartApp();
      const coldMs = await graphql(env.app.url, brokers, { metric: 'BETWEENNESS', top: 10 });
      const warm: number[] = [];
      for (let i = 0; i < 50; i++) warm.push(await graphql(env.app.url, brokers, { metric: 'BETWEENNESS', top: 10 }));
      const warmP50 = percentile(warm, 50);
      rows.push([
        `${size} (${graph.nodes.length.toLocaleString('en-US')} nodes, ${graph.edges.length.toLocaleString('en-US')} ties; seeded ${seeded.nodes.toLocaleString('en-US')} nodes)`,
        loadMs,
        gdsMs,
        graphologyMs,
        `${gds.betweenness.sampled ? `sampled ${gds.betweenness.sampleSize}` : 'exact'} / ${graphology.betweenness.sampled ? `sampled ${graphology.betweenness.sampleSize}` : 'exact'}`,
        (rssAfter - rssBefore) / 1e6,
        coldMs,
        warmP50,
        coldMs / warmP50,
      ]);

      // A write, then reads while the debounced recomputation runs: they get the stale snapshot.
      await graphql(env.app.url, print(ParticipantCreateDocument), {
        input: { name: 'Bench newcomer', kind: 'STARTUP', sector: 'FinTech', region: 'Europe' },
      });
      const during: number[] = [];
      // The API runs in this process: its peak memory while it recomputes (an upper bound,
      // the benchmark's own client is included).
      const peak = { rss: 0, heap: 0 };
      const sample = () => {
        const { rss, heapUsed } = process.memoryUsage();
        peak.rss = Math.max(peak.rss, rss);
        peak.heap = Math.max(peak.heap, heapUsed);
      };
      const sampler = setInterval(sample, 50);
      const until = performance.now() + Math.min(60_000, gdsMs * 2 + 2_000);
      while (performance.now() < until)
        during.push(await graphql(env.app.url, brokers, { metric: 'PAGE_RANK', top: 10 }));
      clearInterval(sampler);
      sample();
      freshness.push([
        size,
        during.length,
        percentile(during, 50),
        percentile(during, 99),
        Math.max(...during),
        peak.rss / 1e6,
        peak.heap / 1e6,
      ]);
    }
  } finally {
    await env.close();
  }
  return [
    '### KPI engine (all structural KPIs: degree, weighted degree, PageRank, betweenness, closeness, eigenvector, Louvain, clustering, components, articulation points, resilience)',
    '',
    table(
      [
        'seed',
        'load C ms',
        'GDS ms',
        'graphology ms',
        'betweenness (GDS / graphology)',
        'graphology RSS +MB',
        'cold API read ms',
        'warm API read p50 ms',
        'cold / warm',
      ],
      rows,
    ),
    '',
    '### KPI reads during a background recomputation (after a write)',
    '',
    table(['seed', 'reads', 'p50 ms', 'p99 ms', 'max ms', 'API RSS peak MB', 'API heap peak MB'], freshness),
  ].join('\n');
}
