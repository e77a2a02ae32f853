/**
 * WebSocket close codes ecograph uses besides graphql-ws's own (4400 bad request, 4408
 * connection_init timeout, 4409 duplicate id, 4429 too many connection_init …).
 * Documented in docs/subscriptions.md with the graphql-ws client's retry behaviour per code:
 * its client never retries 4400, 4401, 4406, 4409, 4429, 4500 (fatal), and retries any other
 * code when `retryAttempts` and `shouldRetry` allow. So "too many subscriptions" has its own
 * application code, not graphql-ws's 4429.
 */
export const CLOSE = {
  /** Missing, invalid or expired credentials at connection_init, or the token expired later. */
  unauthorized: { code: 4401, reason: 'Unauthorized' },
  /** Over the per-connection cap on active subscriptions or on subscribe messages per second. */
  tooManySubscriptions: { code: 4029, reason: 'Too many subscriptions' },
  /**
   * The client's address is over its failed-authentication limit (RATE_LIMIT_AUTH_FAILURES_PER_MINUTE).
   * At connection_init, like graphql-ws's own 4429 (fatal in its client: no reconnect loop).
   */
  rateLimited: { code: 4429, reason: 'Too many requests' },
  /** The client fell behind by more than WS_MAX_QUEUED_RESULTS results. */
  slowConsumer: { code: 4509, reason: 'Slow consumer' },
} as const;
