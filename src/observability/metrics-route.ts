/**
 * `GET /metrics` in Prometheus text format, on the API's own port. With a token configured
 * the scraper must send it as a bearer token; without one the endpoint is open, and an
 * internet-facing deployment blocks the path at its proxy (docs/observability.md).
 */
import crypto from 'node:crypto';
import express, { type Router } from 'express';
import type { Metrics } from './metrics';

export const METRICS_PATH = '/metrics';

/** Compares digests: constant time whatever the lengths, so the token's length does not leak. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => crypto.createHash('sha256').update(value).digest();
  return crypto.timingSafeEqual(digest(given), digest(expected));
}

export function metricsRoute(metrics: Metrics, token?: string): Router {
  const router = express.Router();
  router.get(METRICS_PATH, async (req, res) => {
    if (token) {
      const [scheme, given] = (req.header('authorization') ?? '').split(' ', 2);
      if (scheme?.toLowerCase() !== 'bearer' || !given || !sameSecret(given, token)) {
        res.status(401).set('www-authenticate', 'Bearer realm="metrics"').json({ error: 'unauthorized' });
        return;
      }
    }
    res.set('content-type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}
