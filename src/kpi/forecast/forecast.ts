/**
 * A monthly forecast from a bucketed history: Holt's linear smoothing fitted on the months
 * from the first active one (leading empty months are before the subject existed or was
 * active, and would drag the trend), then projected `periods` months ahead.
 */
import { fitHolt, holtForecast } from './holt';
import { firstActiveBucket, monthStart } from './months';

export interface Bucket {
  periodStart: Date;
  value: number;
  /** Events (interactions, flows) summed into the bucket. */
  events: number;
}

export interface HistoryPoint extends Bucket {
  /** The model's one-step-ahead forecast for this month; null before the second fitted month. */
  fitted: number | null;
}

export interface ForecastPoint {
  periodStart: Date;
  /** max(0, raw): the measured quantities cannot be negative. */
  value: number;
  /** level + h·trend, unclamped. */
  raw: number;
}

export interface ModelSummary {
  alpha: number;
  beta: number;
  level: number;
  trend: number;
  sse: number;
  /** √(SSE / (n − 1)): typical one-step error, in the metric's unit. */
  rmse: number;
  /** Months the model was fitted on. */
  observations: number;
}

export interface ForecastResult {
  history: HistoryPoint[];
  points: ForecastPoint[];
  /** Null with fewer than two months from the first active one (then the forecast is flat). */
  model: ModelSummary | null;
}

/** `history` in time order, all consecutive months; `next` is the first month to forecast. */
export function buildForecast(history: readonly Bucket[], next: Date, periods: number): ForecastResult {
  const start = firstActiveBucket(history.map((bucket) => bucket.events));
  const series = start < 0 ? [] : history.slice(start).map((bucket) => bucket.value);
  const starts = Array.from({ length: periods }, (_, h) => monthStart(next, h));
  if (series.length < 2) {
    const flat = series[0] ?? 0;
    return {
      history: history.map((bucket) => ({ ...bucket, fitted: null })),
      points: starts.map((periodStart) => ({ periodStart, value: Math.max(0, flat), raw: flat })),
      model: null,
    };
  }
  const fit = fitHolt(series);
  const raw = holtForecast(fit, periods);
  return {
    history: history.map((bucket, index) => ({
      ...bucket,
      fitted: index < start ? null : (fit.fitted[index - start] ?? null),
    })),
    points: starts.map((periodStart, h) => ({
      periodStart,
      value: Math.max(0, raw[h] as number),
      raw: raw[h] as number,
    })),
    model: {
      alpha: fit.alpha,
      beta: fit.beta,
      level: fit.level,
      trend: fit.trend,
      sse: fit.sse,
      rmse: Math.sqrt(fit.sse / (series.length - 1)),
      observations: series.length,
    },
  };
}
