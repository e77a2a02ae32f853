/**
 * The in-process KPI engine in a worker thread (src/kpi/worker, docs/kpis.md "The analytics
 * worker"): the same results as on the API's thread, engine errors and crashes surfaced as
 * typed errors with the next computation working, the worker ended with the app, and the
 * point of it all: requests are answered during a full computation, compared with the same
 * computation on the API's thread in the same test (a relative bound: the machine is shared).
 */
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { syntheticGraph } from '../../bench/centrality-scale.bench';
import type { App } from '../../src/app';
import { AnalyticsWorkerCrashError, InternalError, ServiceUnavailableError } from '../../src/core/errors';
import type { CollaborationEdge, CollaborationGraph } from '../../src/kpi/collaboration-graph';
import type { AnalyticsEngine, GraphAnalytics } from '../../src/kpi/engine';
import { GraphologyEngine, type GraphologyEngineOptions } from '../../src/kpi/graphology-engine';
import { WorkerEngine } from '../../src/kpi/worker/worker-engine';
import { percentile } from '../../bench/support';
import { startTestApp } from '../support/test-app';

function collaboration(ids: readonly string[], edges: readonly CollaborationEdge[]): CollaborationGraph {
  return { nodes: ids.map((id) => ({ id, kind: 'COMPANY', sector: 'AI', region: 'EU' })), edges: [...edges] };
}

function fixture(name: string): CollaborationGraph {
  const { nodes, edges } = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures', name), 'utf8')) as {
    nodes: string[];
    edges: CollaborationEdge[];
  };
  return collaboration(nodes, edges);
}

/** Everything but the wall-clock time, which differs between any two runs. */
const figures = ({ elapsedMs: _elapsed, ...rest }: GraphAnalytics) => rest;

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the computation to fail');
}

const toy = collaboration(
  ['a', 'b', 'c', 'i1', 'i2', 'x', 'y', 'z', 'ü-ä', '参加者'],
  [
    { source: 'a', target: 'b', weight: 1 },
    { source: 'b', target: 'c', weight: 1 },
    { source: 'x', target: 'y', weight: 2 },
    { source: 'x', target: 'z', weight: 2 },
    { source: 'y', target: 'z', weight: 2 },
    { source: 'ü-ä', target: '参加者', weight: 3 },
  ],
);

describe('WorkerEngine', () => {
  const worker = new WorkerEngine();
  afterAll(() => worker.close());

  it('gives the results of the engine on the calling thread, figure for figure, in one reused worker', async () => {
    const cases: [string, CollaborationGraph, GraphologyEngineOptions][] = [
      ['karate (NetworkX reference)', fixture('karate.json'), {}],
      ['Les Misérables (bridges, articulation points)', fixture('lesmis.json'), {}],
      ['disconnected, isolated and non-ASCII participants', toy, {}],
      ['empty', collaboration([], []), {}],
      [
        'sampled betweenness',
        syntheticGraph(3_000, 2_400),
        { exactBetweennessMaxNodes: 500, betweennessSampleSize: 200 },
      ],
    ];
    const threads = new Set<number | undefined>();
    for (const [name, graph, options] of cases) {
      const engine = Object.keys(options).length ? new WorkerEngine(options) : worker;
      const inThread = await new GraphologyEngine(options).compute(graph);
      const inWorker = await engine.compute(graph);
      expect({ name, ...figures(inWorker) }).toStrictEqual({ name, ...figures(inThread) });
      if (engine === worker) threads.add(worker.threadId);
      else await engine.close();
    }
    expect(threads.size).toBe(1);
    expect([...threads][0]).toEqual(expect.any(Number));
  });

  it('rethrows an engine error as the same error, and the same worker computes the next graph', async () => {
    const thread = (await worker.compute(toy), worker.threadId);
    const ab = { source: 'a', target: 'b', weight: 1 };
    const bad = [
      collaboration(['a', 'b'], [ab, ab]),
      collaboration(['a'], [ab]),
      collaboration(['a', 'b'], [{ ...ab, weight: 0 }]),
    ];
    for (const graph of bad) {
      const expected = await rejection(new GraphologyEngine().compute(graph));
      const error = await rejection(worker.compute(graph));
      expect(error.constructor).toBe(expected.constructor);
      expect(error.message).toBe(expected.message);
      expect(error.stack).toContain('analytics worker thread');
    }
    expect(() => new WorkerEngine({ betweennessSampleSize: 0 })).toThrow(RangeError);
    expect(figures(await worker.compute(toy))).toStrictEqual(figures(await new GraphologyEngine().compute(toy)));
    expect(worker.threadId).toBe(thread);
  });

  it('fails the computation of a worker that dies with a typed error, reports it, and starts a new worker next', async () => {
    const reported: Error[] = [];
    // Too little memory for this graph: the worker runs out of heap (a real crash, not a thrown error).
    const starved = new WorkerEngine({
      resourceLimits: { maxOldGenerationSizeMb: 24, maxYoungGenerationSizeMb: 4 },
      onCrash: (error) => reported.push(error),
    });
    try {
      const error = await rejection(starved.compute(syntheticGraph(60_000, 45_000)));
      expect(error).toBeInstanceOf(AnalyticsWorkerCrashError);
      expect(error).toBeInstanceOf(InternalError);
      expect(error.message).toMatch(/analytics worker thread died \(.*memory.*\).*next one starts a new worker/);
      expect(reported).toEqual([error]);
      expect(starved.threadId).toBeUndefined();

      const next = await starved.compute(toy);
      expect(figures(next)).toStrictEqual(figures(await new GraphologyEngine().compute(toy)));
      expect(starved.threadId).toEqual(expect.any(Number));
      expect(reported).toHaveLength(1);
    } finally {
      await starved.close();
    }
  });
});

