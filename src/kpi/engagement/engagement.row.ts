/** Engagement figures from a row of ENGAGEMENT_AGGREGATES (absent row = no interactions). */
import { engagementTrend, type EngagementFigures } from './engagement';
import type { Row } from '../../db/values';

export function engagementFromRow(row: Row | undefined): EngagementFigures {
  const score = Number(row?.score ?? 0);
  const previousScore = Number(row?.previousScore ?? 0);
  return {
    score,
    interactions: Number(row?.interactions ?? 0),
    previousScore,
    previousInteractions: Number(row?.previousInteractions ?? 0),
    trend: engagementTrend(score, previousScore),
  };
}
