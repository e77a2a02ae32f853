/**
 * WebSocket close codes ecograph uses besides graphql-ws's own (4400 bad request, 4408
 * connection_init timeout, 4409 duplicate id, 4429 too many connection_init …).
 * Documented in docs/subscriptions.md; clients should not retry 4401 without new credentials.
 */
export const CLOSE = {
  /** Missing, invalid or expired credentials at connection_init, or the token expired later. */
  unauthorized: { code: 4401, reason: 'Unauthorized' },
  /** Over the per-connection cap on active subscriptions or on subscribe messages per second. */
  tooManySubscriptions: { code: 4429, reason: 'Too many subscriptions' },
  /** The client's address is over its failed-authentication limit (RATE_LIMIT_AUTH_FAILURES_PER_MINUTE). */
  rateLimited: { code: 4429, reason: 'Too many requests' },
  /** The client fell behind by more than WS_MAX_QUEUED_RESULTS results. */
  slowConsumer: { code: 4509, reason: 'Slow consumer' },
} as const;