describe('the app and its analytics worker', () => {
  let app: App | undefined;
  afterEach(() => app?.stop());

  it('computes in the worker by default and terminates it when the app stops', async () => {
    app = await startTestApp({ ANALYTICS_ENGINE: 'graphology' });
    const engine = app.services.engine;
    expect(engine).toBeInstanceOf(WorkerEngine);
    // The app's engine itself (a KPI read may be answered by a persisted snapshot without computing).
    await engine.compute(toy);
    expect((engine as WorkerEngine).threadId).toEqual(expect.any(Number));
    await app.stop();
    expect((engine as WorkerEngine).threadId).toBeUndefined();
    expect(await rejection(engine.compute(toy))).toBeInstanceOf(ServiceUnavailableError);
  });

  it('computes on its own thread with ANALYTICS_WORKER=false', async () => {
    app = await startTestApp({ ANALYTICS_ENGINE: 'graphology', ANALYTICS_WORKER: 'false' });
    expect(app.services.engine).toBeInstanceOf(GraphologyEngine);
  });
});

describe('API latency during a full computation', () => {
  let app: App;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  /** Requests to the app, one after another, while `engine` computes `graph`: their latencies. */
  async function requestsDuring(engine: AnalyticsEngine, graph: CollaborationGraph) {
    const url = `http://127.0.0.1:${app.port}/healthz`;
    const latencies: number[] = [];
    let done = false;
    const computing = engine.compute(graph).finally(() => (done = true));
    while (!done) {
      const start = performance.now();
      const response = await fetch(url);
      await response.text();
      if (!done) latencies.push(performance.now() - start);
    }
    await computing;
    return { p50: percentile(latencies, 50), requests: latencies.length };
  }

  /** The event loop's delay (p99, ms) while `engine` computes `graph` and nothing else runs. */
  async function loopDelayDuring(engine: AnalyticsEngine, graph: CollaborationGraph): Promise<number> {
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    await engine.compute(graph);
    delay.disable();
    return delay.percentile(99) / 1e6;
  }

  it('answers requests faster with the engine in the worker than with it on the API thread', async () => {
    // Large enough to take seconds on this machine: hundreds of requests in each mode.
    const graph = syntheticGraph(10_000, 7_300);
    const worker = new WorkerEngine();
    const inThread = new GraphologyEngine();
    try {
      await worker.compute(collaboration([], [])); // the worker's start is not what is measured
      const threadRequests = await requestsDuring(inThread, graph);
      const workerRequests = await requestsDuring(worker, graph);
      expect(threadRequests.requests).toBeGreaterThan(5);
      expect(workerRequests.requests).toBeGreaterThan(5);
      // On the API thread a request waits for the engine's slice (25 ms) at every turn of the loop.
      expect(workerRequests.p50 * 3).toBeLessThan(threadRequests.p50);
      // Without requests (which keep the loop busy in both modes): the engine's slices, or nearly nothing.
      expect(await loopDelayDuring(worker, graph)).toBeLessThan(await loopDelayDuring(inThread, graph));
    } finally {
      await worker.close();
    }
  });
});
