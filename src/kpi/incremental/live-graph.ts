/**
 * The collaboration graph C kept in memory between full computations and moved forward by
 * deltas (collaboration-delta.queries.ts), with the triangles through every participant kept
 * up to date around the ties that changed: removing or adding the tie u–v changes the count of
 * u, v and each common neighbour by one per common neighbour, nothing else.
 */
import type { CollaborationEdge, CollaborationGraph, CollaborationNode } from '../collaboration-graph';
import { compareIds } from '../graphology/graph';
import { trianglesPerNode } from '../graphology/clustering';
import type { Csr } from '../graphology/csr';
import type { CollaborationDelta } from './collaboration-delta.queries';

/** What one delta changed, for the provenance and the benchmark. */
export interface DeltaSummary {
  touched: number;
  tiesAdded: number;
  tiesRemoved: number;
  tiesReweighted: number;
  participantsAdded: number;
  participantsRemoved: number;
}

export class LiveGraph {
  private readonly nodes = new Map<string, CollaborationNode>();
  private readonly adjacency = new Map<string, Map<string, number>>();
  private readonly triangles = new Map<string, number>();
  private ids: string[] = [];

  private constructor(
    graph: CollaborationGraph,
    /** The graph version C is exact for. */
    public version: number,
  ) {
    for (const node of graph.nodes) {
      this.nodes.set(node.id, node);
      this.adjacency.set(node.id, new Map());
    }
    for (const { source, target, weight } of graph.edges) {
      this.neighbours(source).set(target, weight);
      this.neighbours(target).set(source, weight);
    }
    this.ids = [...this.nodes.keys()].sort(compareIds);
    const csr = this.toCsr();
    const counts = trianglesPerNode(csr);
    csr.ids.forEach((id, i) => this.triangles.set(id, counts[i]));
  }

  /** C as read by a full load (or restored with a snapshot) at `version`. */
  static of(graph: CollaborationGraph, version: number): LiveGraph {
    return new LiveGraph(graph, version);
  }

  get nodeCount(): number {
    return this.nodes.size;
  }

  /**
   * Moves C to the delta's version: every touched participant's ties are replaced by the ones
   * read; participants no longer in C leave with their ties, new ones arrive. Throws when the
   * delta names a tie to a participant C does not hold (the caller then reads C whole).
   */
  apply(delta: Extract<CollaborationDelta, { kind: 'delta' }>): DeltaSummary {
    const summary: DeltaSummary = {
      touched: delta.touched.length,
      tiesAdded: 0,
      tiesRemoved: 0,
      tiesReweighted: 0,
      participantsAdded: 0,
      participantsRemoved: 0,
    };
    const present = new Map(delta.nodes.map((node) => [node.id, node]));
    const touched = new Set(delta.touched);
    for (const edge of delta.edges) {
      for (const end of [edge.source, edge.target]) {
        if (!touched.has(end) && !this.nodes.has(end)) {
          throw new Error(`collaboration delta: tie ${edge.source} – ${edge.target} reaches ${end}, not in C`);
        }
      }
    }
    const wanted = new Map<string, number>();
    for (const edge of delta.edges) wanted.set(pairKey(edge.source, edge.target), edge.weight);

    // Removals first (ties of touched participants not read again), then participants who left.
    for (const id of touched) {
      for (const other of [...(this.adjacency.get(id)?.keys() ?? [])]) {
        const [a, b] = ordered(id, other);
        if (!wanted.has(pairKey(a, b))) {
          this.removeTie(a, b);
          summary.tiesRemoved += 1;
        }
      }
      if (this.nodes.has(id) && !present.has(id)) {
        this.removeParticipant(id);
        summary.participantsRemoved += 1;
      }
    }
    for (const node of delta.nodes) {
      if (!this.nodes.has(node.id)) {
        this.addParticipant(node);
        summary.participantsAdded += 1;
      } else this.nodes.set(node.id, node);
    }
    for (const { source, target, weight } of delta.edges) {
      const current = this.adjacency.get(source)?.get(target);
      if (current === undefined) {
        this.addTie(source, target, weight);
        summary.tiesAdded += 1;
      } else if (current !== weight) {
        this.neighbours(source).set(target, weight);
        this.neighbours(target).set(source, weight);
        summary.tiesReweighted += 1;
      }
    }
    this.version = delta.version;
    return summary;
  }

