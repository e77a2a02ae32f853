/**
 * Labels of the health score's parts; the parts themselves (weight, value, points) come from
 * the API's `health.contributions`, whose points sum to the score (docs/kpis.md).
 */
import type { HealthPart } from '../../generated/schema-types';

export const HEALTH_PART_LABELS: Record<HealthPart, string> = {
  ACTIVE_SHARE: 'Active share',
  LARGEST_COMPONENT_SHARE: 'Largest component share',
  RESILIENCE: 'Resilience',
  DIVERSITY: 'Diversity',
  PARTNERSHIP_RETENTION: 'Partnership retention (1 − churn)',
  ENGAGEMENT_TREND: 'Engagement trend (capped at 1)',
};
