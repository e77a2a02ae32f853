/**
 * Which BFS sources the shortest-path pass uses.
 *
 * Exact (n ≤ the threshold): every node, for betweenness and closeness.
 *
 * Sampled (above it), following Brandes & Pich (2007) and NetworkX's
 * `betweenness_centrality(k=…)`: `sampleSize` sources drawn uniformly without replacement
 * with a seeded PRNG, dependencies scaled by n / sampleSize. Closeness needs distances from
 * each node's own component, which a uniform sample can miss (small components), so each
 * component is topped up to min(size, sampleSize) sources for closeness only (Eppstein–Wang
 * style estimate, see closeness.ts): components no larger than the sample are exact, and
 * the total work stays below 2 · sampleSize searches.
 */
import { Random } from '../../core/random';
import type { BetweennessSampling } from '../engine';
import type { Components } from './components';
import type { SourcePlan } from './shortest-paths';

export interface SamplingOptions {
  exactMaxNodes: number;
  sampleSize: number;
  seed: number;
}

export interface SourceSampling extends SourcePlan {
  betweenness: BetweennessSampling;
  /** Closeness sources per component id. */
  sourcesPerComponent: Int32Array;
}

/** 95 % Hoeffding bound on a normalised score's absolute error (see engine.ts). */
export function hoeffdingBound(sampleSize: number): number {
  return Math.sqrt(Math.log(2 / 0.05) / (2 * sampleSize));
}

export function planSources(n: number, components: Components, options: SamplingOptions): SourceSampling {
  const sizes = Int32Array.from(components.members, (members) => members.length);
  if (n <= options.exactMaxNodes || options.sampleSize >= n) {
    return {
      sources: Int32Array.from({ length: n }, (_, i) => i),
      accumulating: n,
      sourcesPerComponent: sizes,
      betweenness: { sampled: false, sampleSize: n, errorBound: 0 },
    };
  }
  const k = options.sampleSize;
  const random = Random.seeded(options.seed);
  const topUps = random.fork();
  const sampled = Int32Array.from(
    random.sample(
      Array.from({ length: n }, (_, i) => i),
      k,
    ),
  );
  const isSource = new Uint8Array(n);
  const perComponent = new Int32Array(components.members.length);
  for (const s of sampled) {
    isSource[s] = 1;
    perComponent[components.of[s]] += 1;
  }
  const extra: number[] = [];
  components.members.forEach((members, c) => {
    const wanted = Math.min(members.length, k) - perComponent[c];
    if (wanted <= 0) return;
    const candidates = Array.from(members).filter((i) => isSource[i] === 0);
    extra.push(...topUps.sample(candidates, wanted));
    perComponent[c] += wanted;
  });
  const sources = new Int32Array(k + extra.length);
  sources.set(sampled);
  sources.set(extra, k);
  return {
    sources,
    accumulating: k,
    sourcesPerComponent: perComponent,
    betweenness: { sampled: true, sampleSize: k, errorBound: hoeffdingBound(k) },
  };
}
