/**
 * What each bridge GDS finds would cut off. GDS 2.13 returns bridges as bare pairs; the
 * engine then projects C without them and runs WCC there, which gives the 2-edge-connected
 * blocks. Blocks joined by the bridges form a forest (one tree per component of C); removing
 * a bridge splits its tree in two, and each side is the sum of the block sizes in its
 * subtree. That last step, on the small forest of blocks, is this pure function.
 */

/** The block a node belongs to once the bridges are removed. */
export interface Block {
  /** Any key unique to the block. */
  key: string;
  size: number;
}

/** For each bridge (in order), the number of nodes on its smaller side. */
export function smallerSides(
  bridges: readonly (readonly [number, number])[],
  blockOf: (node: number) => Block,
): number[] {
  const size = new Map<string, number>();
  const adjacent = new Map<string, { block: string; bridge: number }[]>();
  bridges.forEach(([a, b], bridge) => {
    const x = blockOf(a);
    const y = blockOf(b);
    if (x.key === y.key) throw new Error(`bridge ${a}–${b} has both ends in one 2-edge-connected block`);
    for (const [from, to] of [
      [x, y],
      [y, x],
    ]) {
      size.set(from.key, from.size);
      adjacent.set(from.key, [...(adjacent.get(from.key) ?? []), { block: to.key, bridge }]);
    }
  });

  // Root each tree of blocks, then sum the block sizes bottom-up.
  const child = new Array<string | undefined>(bridges.length).fill(undefined); // the end further from the root
  const rootOf = new Map<string, string>();
  const below = new Map<string, number>(); // nodes in the block's subtree
  for (const root of adjacent.keys()) {
    if (rootOf.has(root)) continue;
    rootOf.set(root, root);
    const order = [root];
    const parent = new Map<string, string>();
    for (let i = 0; i < order.length; i++) {
      for (const { block, bridge } of adjacent.get(order[i]) ?? []) {
        if (rootOf.has(block)) continue;
        rootOf.set(block, root);
        parent.set(block, order[i]);
        child[bridge] = block;
        order.push(block);
      }
    }
    for (let i = order.length - 1; i >= 0; i--) {
      const block = order[i];
      const total = (below.get(block) ?? 0) + (size.get(block) ?? 0);
      below.set(block, total);
      const up = parent.get(block);
      if (up !== undefined) below.set(up, (below.get(up) ?? 0) + total);
    }
  }

  return child.map((block) => {
    if (block === undefined) throw new Error('the bridges do not form a forest of blocks');
    const side = below.get(block) ?? 0;
    const component = below.get(rootOf.get(block) ?? block) ?? 0;
    return Math.min(side, component - side);
  });
}
