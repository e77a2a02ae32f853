/**
 * The health score's parts, recomputed from the raw figures the API returns with the formula
 * of docs/kpis.md (100 × Σ weight × component), so the page shows how the score is made.
 * When the engagement trend is null its component is 1 or 0 (any activity now or not), which
 * the API does not return: it is then inferred from the score itself.
 */
export interface HealthInput {
  score: number;
  activeShare: number;
  largestComponentShare: number;
  resilience: number;
  diversity: number;
  churn?: number | null;
  engagementTrend?: number | null;
  weights: {
    activeShare: number;
    largestComponentShare: number;
    resilience: number;
    diversity: number;
    retention: number;
    engagementTrend: number;
  };
}

export interface HealthPart {
  key: keyof HealthInput['weights'];
  label: string;
  component: number;
  weight: number;
  /** Points of the 0–100 score this part contributes. */
  points: number;
}

const LABELS: Record<HealthPart['key'], string> = {
  activeShare: 'Active share',
  largestComponentShare: 'Largest component share',
  resilience: 'Resilience',
  diversity: 'Diversity',
  retention: 'Retention (1 − churn)',
  engagementTrend: 'Engagement trend (capped at 1)',
};

export function healthParts(health: HealthInput): HealthPart[] {
  const known = {
    activeShare: health.activeShare,
    largestComponentShare: health.largestComponentShare,
    resilience: Math.min(health.resilience, 1),
    diversity: health.diversity,
    retention: 1 - Math.min(health.churn ?? 0, 1),
  };
  const weights = health.weights;
  let trendComponent: number;
  if (health.engagementTrend === null || health.engagementTrend === undefined) {
    const others = (Object.keys(known) as Array<keyof typeof known>).reduce(
      (sum, key) => sum + weights[key] * known[key],
      0,
    );
    trendComponent =
      weights.engagementTrend > 0 ? Math.round((health.score / 100 - others) / weights.engagementTrend) : 0;
  } else {
    trendComponent = Math.min(health.engagementTrend, 1);
  }
  const components = { ...known, engagementTrend: trendComponent };
  return (Object.keys(LABELS) as Array<HealthPart['key']>).map((key) => ({
    key,
    label: LABELS[key],
    component: components[key],
    weight: weights[key],
    points: 100 * weights[key] * components[key],
  }));
}
