/**
 * A seeded random stream (demo-data generator, sampled analytics): a thin wrapper over pure-rand's
 * xoroshiro128+ with the few distributions the generator needs.
 *
 * Independent sub-streams come from `fork()`: the child takes the current state and the
 * parent jumps 2^64 steps ahead, so streams never overlap. Each partnership draws from its
 * own fork, which keeps the output identical whatever order the records are consumed in.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';
import { skipN } from 'pure-rand/utils/skipN';

export class Random {
  private constructor(private readonly rng: JumpableRandomGenerator) {}

  static seeded(seed: number): Random {
    const rng = xoroshiro128plus(seed);
    // The seeding leaves a nearly all-ones/zeros state whose first outputs show it: warm up.
    skipN(rng, 64);
    return new Random(rng);
  }

  /** An independent stream; this one moves past everything the child can ever draw. */
  fork(): Random {
    const child = this.rng.clone();
    this.rng.jump();
    return new Random(child);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return uniformFloat64(this.rng);
  }

  /** Uniform in [min, max). */
  range(min: number, max: number): number {
    return min + (max - min) * this.float();
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return uniformInt(this.rng, min, max);
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[this.int(0, items.length - 1)];
  }

  /** Picks a key of a weight table ({A: 3, B: 1} gives A three times as often as B). */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
    const entries = Object.entries(weights) as [K, number][];
    let total = 0;
    for (const [, weight] of entries) total += weight;
    let point = this.float() * total;
    for (const [key, weight] of entries) {
      point -= weight;
      if (point < 0) return key;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new RangeError('weighted pick from an empty table');
    return last[0];
  }

  /** Index into a cumulative-weight array (see `cumulative`), by binary search. */
  weightedIndex(cumulativeWeights: readonly number[]): number {
    const total = cumulativeWeights[cumulativeWeights.length - 1] ?? 0;
    const point = this.float() * total;
    let low = 0;
    let high = cumulativeWeights.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((cumulativeWeights[mid] ?? 0) > point) high = mid;
      else low = mid + 1;
    }
    return low;
  }

  /** `count` distinct items, in random order (partial Fisher–Yates on a copy). */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = items.slice();
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i += 1) {
      const j = this.int(i, copy.length - 1);
      const swap = copy[i];
      copy[i] = copy[j];
      copy[j] = swap;
    }
    return copy.slice(0, n);
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.float(); // (0, 1]: log stays finite
    const v = this.float();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal with the given median and shape: heavy right tail for amounts and rates. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  exponential(mean: number): number {
    return -mean * Math.log(1 - this.float());
  }

  /** Poisson count: Knuth's product method for small means, a normal approximation above. */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    const limit = Math.exp(-mean);
    let count = 0;
    let product = this.float();
    while (product > limit) {
      count += 1;
      product *= this.float();
    }
    return count;
  }

  /** A version-4-formatted UUID whose 122 random bits come from this stream. */
  uuid(): string {
    const codes = UUID_CODES;
    let at = 0;
    for (let word = 0; word < 4; word += 1) {
      let bits = this.rng.next();
      if (word === 1) bits = (bits & ~0xf000) | 0x4000; // version 4
      if (word === 2) bits = (bits & 0x3fffffff) | 0x80000000; // RFC 4122 variant
      for (let shift = 28; shift >= 0; shift -= 4) {
        if (at === 8 || at === 13 || at === 18 || at === 23) codes[at++] = DASH;
        codes[at++] = HEX[(bits >>> shift) & 0xf] as number;
      }
    }
    // One flat string (template concatenation would build a rope of slices: more memory).
    return String.fromCharCode(...codes);
  }
}

const HEX = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const DASH = '-'.charCodeAt(0);
const UUID_CODES: number[] = new Array<number>(36).fill(0);

/** Running sums of `weights`, for `Random.weightedIndex`. */
export function cumulative(weights: readonly number[]): number[] {
  const sums: number[] = [];
  let total = 0;
  for (const weight of weights) {
    total += weight;
    sums.push(total);
  }
  return sums;
}
