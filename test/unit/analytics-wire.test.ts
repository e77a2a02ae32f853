/** What crosses the analytics worker's thread boundary (src/kpi/worker/wire.ts, protocol.ts). */
import { types } from 'node:util';
import { AnalyticsWorkerCrashError, BadRequestError, InternalError } from '../../src/core/errors';
import type { CollaborationGraph } from '../../src/kpi/collaboration-graph';
import type { GraphAnalytics } from '../../src/kpi/engine';
import { inProcessProvenance } from '../../src/kpi/graphology-engine';
import { fromWireError, toWireError } from '../../src/kpi/worker/protocol';
import {
  decodeAnalytics,
  decodeGraph,
  encodeAnalytics,
  encodeGraph,
  packStrings,
  unpackStrings,
} from '../../src/kpi/worker/wire';

/** A transfer list must hold each buffer once and nothing but typed arrays' buffers. */
function expectTransferable(transfer: ArrayBuffer[]) {
  expect(new Set(transfer).size).toBe(transfer.length);
  // (ArrayBuffer of node's realm, not the test sandbox's.)
  for (const buffer of transfer) expect(types.isArrayBuffer(buffer)).toBe(true);
}

describe('packed strings', () => {
  it('unpack to the strings packed, empty and non-ASCII ones included', async () => {
    const strings = ['a', '', 'participant-0001', 'ü-ä', '参加者', '🙂x', ''];
    expect(await unpackStrings(packStrings(strings))).toEqual(strings);
    expect(await unpackStrings(packStrings([]))).toEqual([]);
  });
});

describe('the collaboration graph on the wire', () => {
  it('decodes to the graph encoded (ids, ties and weights; the engine reads no other node field)', async () => {
    const graph: CollaborationGraph = {
      nodes: ['a', 'b', 'c'].map((id) => ({ id, kind: 'STARTUP', sector: 'AI', region: 'EU' })),
      edges: [
        { source: 'a', target: 'b', weight: 2 },
        { source: 'b', target: 'c', weight: 1 },
      ],
    };
    const { wire, transfer } = encodeGraph(graph);
    expectTransferable(transfer);
    const decoded = await decodeGraph(structuredClone(wire, { transfer }));
    expect(decoded.nodes.map((node) => node.id)).toEqual(['a', 'b', 'c']);
    expect(decoded.edges).toEqual(graph.edges);
  });
});

describe('GraphAnalytics on the wire', () => {
  const analytics: GraphAnalytics = {
    engine: 'graphology',
    provenance: inProcessProvenance(false),
    network: {
      nodeCount: 3,
      edgeCount: 2,
      density: 2 / 3,
      averageDegree: 4 / 3,
      transitivity: 0,
      averageClustering: 0,
      components: 1,
      largestComponentShare: 1,
      modularity: -0.125,
      articulationPoints: [
        { id: 'b', cutOff: 1 },
        { id: 'c', cutOff: null },
      ],
      bridges: [
        { source: 'a', target: 'b', weight: 2, smallerSide: 1 },
        { source: 'b', target: 'c', weight: 1, smallerSide: 1 },
      ],
      resilience: 0.5,
    },
    nodes: new Map([
      [
        'a',
        {
          degree: 1,
          weightedDegree: 2,
          pageRank: 0.1,
          betweenness: 0,
          closeness: 1 / 3,
          eigenvector: 0.5,
          community: 0,
        },
      ],
      [
        'b',
        {
          degree: 2,
          weightedDegree: 3,
          pageRank: 0.7,
          betweenness: 1,
          closeness: 1,
          eigenvector: Math.SQRT1_2,
          community: 0,
        },
      ],
      [
        'c',
        {
          degree: 1,
          weightedDegree: 1,
          pageRank: 0.2,
          betweenness: 0,
          closeness: 2 / 3,
          eigenvector: 0.5,
          community: 1,
        },
      ],
    ]),
    betweenness: { sampled: true, sampleSize: 2, errorBound: 0.96 },
    elapsedMs: 12.5,
  };

  it('decodes to the analytics encoded, every figure bit for bit, a null cut-off kept null', async () => {
    const { wire, transfer } = encodeAnalytics(analytics);
    expectTransferable(transfer);
    const decoded = await decodeAnalytics(structuredClone(wire, { transfer }));
    expect(decoded).toStrictEqual(analytics);
  });

  it('refuses a result that names a participant it has no figures for', () => {
    const broken = { ...analytics, network: { ...analytics.network, articulationPoints: [{ id: 'zz', cutOff: 1 }] } };
    expect(() => encodeAnalytics(broken)).toThrow(/participant zz it has no figures for/);
  });
});

describe('errors across the boundary', () => {
  const across = (error: unknown) => fromWireError(structuredClone(toWireError(error)));

  it('rebuilds built-in errors and the app hierarchy as the same class with the same message', () => {
    for (const error of [new Error('plain'), new RangeError('range'), new TypeError('type')]) {
      const rebuilt = across(error);
      expect(rebuilt.constructor).toBe(error.constructor);
      expect(rebuilt.message).toBe(error.message);
      expect(rebuilt.stack).toContain('rethrown from the analytics worker thread');
    }
    const crash = across(new AnalyticsWorkerCrashError('worker died'));
    expect(crash).toBeInstanceOf(AnalyticsWorkerCrashError);
    expect(crash).toBeInstanceOf(InternalError);
    expect(across(new BadRequestError('bad'))).toBeInstanceOf(BadRequestError);
  });

  it('keeps the name of a class it cannot rebuild, and says what a non-error was', () => {
    class GraphologyUsageError extends Error {
      override name = 'GraphologyUsageError';
    }
    const rebuilt = across(new GraphologyUsageError('no such node'));
    expect(rebuilt).toBeInstanceOf(Error);
    expect(rebuilt.name).toBe('GraphologyUsageError');
    expect(rebuilt.message).toBe('no such node');
    expect(across('a string').message).toBe('non-error thrown: a string');
  });
});
