/**
 * KPI engine costs on the medium (and, with --large, the large) seed, side by side in one
 * run: all structural KPIs with GDS, with graphology, and a cached read through the API
 * (cold / warm ratio); then reads while a recomputation runs (they must not wait); then one
 * new tie: how long until `kpisUpdated` brings the incremental figures (degree, counts, density,
 * components) and how long until the full recomputation, as a ratio.
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
import {
  BrokersDocument,
  EcosystemHealthDocument,
  KpisUpdatedDocument,
  ParticipantCreateDocument,
  ParticipantsDocument,
  PartnershipCreateDocument,
} from '../test/generated/operations';
import { execute, executeOk, mutateOk } from '../test/support/graphql-client';
import { wsClient } from '../test/support/ws-client';
import { percentile, startBenchEnvironment, table } from './support';

/** Per statement of the clean-up (10,000 deletions each), not the API's request-sized timeout. */
export const CLEAN_UP_TIMEOUT_MS = 600_000;

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

/**
 * A fresh API process's first KPI answer: a read before its first computation ends gets
 * KPI_NOT_READY (docs/kpis.md, "Cold reads and restarts") and is repeated after 100 ms.
 */
async function firstAnswer(url: string, query: string, variables: Record<string, unknown>) {
  const start = performance.now();
  let notReady = 0;
  for (;;) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await authHeader()) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    if (!body.errors) return { ms: performance.now() - start, notReady };
    if (!body.errors.every((error) => error.extensions?.code === 'KPI_NOT_READY')) {
      throw new Error(JSON.stringify(body.errors));
    }
    notReady += 1;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

export const BENCH_DEBOUNCE_MS = 500;

/** Ids of the first `count` ACTIVE participants. */
export async function activeParticipants(url: string, count: number): Promise<string[]> {
  const { participants } = await executeOk(url, ParticipantsDocument, { first: count, filter: { status: ['ACTIVE'] } });
  return participants.edges.map((edge) => edge.node.id);
}

/**
 * Reads until the KPIs are computed for the current version (the last write's recomputation
 * landed); a fresh API's KPI_NOT_READY answers are waited out too.
 */
