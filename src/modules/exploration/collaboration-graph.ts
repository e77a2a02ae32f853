/**
 * In-memory pieces of the collaboration graph read for one exploration request, and the
 * hop-bounded cheapest path over them. Pure functions, unit-tested.
 */
export interface Tie<P> {
  fromId: string;
  toId: string;
  partnership: P & { id: string };
  /** 1 + interactions within the partnership in the last 365 days. */
  strength: number;
}

/** One tie per (pair, partnership), whichever direction it was found in. */
export function uniqueTies<P>(ties: Tie<P>[], keep: (id: string) => boolean): Tie<P>[] {
  const seen = new Map<string, Tie<P>>();
  for (const tie of ties) {
    if (!keep(tie.fromId) || !keep(tie.toId)) continue;
    const [a, b] = tie.fromId < tie.toId ? [tie.fromId, tie.toId] : [tie.toId, tie.fromId];
    const key = `${a}|${b}|${tie.partnership.id}`;
    if (!seen.has(key)) seen.set(key, { ...tie, fromId: a, toId: b });
  }
  return [...seen.values()];
}

interface Step<P> {
  to: string;
  cost: number;
  partnership: P & { id: string };
}

/**
 * Cheapest path with at most `maxHops` edges, where a pair's cost is 1 / (sum of the
 * strengths of its shared partnerships) and the hop is attributed to the strongest one.
 * Bellman–Ford limited to `maxHops` rounds: the textbook algorithm for hop-constrained
 * shortest paths (Dijkstra cannot bound the hop count).
 */
export function cheapestPath<P>(
  ties: Tie<P>[],
  fromId: string,
  toId: string,
  maxHops: number,
): { nodeIds: string[]; partnerships: (P & { id: string })[]; cost: number } | null {
  const pairs = new Map<string, { strength: number; best: Tie<P> }>();
  for (const tie of ties) {
    const key = tie.fromId < tie.toId ? `${tie.fromId}|${tie.toId}` : `${tie.toId}|${tie.fromId}`;
    const pair = pairs.get(key);
    if (!pair) pairs.set(key, { strength: tie.strength, best: tie });
    else {
      pair.strength += tie.strength;
      if (tie.strength > pair.best.strength) pair.best = tie;
    }
  }
  const adjacency = new Map<string, Step<P>[]>();
  for (const [key, pair] of pairs) {
    const [a, b] = key.split('|') as [string, string];
    const cost = 1 / pair.strength;
    adjacency.set(a, [...(adjacency.get(a) ?? []), { to: b, cost, partnership: pair.best.partnership }]);
    adjacency.set(b, [...(adjacency.get(b) ?? []), { to: a, cost, partnership: pair.best.partnership }]);
  }

  // best[k] holds, per node, the cheapest cost using at most k hops and how we got there.
  type Entry = { cost: number; previous: string | null; via: (P & { id: string }) | null; round: number };
  const rounds: Map<string, Entry>[] = [new Map([[fromId, { cost: 0, previous: null, via: null, round: 0 }]])];
  for (let k = 1; k <= maxHops; k++) {
    const last = rounds[k - 1] as Map<string, Entry>;
    const next = new Map(last);
    for (const [node, entry] of last) {
      for (const step of adjacency.get(node) ?? []) {
        const cost = entry.cost + step.cost;
        const current = next.get(step.to);
        if (!current || cost < current.cost - 1e-12) {
          next.set(step.to, { cost, previous: node, via: step.partnership, round: k });
        }
      }
    }
    rounds.push(next);
  }
  const final = rounds[maxHops]?.get(toId);
  if (!final) return null;

  const nodeIds = [toId];
  const partnerships: (P & { id: string })[] = [];
  let entry: Entry | undefined = final;
  while (entry && entry.previous !== null && entry.via) {
    const previous: string = entry.previous;
    partnerships.unshift(entry.via);
    nodeIds.unshift(previous);
    entry = rounds[entry.round - 1]?.get(previous);
  }
  return { nodeIds, partnerships, cost: final.cost };
}
