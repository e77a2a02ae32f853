import { cheapestPath, uniqueTies, type Tie } from '../../src/modules/exploration/collaboration-graph';

const tie = (fromId: string, toId: string, partnership: string, strength = 1): Tie<object> => ({
  fromId,
  toId,
  partnership: { id: partnership },
  strength,
});

describe('collaboration graph helpers', () => {
  it('keeps one tie per pair and partnership, and only ties inside the view', () => {
    const ties = [tie('a', 'b', 's1'), tie('b', 'a', 's1'), tie('a', 'b', 's2'), tie('a', 'x', 's3')];
    expect(uniqueTies(ties, (id) => id !== 'x').map((t) => `${t.fromId}-${t.toId}-${t.partnership.id}`)).toEqual([
      'a-b-s1',
      'a-b-s2',
    ]);
  });

  // a —weak— d directly; a —strong— b —strong— c —strong— d around.
  const ties = [tie('a', 'd', 'weak', 1), tie('a', 'b', 'ab', 9), tie('b', 'c', 'bc', 9), tie('c', 'd', 'cd', 9)];

  it('prefers strong ties when the hop budget allows', () => {
    const path = cheapestPath(ties, 'a', 'd', 3);
    expect(path?.nodeIds).toEqual(['a', 'b', 'c', 'd']);
    expect(path?.partnerships.map((p) => p.id)).toEqual(['ab', 'bc', 'cd']);
    expect(path?.cost).toBeCloseTo(3 / 9, 12);
  });

  it('respects the hop bound', () => {
    const path = cheapestPath(ties, 'a', 'd', 2);
    expect(path?.nodeIds).toEqual(['a', 'd']);
    expect(path?.cost).toBe(1);
  });

  it('sums the strength of parallel partnerships and names the strongest', () => {
    const path = cheapestPath([tie('a', 'b', 's1', 2), tie('a', 'b', 's2', 3)], 'a', 'b', 1);
    expect(path?.cost).toBeCloseTo(1 / 5, 12);
    expect(path?.partnerships.map((p) => p.id)).toEqual(['s2']);
  });

  it('returns null when the target is unreachable within the bound', () => {
    expect(cheapestPath(ties, 'a', 'z', 6)).toBeNull();
    expect(cheapestPath([tie('a', 'b', 's'), tie('b', 'c', 's2')], 'a', 'c', 1)).toBeNull();
  });
});
