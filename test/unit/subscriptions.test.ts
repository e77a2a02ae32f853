/** Pure parts of the live subscriptions: KPI diffs, the shared-execution queue policy, rate limits. */
import { buildSchema, parse, type ExecutionResult } from 'graphql';
import type { GraphAnalytics, NodeCentralities } from '../../src/kpi/engine';
import { inProcessProvenance } from '../../src/kpi/graphology-engine';
import { hasChanges, networkChanges, participantDiff, rankOf } from '../../src/events/kpi-diff';
import { EventQueue } from '../../src/core/event-queue';
import { SubscriptionMultiplexer } from '../../src/server/live/multiplexer';
import { RateWindow } from '../../src/server/live/rate-window';

function analytics(nodes: Record<string, Partial<NodeCentralities>>, edgeCount = 1): GraphAnalytics {
  const full = Object.entries(nodes).map(([id, values]): [string, NodeCentralities] => [
    id,
    {
      degree: 0,
      weightedDegree: 0,
      pageRank: 0,
      betweenness: 0,
      closeness: 0,
      eigenvector: 0,
      community: 0,
      ...values,
    },
  ]);
  return {
    engine: 'graphology',
    provenance: inProcessProvenance(true),
    network: {
      nodeCount: full.length,
      edgeCount,
      density: 0.5,
      averageDegree: 1,
      transitivity: 0,
      averageClustering: 0,
      components: 1,
      largestComponentShare: 1,
      modularity: 0,
      articulationPoints: [],
      bridges: [],
      resilience: 1,
    },
    nodes: new Map(full),
    betweenness: { sampled: false, sampleSize: full.length, errorBound: 0 },
    elapsedMs: 1,
  };
}

describe('KPI diffs', () => {
  it('reports only network figures that changed, all of them without an earlier computation', () => {
    const before = analytics({ a: {}, b: {} }, 1);
    const after = analytics({ a: {}, b: {}, c: {} }, 2);
    expect(networkChanges(before.network, after.network)).toEqual([
      { metric: 'nodeCount', before: 2, after: 3 },
      { metric: 'edgeCount', before: 1, after: 2 },
    ]);
    expect(networkChanges(undefined, after.network)).toHaveLength(12);
  });

  it('ranks ties by id and reports rank moves at or above the threshold', () => {
    const before = analytics({ a: { degree: 3 }, b: { degree: 2 }, c: { degree: 2 } });
    const after = analytics({ a: { degree: 1 }, b: { degree: 2 }, c: { degree: 2 } });
    expect([...rankOf(before, 'degree')]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    const diff = participantDiff(before, after, 'a', 2)!;
    expect(diff.changes).toEqual([{ metric: 'degree', before: 3, after: 1 }]);
    expect(diff.rankChanges).toEqual([{ metric: 'degree', before: 1, after: 3 }]);
    expect(participantDiff(before, after, 'b', 2)!.rankChanges).toEqual([]);
    expect(participantDiff(before, after, 'gone', 1)).toBeUndefined();
  });

  it('judges a community move by membership overlap, not by community ids', () => {
    const before = analytics({ a: { community: 1 }, b: { community: 1 }, c: { community: 2 }, d: { community: 2 } });
    const renumbered = analytics({
      a: { community: 7 },
      b: { community: 7 },
      c: { community: 8 },
      d: { community: 8 },
    });
    expect(participantDiff(before, renumbered, 'a', 1)!.communityMove).toBeNull();
    const moved = analytics({ a: { community: 8 }, b: { community: 7 }, c: { community: 8 }, d: { community: 8 } });
    expect(participantDiff(before, moved, 'a', 1)!.communityMove).toEqual({ before: 1, after: 8, overlap: 0.25 });
    expect(hasChanges(participantDiff(before, renumbered, 'c', 1)!)).toBe(false);
  });
});

describe('shared execution', () => {
  const schema = buildSchema('type Query { ok: Boolean } type Subscription { tick: Int }');
  async function* ticks(count: number) {
    for (let i = 1; i <= count; i += 1) {
      await new Promise((resolve) => setImmediate(resolve));
      yield { tick: i };
    }
  }

  it('executes once per event for all equal subscribers and disconnects only the one that falls behind', async () => {
    const multiplexer = new SubscriptionMultiplexer(2, () => undefined);
    const args = { schema, document: parse('subscription { tick }'), rootValue: { tick: () => ticks(5) } };
    const overflowed: string[] = [];
    const handle = (name: string) => ({ onOverflow: () => overflowed.push(name) });
    const fast = (await multiplexer.subscribe(args, {
      scope: 'VIEWER',
      shareable: true,
      handle: handle('fast'),
    })) as AsyncIterableIterator<ExecutionResult>;
    await multiplexer.subscribe(args, { scope: 'VIEWER', shareable: true, handle: handle('slow') });
    expect(multiplexer.stats()).toMatchObject({ executions: 1, subscribers: 2 });
    const received: unknown[] = [];
    for await (const result of fast) received.push(result.data?.tick);
    expect(received).toEqual([1, 2, 3, 4, 5]);
    expect(overflowed).toEqual(['slow']);
    expect(multiplexer.stats().executedEvents).toBe(5);
  });

  it('never shares across scopes or for private (current-value-first) subscriptions', async () => {
    const multiplexer = new SubscriptionMultiplexer(10, () => undefined);
    const args = { schema, document: parse('subscription { tick }'), rootValue: { tick: () => ticks(1000) } };
    const handle = { onOverflow: () => undefined };
    const streams = [
      await multiplexer.subscribe(args, { scope: 'VIEWER', shareable: true, handle }),
      await multiplexer.subscribe(args, { scope: 'ADMIN', shareable: true, handle }),
      await multiplexer.subscribe(args, { scope: 'ADMIN', shareable: false, handle }),
    ] as AsyncIterableIterator<ExecutionResult>[];
    expect(multiplexer.stats().executions).toBe(3);
    await Promise.all(streams.map((stream) => stream.return?.()));
    expect(multiplexer.stats().executions).toBe(0);
  });
});

describe('event queue and rate window', () => {
  it('drops the oldest events beyond its capacity and counts them', async () => {
    const queue = new EventQueue<number>(2);
    [1, 2, 3].forEach((n) => queue.push(n));
    expect(queue.dropped).toBe(1);
    expect([(await queue.next()).value, (await queue.next()).value]).toEqual([2, 3]);
    await queue.return();
    expect((await queue.next()).done).toBe(true);
  });

  it('admits at most `limit` events per window', () => {
    const window = new RateWindow(2, 1_000);
    expect([window.admit(0), window.admit(10), window.admit(20), window.admit(1_000), window.admit(1_011)]).toEqual([
      true,
      true,
      false,
      true,
      true,
    ]);
  });
});
