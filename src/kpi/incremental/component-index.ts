/**
 * Connected components of the collaboration graph kept up to date from its changes: a
 * union-find over participant indices. Additions (new participants, new ties) are applied in
 * place, in near-constant time each; a removal (an exit, an ended tie) can split a component,
 * which union-find cannot undo, so the index is rebuilt from the new graph (linear, in memory).
 */
import type { CollaborationGraph } from '../collaboration-graph';

/** Key of an unordered pair (edges always have source < target). */
export const edgeKey = (source: string, target: string): string => `${source}\u0000${target}`;

export class ComponentIndex {
  private indexOf = new Map<string, number>();
  private parent = new Int32Array(16);
  private size = new Int32Array(16);
  private count = 0;
  private edges = new Set<string>();
  /** Number of components. */
  components = 0;
  /** Participants in the largest component. */
  largestSize = 0;
  /** How the last update was applied (for the provenance and the benchmark). */
  lastUpdate: 'built' | 'additions' | 'rebuilt' = 'built';

  constructor(graph: CollaborationGraph) {
    this.addAll(graph);
  }

  get nodeCount(): number {
    return this.count;
  }

  /**
   * Moves the index to `next`: in place when `next` only adds participants and ties to the
   * graph the index holds, rebuilt otherwise. Returns this.
   */
  update(next: CollaborationGraph): this {
    const nextIds = new Set<string>();
    for (const node of next.nodes) nextIds.add(node.id);
    let removal = nextIds.size < this.count;
    if (!removal) for (const id of this.indexOf.keys()) if (!nextIds.has(id)) removal = true;
    const nextEdges = new Set<string>();
    for (const edge of next.edges) nextEdges.add(edgeKey(edge.source, edge.target));
    if (!removal) for (const key of this.edges) if (!nextEdges.has(key)) removal = true;
    if (removal) {
      this.reset();
      this.addAll(next);
      this.lastUpdate = 'rebuilt';
      return this;
    }
    for (const node of next.nodes) if (!this.indexOf.has(node.id)) this.addNode(node.id);
    for (const edge of next.edges) {
      const key = edgeKey(edge.source, edge.target);
      if (this.edges.has(key)) continue;
      this.edges.add(key);
      this.union(this.indexOf.get(edge.source) as number, this.indexOf.get(edge.target) as number);
    }
    this.lastUpdate = 'additions';
    return this;
  }

  private reset(): void {
    this.indexOf = new Map();
    this.edges = new Set();
    this.count = 0;
    this.components = 0;
    this.largestSize = 0;
  }

  private addAll(graph: CollaborationGraph): void {
    for (const node of graph.nodes) this.addNode(node.id);
    for (const edge of graph.edges) {
      this.edges.add(edgeKey(edge.source, edge.target));
      this.union(this.indexOf.get(edge.source) as number, this.indexOf.get(edge.target) as number);
    }
  }

  private addNode(id: string): void {
    if (this.count === this.parent.length) {
      const parent = new Int32Array(this.parent.length * 2);
      parent.set(this.parent);
      const size = new Int32Array(this.size.length * 2);
      size.set(this.size);
      this.parent = parent;
      this.size = size;
    }
    const i = this.count++;
    this.indexOf.set(id, i);
    this.parent[i] = i;
    this.size[i] = 1;
    this.components += 1;
    this.largestSize = Math.max(this.largestSize, 1);
  }

  private find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root];
    // Path compression: later finds on this path are one step.
    while (this.parent[i] !== root) {
      const next = this.parent[i];
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  private union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (this.size[ra] < this.size[rb]) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] += this.size[rb];
    this.components -= 1;
    // With additions only, components only grow: the largest is the largest merge so far.
    this.largestSize = Math.max(this.largestSize, this.size[ra]);
  }
}
