/**
 * Incremental KPIs after one write (issue 15, item 1), on the medium seed (and the large one
 * with --large), in one run:
 * - through the API: a new tie, then milliseconds from the mutation's answer to the
 *   `kpisUpdated` with the incremental figures, and to the one with the full recomputation;
 * - in process, for the same kind of write, the two ways to bring C to the new version: the
 *   delta read of what the write touched (what the API does) against reading C whole (the
 *   previous design, still the fallback), each followed by the same figures in memory.
 */
import { Gateway } from '../src/db/gateway';
import { loadCollaborationGraph } from '../src/kpi/collaboration-graph';
import { GraphologyEngine } from '../src/kpi/graphology-engine';
import { loadCollaborationDelta } from '../src/kpi/incremental/collaboration-delta.queries';
import { IncrementalFigures } from '../src/kpi/incremental/exact-figures';
import { deleteData } from '../src/seed/database';
import type { SeedSize } from '../src/seed/profiles';
import { seedDemoEcosystem } from '../src/seed/seed';
import { PartnershipCreateDocument } from '../test/generated/operations';
import { mutateOk } from '../test/support/graphql-client';
import {
  activeParticipants,
  BENCH_DEBOUNCE_MS,
  CLEAN_UP_TIMEOUT_MS,
  newTieLatency,
  timed,
  waitForFresh,
} from './kpis.bench';
import { percentile, startBenchEnvironment, table } from './support';

/** New ties measured per seed (each waits for the full recomputation of the one before). */
const TIES = 5;

export async function kpiIncrementalBench(
  sizes: SeedSize[] = process.argv.includes('--large') ? ['medium', 'large'] : ['medium'],
): Promise<string> {
  const env = await startBenchEnvironment({ KPI_DEBOUNCE_MS: String(BENCH_DEBOUNCE_MS) });
  const api: (string | number)[][] = [];
  const reads: (string | number)[][] = [];
  try {
    for (const size of sizes) {
      await deleteData(new Gateway(env.app.driver, { database: 'neo4j', queryTimeoutMs: CLEAN_UP_TIMEOUT_MS }));
      await seedDemoEcosystem(env.app.gateway, { size, seed: 21, anchor: '2026-06-30' });
      // A fresh API on the seeded graph (its driver serves this bench's own reads too).
      await env.restartApp();
      const analytics = new Gateway(env.app.driver, { database: 'neo4j', queryTimeoutMs: 3_600_000 });
      const url = env.app.url;
      await waitForFresh(url);
      const people = await activeParticipants(url, 2 * TIES + 2);

      // Through the API: commit → kpisUpdated, incremental and full.
      const incremental: number[] = [];
      const full: number[] = [];
      for (let i = 0; i < TIES; i++) {
        const tie = await newTieLatency(url, [people[2 * i], people[2 * i + 1]]);
        incremental.push(tie.incrementalMs);
        full.push(tie.fullMs);
      }
      const graph = await loadCollaborationGraph(analytics);
      api.push([
        `${size} (${graph.nodes.length.toLocaleString('en-US')} participants, ${graph.edges.length.toLocaleString('en-US')} ties)`,
        percentile(incremental, 50),
        Math.max(...incremental),
        percentile(full, 50),
        percentile(incremental, 50) / percentile(full, 50),
      ]);

      // In process: the same write, C brought forward by its delta or read whole, alternating.
      const delta: number[] = [];
      const whole: number[] = [];
      const figuresMs: number[] = [];
      // The scores both ways warm-start from (as the API does from its last computation).
      const previous = (await new GraphologyEngine().compute(graph)).nodes;
      for (let i = 0; i < TIES; i++) {
        const held = new IncrementalFigures();
        const version = await analytics.graphVersion();
        held.startFrom(await loadCollaborationGraph(analytics), version);
        await mutateOk(url, PartnershipCreateDocument, {
          input: {
            name: `Bench tie ${size} ${i}`,
            type: 'RESEARCH',
            subtype: 'ACADEMIC',
            parties: [
              { participantId: people[2 * TIES], role: 'LEAD' },
              { participantId: people[2 * TIES + 1], role: 'PARTNER' },
            ],
          },
        });
        const [byDelta, deltaMs] = await timed(async () => {
          const change = await loadCollaborationDelta(analytics, version);
          if (change.kind !== 'delta') throw new Error(`expected a delta, the read said ${change.reason}`);
          return held.advance(change, previous);
        });
        const [, wholeMs] = await timed(async () => {
          const fresh = new IncrementalFigures();
          fresh.startFrom(await loadCollaborationGraph(analytics), await analytics.graphVersion());
          return fresh.current(previous);
        });
        delta.push(deltaMs);
        whole.push(wholeMs);
        figuresMs.push(byDelta.computeMs);
      }
      reads.push([
        size,
        percentile(delta, 50),
        percentile(figuresMs, 50),
        percentile(whole, 50),
        percentile(delta, 50) / percentile(whole, 50),
      ]);
    }
  } finally {
    await env.close();
  }
  return [
    `### Incremental KPIs after one new tie (\`npm run bench -- kpi-incremental\`; ${TIES} ties per seed, p50)`,
    '',
    table(
      ['seed', 'commit → incremental kpisUpdated ms', 'max ms', 'commit → full kpisUpdated ms', 'incremental / full'],
      api,
    ),
    '',
    'In process, the same write: C brought forward by the delta of what it touched vs read whole (the earlier design), each then the same figures in memory:',
    '',
    table(
      ['seed', 'delta read + figures ms', 'of which figures ms', 'whole read + figures ms', 'delta / whole'],
      reads,
    ),
  ].join('\n');
}