export async function waitForFresh(url: string): Promise<void> {
  for (const until = performance.now() + 30 * 60_000; performance.now() < until;) {
    const { data, errors } = await execute(url, EcosystemHealthDocument, {});
    // A fresh API answers KPI_NOT_READY until its first computation, and a cold page cache can
    // make the first big read miss the request deadline: both are waited out.
    const transient = new Set(['KPI_NOT_READY', 'SERVICE_UNAVAILABLE']);
    if (errors?.some((error) => !transient.has(String(error.extensions?.code))))
      throw new Error(JSON.stringify(errors));
    if (data && !errors && !data.ecosystem.health.provenance.stale) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('KPIs stayed stale for 30 minutes');
}

/**
 * One new tie between two participants, with a `kpisUpdated` subscriber: milliseconds from the
 * mutation's answer to the update with the incremental figures of its version, and to the one
 * with the full recomputation (which waits for the debounce first).
 */
export async function newTieLatency(
  url: string,
  pair?: readonly [string, string],
): Promise<{ incrementalMs: number; fullMs: number }> {
  await waitForFresh(url);
  const [a, b] = pair ?? (await activeParticipants(url, 2));
  const client = wsClient(url);
  try {
    const updates = client.subscribe(KpisUpdatedDocument, { scope: 'ECOSYSTEM', initial: true });
    const [first] = await updates.waitFor(1, 30 * 60_000);
    const before = first.kpisUpdated.version;
    const arrivals: { at: number; version: number; fullVersion: number }[] = [];
    let seen = 1;
    const collect = () => {
      for (; seen < updates.values.length; seen++) {
        const { version, fullVersion } = updates.values[seen].kpisUpdated;
        arrivals.push({ at: performance.now(), version, fullVersion });
      }
    };
    const collector = setInterval(collect, 2);
    const committed = await (async () => {
      await mutateOk(url, PartnershipCreateDocument, {
        input: {
          name: 'Bench tie',
          type: 'RESEARCH',
          subtype: 'ACADEMIC',
          parties: [
            { participantId: a, role: 'LEAD' },
            { participantId: b, role: 'PARTNER' },
          ],
        },
      });
      return performance.now();
    })();
    try {
      for (const until = performance.now() + 30 * 60_000; performance.now() < until;) {
        collect();
        const incremental = arrivals.find((x) => x.version > before && x.fullVersion < x.version);
        const full = arrivals.find((x) => x.fullVersion > before);
        if (full) {
          // NaN (shown as such) when the full recomputation came first: no incremental update.
          return { incrementalMs: incremental ? incremental.at - committed : Number.NaN, fullMs: full.at - committed };
        }
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      throw new Error('no full recomputation after the new tie');
    } finally {
      clearInterval(collector);
    }
  } finally {
    await client.dispose();
  }
}

export async function kpisBench(
  sizes: SeedSize[] = process.argv.includes('--large') ? ['medium', 'large'] : ['medium'],
) {
  const env = await startBenchEnvironment({ KPI_DEBOUNCE_MS: String(BENCH_DEBOUNCE_MS) });
  const rows: (string | number)[][] = [];
  const freshness: (string | number)[][] = [];
  const incremental: (string | number)[][] = [];
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
      const cold = await firstAnswer(env.app.url, brokers, { metric: 'BETWEENNESS', top: 10 });
      const coldMs = cold.ms;
      const warm: number[] = [];
      for (let i = 0; i < 50; i++) warm.push(await graphql(env.app.url, brokers, { metric: 'BETWEENNESS', top: 10 }));
      const warmP50 = percentile(warm, 50);
      // Restarted on an unchanged graph: the snapshot persisted after that computation answers.
      await env.restartApp();
      const restarted = await firstAnswer(env.app.url, brokers, { metric: 'BETWEENNESS', top: 10 });
      rows.push([
        `${size} (${graph.nodes.length.toLocaleString('en-US')} nodes, ${graph.edges.length.toLocaleString('en-US')} ties; seeded ${seeded.nodes.toLocaleString('en-US')} nodes)`,
        loadMs,
        gdsMs,
        graphologyMs,
        `${gds.betweenness.sampled ? `sampled ${gds.betweenness.sampleSize}` : 'exact'} / ${graphology.betweenness.sampled ? `sampled ${graphology.betweenness.sampleSize}` : 'exact'}`,
        (rssAfter - rssBefore) / 1e6,
        `${coldMs.toFixed(2)} (${cold.notReady} × KPI_NOT_READY first)`,
        warmP50,
        coldMs / warmP50,
        restarted.notReady === 0 ? restarted.ms : `${restarted.ms.toFixed(2)} (${restarted.notReady} × KPI_NOT_READY)`,
        coldMs / restarted.ms,
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

      const tie = await newTieLatency(env.app.url);
      incremental.push([
        size,
        tie.incrementalMs,
        tie.fullMs,
        tie.fullMs - BENCH_DEBOUNCE_MS,
        tie.incrementalMs / tie.fullMs,
        tie.incrementalMs / (tie.fullMs - BENCH_DEBOUNCE_MS),
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
        'cold API read ms (until the first answer)',
        'warm API read p50 ms',
        'cold / warm',
        'first read after a restart ms (persisted snapshot)',
        'cold / after restart',
      ],
      rows,
    ),
    '',
    '### KPI reads during a background recomputation (after a write)',
    '',
    table(['seed', 'reads', 'p50 ms', 'p99 ms', 'max ms', 'API RSS peak MB', 'API heap peak MB'], freshness),
    '',
    `### One new tie: commit → kpisUpdated with the incremental figures (degree, counts, density, components) vs with the full recomputation (debounce ${BENCH_DEBOUNCE_MS} ms), configured engine`,
    '',
    table(
      [
        'seed',
        'incremental ms',
        'full ms',
        'full ms without the debounce',
        'incremental / full',
        'incremental / full without the debounce',
      ],
      incremental,
    ),
  ].join('\n');
}
