/** The drawable graph's statement (snapshot) and its encoding into parallel arrays. */
import type { GraphAnalytics, NodeCentralities } from '../../src/kpi/engine';
import { encodeDrawing, rounded, toDetails } from '../../src/modules/drawing/drawing.encode';
import { drawingDetails } from '../../src/modules/drawing/drawing.queries';

describe('drawing statement', () => {
  it('drawingDetails', () => {
    expect(drawingDetails()).toMatchSnapshot();
  });
});

const metrics = (weightedDegree: number, community: number): NodeCentralities => ({
  degree: weightedDegree,
  weightedDegree,
  pageRank: 0.123456789,
  betweenness: 0,
  closeness: 1 / 3,
  eigenvector: 0.5,
  community,
});

// Components {a, b, c} and {d, e}, plus the isolate f.
const snapshot = {
  graph: {
    nodes: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({
      id,
      kind: id < 'd' ? 'COMPANY' : 'STARTUP',
      sector: 'AI',
      region: id === 'a' ? 'Europe' : 'Asia',
    })),
    edges: [
      { source: 'a', target: 'b', weight: 2 },
      { source: 'b', target: 'c', weight: 1 },
      { source: 'd', target: 'e', weight: 1 },
    ],
  },
  analytics: {
    nodes: new Map([
      ['a', metrics(2, 0)],
      ['b', metrics(3, 0)],
      ['c', metrics(1, 0)],
      ['d', metrics(1, 1)],
      ['e', metrics(1, 1)],
      ['f', metrics(0, 2)],
    ]),
  } as unknown as GraphAnalytics,
};
const details = toDetails(
  ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => [id, `Name ${id}`, id === 'f' ? 'PROSPECT' : 'ACTIVE']),
  [
    ['b', 'a', 'BUSINESS', 'MANAGEMENT'],
    ['a', 'b', 'RESEARCH', 'RENEWAL'],
    ['b', 'c', 'BUSINESS', 'MANAGEMENT'],
    ['d', 'e', 'TECHNOLOGY', 'EVALUATION'],
  ],
);
const gid = (id: string) => `P:${id}`;

describe('encodeDrawing', () => {
  it('orders by component size, then weighted degree, and indexes edges and dictionaries', () => {
    const drawing = encodeDrawing(snapshot, details, { first: 10, significantDigits: 3, identities: true }, gid);
    expect(drawing.nodes.id).toEqual(['P:b', 'P:a', 'P:c', 'P:d', 'P:e', 'P:f']);
    expect(drawing.nodes.component).toEqual([0, 0, 0, 1, 1, 2]);
    expect(drawing.nodes.label).toEqual(['Name b', 'Name a', 'Name c', 'Name d', 'Name e', 'Name f']);
    expect(drawing.kinds).toEqual(['COMPANY', 'STARTUP']);
    expect(drawing.nodes.kind).toEqual([0, 0, 0, 1, 1, 1]);
    expect(drawing.regions[drawing.nodes.region[1]!]).toBe('Europe');
    expect(drawing.statuses[drawing.nodes.status[5]!]).toBe('PROSPECT');
    expect(drawing.edges).toEqual({
      source: [0, 0, 3],
      target: [1, 2, 4],
      weight: [2, 1, 1],
      partnerships: [[0, 1], [0], [2]],
    });
    expect(drawing.partnershipClasses).toEqual([
      { type: 'BUSINESS', stage: 'MANAGEMENT' },
      { type: 'RESEARCH', stage: 'RENEWAL' },
      { type: 'TECHNOLOGY', stage: 'EVALUATION' },
    ]);
    expect(drawing.nodes.pageRank[0]).toBe(0.123);
    expect(drawing.nodes.closeness[0]).toBe(0.333);
    expect(drawing.truncated).toBe(false);
  });

  it('cuts at first and keeps only edges inside; without identities ids and labels are null', () => {
    const drawing = encodeDrawing(snapshot, details, { first: 2, significantDigits: 17, identities: false }, gid);
    expect(drawing.nodes.id).toBeNull();
    expect(drawing.nodes.label).toBeNull();
    expect(drawing.nodes.degree).toEqual([3, 2]);
    expect(drawing.edges.source).toEqual([0]);
    expect(drawing.truncated).toBe(true);
    expect(drawing.totalNodes).toBe(6);
    expect(drawing.totalEdges).toBe(3);
    expect(drawing.nodes.pageRank[0]).toBe(0.123456789);
  });

  it('rounded keeps every double with 17 digits', () => {
    for (const value of [Math.PI, 1 / 3, 1e-300, 0.1 + 0.2]) expect(rounded(value, 17)).toBe(value);
    expect(rounded(0, 3)).toBe(0);
    expect(rounded(123456, 2)).toBe(120000);
  });
});
