/**
 * Concentration of a non-negative quantity across holders (docs/kpis-business.md).
 */

/**
 * Gini coefficient (population form): Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² μ), computed on the sorted
 * values as (2 Σᵢ i·x₍ᵢ₎) / (n Σ x) − (n + 1) / n, i = 1..n ascending. 0 = everyone holds the
 * same, (n − 1) / n = one holder has everything. Null when there is nothing to share out.
 */
export function gini(values: readonly number[]): number | null {
  if (values.some((value) => !(Number.isFinite(value) && value >= 0))) {
    throw new RangeError('gini takes finite values ≥ 0');
  }
  const n = values.length;
  const total = values.reduce((sum, value) => sum + value, 0);
  if (n === 0 || total === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const weighted = sorted.reduce((sum, value, index) => sum + (index + 1) * value, 0);
  return Math.max(0, (2 * weighted) / (n * total) - (n + 1) / n);
}

export interface Holding {
  id: string;
  value: number;
}

export interface ElephantResult {
  /** Smallest number of holders carrying at least `threshold` of the total. */
  factor: number;
  /** Those holders, largest first (ties by id), with their share of the total. */
  elephants: (Holding & { share: number })[];
  total: number;
}

/**
 * CHAOSS elephant factor: the fewest holders that together carry ≥ 50 % of the total.
 * Largest first; equal values by id, so the answer is deterministic.
 */
export function elephantFactor(holdings: readonly Holding[], threshold = 0.5): ElephantResult {
  const total = holdings.reduce((sum, holding) => sum + holding.value, 0);
  if (total <= 0) return { factor: 0, elephants: [], total: 0 };
  const sorted = [...holdings].sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const elephants: (Holding & { share: number })[] = [];
  let carried = 0;
  for (const holding of sorted) {
    elephants.push({ ...holding, share: holding.value / total });
    carried += holding.value;
    if (carried >= threshold * total) break;
  }
  return { factor: elephants.length, elephants, total };
}
