/**
 * Communities as good as the best (issue 15, item 4), in process: on the held-out graphs and
 * the small demo seed, the graphology engine's partition is at least as modular as NetworkX's
 * median over 50 seeds (test/fixtures/louvain.json, scripts/reference/louvain.py), reports
 * its own modularity, and is the same whatever order the graph is given in. The GDS engine
 * and the two engines' agreement: test/integration/community-quality.test.ts.
 */
import { Random } from '../../src/core/random';
import type { CollaborationGraph } from '../../src/kpi/collaboration-graph';
import { communityRuns, COMMUNITY_RUNS } from '../../src/kpi/definitions';
import { GraphologyEngine } from '../../src/kpi/graphology-engine';
import { louvainCommunities } from '../../src/kpi/graphology/communities';
import { buildGraph } from '../../src/kpi/graphology/graph';
import { generateBatches } from '../../src/seed/batches';
import { sizeProfile } from '../../src/seed/profiles';
import { parseAnchor } from '../../src/seed/time';
import { collaborationGraph, collectRows } from '../../scripts/seed-kpis';
import {
  fingerprint,
  HELD_OUT,
  heldOutGraph,
  louvainReferences,
  modularityOf,
  SAME_PARTITION_SLACK,
} from '../support/louvain-reference';

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = Random.seeded(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random.float() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function smallSeed(): CollaborationGraph {
  const anchor = parseAnchor(louvainReferences.anchor)!;
  const { rows } = collectRows(generateBatches({ seed: 5, profile: sizeProfile('small'), anchor }, 5_000));
  return collaborationGraph(rows);
}

const graphs: [string, () => CollaborationGraph][] = [
  ...HELD_OUT.map((name) => [name, () => heldOutGraph(name)] as [string, () => CollaborationGraph]),
  ['seed-small-5', smallSeed],
];

describe.each(graphs)('communities of %s (graphology engine)', (name, make) => {
  const reference = louvainReferences.graphs[name];
  const graph = make();

  it('is the graph NetworkX measured', () => {
    expect(fingerprint(graph)).toBe(reference.fingerprint);
  });

  it('is at least as modular as NetworkX median run, and reports the modularity of its partition', async () => {
    const result = await new GraphologyEngine().compute(graph);
    expect(result.provenance.communities).toBe('in-process');
    const recomputed = modularityOf(graph, (id) => result.nodes.get(id)!.community);
    expect(Math.abs(result.network.modularity - recomputed)).toBeLessThanOrEqual(1e-12);
    expect(result.network.modularity).toBeGreaterThanOrEqual(reference.median - SAME_PARTITION_SLACK);
    expect(result.network.modularity).toBeLessThanOrEqual(reference.best + 0.02);
    process.stderr.write(
      `[community-quality] ${name}: graphology ${result.network.modularity.toFixed(5)} ` +
        `(${communityRuns(graph.edges.length)} runs), NetworkX median ${reference.median.toFixed(5)}, ` +
        `best ${reference.best.toFixed(5)}\n`,
    );
  });

  it('finds the same partition whatever order the participants and ties come in', async () => {
    const first = await new GraphologyEngine().compute(graph);
    const again = await new GraphologyEngine().compute({
      nodes: shuffled(graph.nodes, 1),
      edges: shuffled(graph.edges, 2),
    });
    expect(again.network.modularity).toBe(first.network.modularity);
    for (const [id, values] of first.nodes) expect(again.nodes.get(id)!.community).toBe(values.community);
  });
});

describe('community restarts', () => {
  it('makes every run up to the tie budget, fewer above, never none', () => {
    expect(communityRuns(0)).toBe(COMMUNITY_RUNS.maxRuns);
    expect(communityRuns(8_000)).toBe(COMMUNITY_RUNS.maxRuns);
    expect(communityRuns(15_317)).toBe(4);
    expect(communityRuns(64_000)).toBe(1);
    expect(communityRuns(10_000_000)).toBe(1);
  });

  it('keeps the most modular of its runs: never worse than the first alone', () => {
    const graph = heldOutGraph('lfr');
    const single = louvainCommunities(buildGraph(graph), 42, 1);
    const best = louvainCommunities(buildGraph(graph), 42, 8);
    const each = [...Array(8).keys()].map((run) => louvainCommunities(buildGraph(graph), 42 + run, 1).modularity);
    expect(best.modularity).toBe(Math.max(...each));
    expect(best.modularity).toBeGreaterThan(single.modularity);
  });

  it('refuses a run count that is not a positive integer', () => {
    const graph = buildGraph(heldOutGraph('karate'));
    expect(() => louvainCommunities(graph, 42, 0)).toThrow(RangeError);
    expect(() => louvainCommunities(graph, 42, 1.5)).toThrow(/positive integer/);
  });
});
