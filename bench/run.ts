/** `npm run bench`: runs every benchmark and prints Markdown tables (README's benchmark section). */
import { aggregationsBench } from './aggregations.bench';
import { analyticsWorkerBench } from './analytics-worker.bench';
import { centralityScaleBench } from './centrality-scale.bench';
import { engineCrossoverBench } from './engine-crossover.bench';
import { explorationBench } from './exploration.bench';
import { filtersBench } from './filters.bench';
import { importBench } from './import.bench';
import { kpiIncrementalBench } from './kpi-incremental.bench';
import { kpiPeersBench } from './kpi-peers.bench';
import { kpisBench } from './kpis.bench';
import { subscriptionsBench } from './subscriptions.bench';
import { loadBench } from './load.bench';
import { peersBench } from './peers.bench';
import { seedBench } from './seed.bench';
import { webBench } from './web.bench';
import { webFloorBench } from './web-floor.bench';

async function main(): Promise<void> {
  const only = process.argv[2];
  const benches: Record<string, () => Promise<string>> = {
    exploration: explorationBench,
    aggregations: aggregationsBench,
    filters: filtersBench,
    // `kpis --peers`: the same KPI set against python-igraph and NetworkX (kpi-peers.bench.ts).
    kpis: () => (process.argv.includes('--peers') ? kpiPeersBench() : kpisBench()),
    'kpi-incremental': () => kpiIncrementalBench(),
    'centrality-scale': () => centralityScaleBench(),
    'engine-crossover': () => engineCrossoverBench(),
    'analytics-worker': () => analyticsWorkerBench(),
    subscriptions: subscriptionsBench,
    load: loadBench,
    peers: peersBench,
    seed: () => seedBench(),
    import: () => importBench(),
    web: webBench,
    'web-floor': webFloorBench,
  };
  for (const [name, bench] of Object.entries(benches)) {
    if (only && only !== name) continue;
    console.error(`running ${name}...`);
    console.log(`${await bench()}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
