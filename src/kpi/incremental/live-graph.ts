/**
 * The collaboration graph C kept in memory between full computations and moved forward by
 * deltas (collaboration-delta.queries.ts), with the triangles through every participant kept
 * up to date around the ties that changed: removing or adding the tie u–v changes the count of
 * u, v and each common neighbour by one per common neighbour, nothing else.
 *
 * Participants live in integer slots (stable while they stay in C), so adjacency, triangles
 * and the CSR build work on numbers, not on 36-character ids: on the large seed (90k
 * participants, 156k ties) an update's figures must fit in well under a second.
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
  private readonly slotOf = new Map<string, number>();
  /** By slot; undefined once the participant left C. */
  private readonly nodes: (CollaborationNode | undefined)[] = [];
  /** By slot: neighbour slot → tie weight. */
  private readonly adjacency: Map<number, number>[] = [];
  /** By slot: triangles through the participant. */
  private triangles: number[] = [];
  /** Ids in C, sorted (node indices of toCsr follow this order, like the engine's). */
  private ids: string[] = [];
  private edgeCount = 0;

  private constructor(
    graph: CollaborationGraph,
    /** The graph version C is exact for. */
    public version: number,
  ) {
    for (const node of graph.nodes) this.addSlot(node);
    for (const { source, target, weight } of graph.edges) {
      this.link(this.slot(source), this.slot(target), weight);
    }
    this.ids = graph.nodes.map((node) => node.id).sort(compareIds);
    const csr = this.toCsr();
    const counts = trianglesPerNode(csr);
    csr.ids.forEach((id, i) => (this.triangles[this.slot(id)] = counts[i]));
  }

  /** C as read by a full load (or restored with a snapshot) at `version`. */
  static of(graph: CollaborationGraph, version: number): LiveGraph {
    return new LiveGraph(graph, version);
  }

  get nodeCount(): number {
    return this.ids.length;
  }

  /**
   * Moves C to the delta's version: every touched participant's ties are replaced by the ones
   * read; participants no longer in C leave with their ties, new ones arrive. Throws, before
   * changing anything, when the delta names a tie to a participant C does not hold (the caller
   * then reads C whole).
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
        if (!present.has(end) && !(this.slotOf.has(end) && !touched.has(end))) {
          throw new Error(`collaboration delta: tie ${edge.source} – ${edge.target} reaches ${end}, not in C`);
        }
      }
    }
    // Removals first (ties of touched participants not read again), then participants who left.
    const wanted = new Set(delta.edges.map((edge) => pairKey(edge.source, edge.target)));
    for (const id of touched) {
      const slot = this.slotOf.get(id);
      if (slot === undefined) continue;
      for (const other of [...this.adjacency[slot].keys()]) {
        if (!wanted.has(pairKey(id, this.nodes[other]!.id))) {
          this.unlink(slot, other);
          summary.tiesRemoved += 1;
        }
      }
      if (!present.has(id)) {
        this.removeSlot(slot);
        summary.participantsRemoved += 1;
      }
    }
    for (const node of delta.nodes) {
      const slot = this.slotOf.get(node.id);
      if (slot === undefined) {
        this.addSlot(node);
        this.ids.splice(sortedIndex(this.ids, node.id), 0, node.id);
        summary.participantsAdded += 1;
      } else this.nodes[slot] = node;
    }
    for (const { source, target, weight } of delta.edges) {
      const [a, b] = [this.slot(source), this.slot(target)];
      const current = this.adjacency[a].get(b);
      if (current === undefined) {
        this.countTriangles(a, b, 1);
        this.link(a, b, weight);
        summary.tiesAdded += 1;
      } else if (current !== weight) {
        this.link(a, b, weight);
        summary.tiesReweighted += 1;
      }
    }
    this.version = delta.version;
    return summary;
  }

  /** C as the loader gives it: nodes in id order, each tie once with source < target (in no particular order). */
  toGraph(): CollaborationGraph {
    const edges: CollaborationEdge[] = [];
    const nodes = this.ids.map((id) => {
      const slot = this.slot(id);
      this.adjacency[slot].forEach((weight, other) => {
        const target = this.nodes[other]!.id;
        if (target > id) edges.push({ source: id, target, weight });
      });
      return this.nodes[slot]!;
    });
    return { nodes, edges };
  }

  /** The participants of C in id order. */
  nodeList(): CollaborationNode[] {
    return this.ids.map((id) => this.nodes[this.slot(id)]!);
  }

  /** Whether `graph` (as the loader reads it) is exactly C held: same participants, fields and ties. */
  matches(graph: CollaborationGraph): boolean {
    if (graph.nodes.length !== this.ids.length || graph.edges.length !== this.edgeCount) return false;
    for (const node of graph.nodes) {
      const held = this.nodes[this.slotOf.get(node.id) ?? -1];
      if (!held || held.kind !== node.kind || held.sector !== node.sector || held.region !== node.region) return false;
    }
    for (const { source, target, weight } of graph.edges) {
      const a = this.slotOf.get(source);
      const b = this.slotOf.get(target);
      if (a === undefined || b === undefined || this.adjacency[a].get(b) !== weight) return false;
    }
    return true;
  }

  /** Compressed rows with node indices in id order, as the engine's (graphology/csr.ts). */
  toCsr(): Csr {
    const n = this.ids.length;
    const slots = new Int32Array(n);
    const rank = new Int32Array(this.nodes.length);
    for (let i = 0; i < n; i++) {
      const slot = this.slot(this.ids[i]);
      slots[i] = slot;
      rank[slot] = i;
    }
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + this.adjacency[slots[i]].size;
    const neighbours = new Int32Array(offsets[n]);
    const weights = new Float64Array(offsets[n]);
    for (let i = 0; i < n; i++) {
      let at = offsets[i];
      this.adjacency[slots[i]].forEach((weight, other) => {
        neighbours[at] = rank[other];
        weights[at++] = weight;
      });
    }
    return { ids: [...this.ids], offsets, neighbours, weights };
  }

  /** Triangles through each node, by the index order of toCsr(). */
  triangleCounts(): Float64Array {
    return Float64Array.from(this.ids, (id) => this.triangles[this.slot(id)]);
  }

  private slot(id: string): number {
    const slot = this.slotOf.get(id);
    if (slot === undefined) throw new Error(`collaboration graph: ${id} is not in C`);
    return slot;
  }

  private addSlot(node: CollaborationNode): void {
    if (this.slotOf.has(node.id)) throw new Error(`collaboration graph: participant ${node.id} appears twice`);
    this.slotOf.set(node.id, this.nodes.length);
    this.nodes.push(node);
    this.adjacency.push(new Map());
    this.triangles.push(0);
  }

  private removeSlot(slot: number): void {
    const id = this.nodes[slot]!.id;
    for (const other of [...this.adjacency[slot].keys()]) this.unlink(slot, other);
    this.slotOf.delete(id);
    this.nodes[slot] = undefined;
    this.ids.splice(sortedIndex(this.ids, id), 1);
  }

  private link(a: number, b: number, weight: number): void {
    if (!this.adjacency[a].has(b)) this.edgeCount += 1;
    this.adjacency[a].set(b, weight);
    this.adjacency[b].set(a, weight);
  }

  private unlink(a: number, b: number): void {
    this.adjacency[a].delete(b);
    this.adjacency[b].delete(a);
    this.edgeCount -= 1;
    this.countTriangles(a, b, -1);
  }

  /** The triangles through the tie a–b (present or not): a, b and each common neighbour change by `sign` per triangle. */
  private countTriangles(a: number, b: number, sign: 1 | -1): void {
    const [small, large] =
      this.adjacency[a].size <= this.adjacency[b].size
        ? [this.adjacency[a], this.adjacency[b]]
        : [this.adjacency[b], this.adjacency[a]];
    let common = 0;
    small.forEach((_weight, w) => {
      if (w !== a && w !== b && large.has(w)) {
        common += 1;
        this.triangles[w] += sign;
      }
    });
    this.triangles[a] += sign * common;
    this.triangles[b] += sign * common;
  }
}

const pairKey = (a: string, b: string): string => (compareIds(a, b) < 0 ? `${a}\u0000${b}` : `${b}\u0000${a}`);

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
