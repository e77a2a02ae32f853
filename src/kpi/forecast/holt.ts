/**
 * Holt's linear (double exponential) smoothing, fitted by grid search.
 *
 *   start:    level₀ = y₀, trend₀ = y₁ − y₀
 *   step t≥1: ŷₜ = levelₜ₋₁ + trendₜ₋₁                     (one-step-ahead forecast)
 *             levelₜ = α·yₜ + (1 − α)·ŷₜ
 *             trendₜ = β·(levelₜ − levelₜ₋₁) + (1 − β)·trendₜ₋₁
 *   SSE = Σₜ₌₁ⁿ⁻¹ (yₜ − ŷₜ)²,   forecast h steps ahead = levelₙ₋₁ + h·trendₙ₋₁
 *
 * α runs over 0.05, 0.10, …, 1.00 and β over 0.00, 0.05, …, 1.00; the pair with the smallest
 * SSE wins, ties going to the smaller α, then the smaller β (the smoother model).
 */

export interface HoltFit {
  alpha: number;
  beta: number;
  /** Level and trend after the last observation. */
  level: number;
  trend: number;
  /** Sum of squared one-step-ahead errors. */
  sse: number;
  /** One-step-ahead forecasts: fitted[t] predicts y[t]; fitted[0] is null (no forecast). */
  fitted: (number | null)[];
}

export const GRID_STEPS = 20;
export const ALPHAS: readonly number[] = Array.from({ length: GRID_STEPS }, (_, i) => (i + 1) / GRID_STEPS);
export const BETAS: readonly number[] = Array.from({ length: GRID_STEPS + 1 }, (_, i) => i / GRID_STEPS);

/** Runs the recursions with fixed α, β. Needs at least two observations. */
export function holtSmooth(values: readonly number[], alpha: number, beta: number): HoltFit {
  if (values.length < 2) throw new RangeError('Holt smoothing needs at least two observations');
  let level = values[0] as number;
  let trend = (values[1] as number) - level;
  let sse = 0;
  const fitted: (number | null)[] = [null];
  for (let t = 1; t < values.length; t++) {
    const y = values[t] as number;
    const forecast = level + trend;
    fitted.push(forecast);
    sse += (y - forecast) ** 2;
    const previousLevel = level;
    level = alpha * y + (1 - alpha) * forecast;
    trend = beta * (level - previousLevel) + (1 - beta) * trend;
  }
  return { alpha, beta, level, trend, sse, fitted };
}

/** The grid pair with the least SSE (relative tolerance 1e-12 so rounding noise never decides). */
export function fitHolt(values: readonly number[]): HoltFit {
  let best: HoltFit | null = null;
  for (const alpha of ALPHAS) {
    for (const beta of BETAS) {
      const fit = holtSmooth(values, alpha, beta);
      if (!best || fit.sse < best.sse - 1e-12 * Math.max(1, best.sse)) best = fit;
    }
  }
  return best as HoltFit;
}

/** level + h·trend for h = 1..periods. */
export function holtForecast(fit: Pick<HoltFit, 'level' | 'trend'>, periods: number): number[] {
  return Array.from({ length: periods }, (_, i) => fit.level + (i + 1) * fit.trend);
}