  /** C as sorted arrays, like loadCollaborationGraph returns it. */
  toGraph(): CollaborationGraph {
    const edges: CollaborationEdge[] = [];
    for (const source of this.ids) {
      const targets = [...this.neighbours(source).keys()].filter((target) => target > source).sort(compareIds);
      for (const target of targets) edges.push({ source, target, weight: this.neighbours(source).get(target)! });
    }
    return { nodes: this.ids.map((id) => this.nodes.get(id)!), edges };
  }

  /** Compressed rows with node indices in id order, as the engine's (graphology/csr.ts). */
  toCsr(): Csr {
    const n = this.ids.length;
    const indexOf = new Map<string, number>();
    this.ids.forEach((id, i) => indexOf.set(id, i));
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + this.neighbours(this.ids[i]).size;
    const neighbours = new Int32Array(offsets[n]);
    const weights = new Float64Array(offsets[n]);
    for (let i = 0; i < n; i++) {
      let at = offsets[i];
      for (const [other, weight] of this.neighbours(this.ids[i])) {
        neighbours[at] = indexOf.get(other)!;
        weights[at++] = weight;
      }
    }
    return { ids: [...this.ids], offsets, neighbours, weights };
  }

  /** Triangles through each node, by the index order of toCsr(). */
  triangleCounts(): Float64Array {
    return Float64Array.from(this.ids, (id) => this.triangles.get(id)!);
  }

  private neighbours(id: string): Map<string, number> {
    return this.adjacency.get(id)!;
  }

  private commonNeighbours(a: string, b: string): string[] {
    const [small, large] = [this.neighbours(a), this.neighbours(b)].sort((x, y) => x.size - y.size);
    return [...small.keys()].filter((id) => large.has(id));
  }

  private countTriangles(a: string, b: string, sign: 1 | -1): void {
    const common = this.commonNeighbours(a, b);
    this.triangles.set(a, this.triangles.get(a)! + sign * common.length);
    this.triangles.set(b, this.triangles.get(b)! + sign * common.length);
    for (const w of common) this.triangles.set(w, this.triangles.get(w)! + sign);
  }

  private removeTie(a: string, b: string): void {
    this.neighbours(a).delete(b);
    this.neighbours(b).delete(a);
    this.countTriangles(a, b, -1);
  }

  private addTie(a: string, b: string, weight: number): void {
    this.countTriangles(a, b, 1);
    this.neighbours(a).set(b, weight);
    this.neighbours(b).set(a, weight);
  }

  private removeParticipant(id: string): void {
    for (const other of [...this.neighbours(id).keys()]) this.removeTie(...ordered(id, other));
    this.nodes.delete(id);
    this.adjacency.delete(id);
    this.triangles.delete(id);
    this.ids.splice(sortedIndex(this.ids, id), 1);
  }

  private addParticipant(node: CollaborationNode): void {
    this.nodes.set(node.id, node);
    this.adjacency.set(node.id, new Map());
    this.triangles.set(node.id, 0);
    this.ids.splice(sortedIndex(this.ids, node.id), 0, node.id);
  }
}

const pairKey = (a: string, b: string): string => `${a}\u0000${b}`;
const ordered = (a: string, b: string): [string, string] => (compareIds(a, b) < 0 ? [a, b] : [b, a]);

/** Where `id` is or would go in the sorted `ids` (binary search). */
function sortedIndex(ids: readonly string[], id: string): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareIds(ids[mid], id) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
