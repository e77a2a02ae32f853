/**
 * `auto` picks the engine by the graph's size (issue 15, item 2; the threshold is the
 * measured crossover, docs/kpis.md "Which engine"): on a real Neo4j with GDS, a graph below
 * the threshold is computed in process and one at or above it (while the in-process engine
 * would run every source) by GDS, told apart by each result's engine and provenance; a persisted snapshot is given back after a restart only
 * when it is from the engine `auto` selects for that graph.
 */
import type { App } from '../../src/app';
import { Gateway } from '../../src/db/gateway';
import type { CollaborationGraph } from '../../src/kpi/collaboration-graph';
import { loadCollaborationGraph } from '../../src/kpi/collaboration-graph';
import { AUTO_GDS_FROM_PARTICIPANTS, EXACT_BETWEENNESS_MAX_NODES } from '../../src/kpi/definitions';
import { GraphologyEngine } from '../../src/kpi/graphology-engine';
import { KpiSnapshotStore } from '../../src/kpi/kpi-snapshot-store';
import { AutoEngine, engineFor, selectEngine } from '../../src/kpi/select-engine';
import { deleteData } from '../../src/seed/database';
import { emptyDatabase } from '../support/graph';
import { startTestApp } from '../support/test-app';

let app: App;
let gateway: Gateway;
beforeAll(async () => {
  app = await startTestApp();
  gateway = new Gateway(app.driver, { database: 'neo4j', queryTimeoutMs: 600_000 });
});
afterAll(async () => {
  await emptyDatabase(app.driver);
  await app.stop();
}, 300_000);

/** A path of `n` participants through `n − 1` two-party partnerships. */
async function path(n: number): Promise<CollaborationGraph> {
  await deleteData(gateway);
  const ids = Array.from({ length: n }, (_, i) => `p-${String(i).padStart(3, '0')}`);
  await gateway.writeRows({
    cypher: `UNWIND $ids AS id
CREATE (:Participant {id: id, externalId: id, name: id, kind: 'COMPANY', sector: 'AI', region: 'Europe',
  tier: 'STANDARD', status: 'ACTIVE', joinedAt: datetime(), createdAt: datetime(), updatedAt: datetime()})`,
    params: { ids },
  });
  await gateway.writeRows({
    cypher: `UNWIND range(0, size($ids) - 2) AS i
CREATE (s:Partnership {id: 'deal-' + i, name: 'deal-' + i, type: 'RESEARCH', subtype: 'ACADEMIC', stage: 'ACTIVE',
  strategicAlignment: 0.5, startedAt: datetime(), createdAt: datetime(), updatedAt: datetime()})
WITH s, i
MATCH (a:Participant {id: $ids[i]}), (b:Participant {id: $ids[i + 1]})
CREATE (a)-[:PARTY_TO {role: 'LEAD'}]->(s), (b)-[:PARTY_TO {role: 'PARTNER'}]->(s)`,
    params: { ids },
  });
  return loadCollaborationGraph(gateway);
}

describe('ANALYTICS_ENGINE=auto', () => {
  it('computes below the threshold in process and from it on with GDS', async () => {
    const engine = await selectEngine('auto', gateway, { gdsFromParticipants: 6 });
    expect(engine.name).toBe('auto');

    const small = await path(5);
    expect(engineFor(engine, small.nodes.length)).toBe('graphology');
    const inProcess = await engine.compute(small);
    expect(inProcess.engine).toBe('graphology');
    expect(inProcess.provenance.structure).toBe('in-process');

    const large = await path(6);
    expect(engineFor(engine, large.nodes.length)).toBe('gds');
    const inDatabase = await engine.compute(large);
    expect(inDatabase.engine).toBe('gds');
    expect(inDatabase.provenance.structure).toBe('gds');
    // The same KPIs either way: a path's degrees and density.
    expect(inDatabase.network.density).toBeCloseTo((2 * 5) / (6 * 5), 12);
    expect(inProcess.network.density).toBeCloseTo((2 * 4) / (5 * 4), 12);
  }, 120_000);

  it('uses the measured crossover unless configured, and never GDS once the in-process engine samples', async () => {
    const measured = await selectEngine('auto', gateway);
    expect(engineFor(measured, AUTO_GDS_FROM_PARTICIPANTS - 1)).toBe('graphology');
    expect(engineFor(measured, AUTO_GDS_FROM_PARTICIPANTS)).toBe(
      AUTO_GDS_FROM_PARTICIPANTS <= EXACT_BETWEENNESS_MAX_NODES ? 'gds' : 'graphology',
    );
    const configured = await selectEngine('auto', gateway, { gdsFromParticipants: 1_000 });
    expect(
      [999, 1_000, EXACT_BETWEENNESS_MAX_NODES, EXACT_BETWEENNESS_MAX_NODES + 1, 1_000_000].map((n) =>
        engineFor(configured, n),
      ),
    ).toEqual(['graphology', 'gds', 'gds', 'graphology', 'graphology']);
  });

  it('stays in process at every size when the server has no GDS', () => {
    const engine = new AutoEngine(new GraphologyEngine(), null, 1);
    expect([1, 1_000, 10_000_000].map((n) => engine.choose(n))).toEqual(['graphology', 'graphology', 'graphology']);
  });

  it('refuses a threshold that is not a positive integer', async () => {
    await expect(selectEngine('auto', gateway, { gdsFromParticipants: 0 })).rejects.toThrow(/positive integer/);
  });

  it('gives back a persisted snapshot only when it is from the engine auto selects for its graph', async () => {
    const graph = await path(5);
    const analytics = await (await selectEngine('graphology', gateway)).compute(graph);
    // Newer than anything the test app's own computations store meanwhile (they are not replaced by older ones).
    const snapshot = { graph, analytics, version: 2 ** 40, computedAt: new Date(0), revision: 0 };
    const inProcessUpTo5 = await selectEngine('auto', gateway, { gdsFromParticipants: 6 });
    const gdsFrom5 = await selectEngine('auto', gateway, { gdsFromParticipants: 5 });
    await new KpiSnapshotStore(gateway, (n) => engineFor(inProcessUpTo5, n)).save(snapshot);

    const restored = await new KpiSnapshotStore(gateway, (n) => engineFor(inProcessUpTo5, n)).load();
    expect(restored.sameEngine).toBe(true);
    expect(restored.snapshot?.analytics.engine).toBe('graphology');
    const refused = await new KpiSnapshotStore(gateway, (n) => engineFor(gdsFrom5, n)).load();
    expect(refused).toMatchObject({ snapshot: undefined, sameEngine: false, summary: { engine: 'graphology' } });
  }, 60_000);
});
