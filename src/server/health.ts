/**
 * `/healthz`: the process is alive. `/readyz`: Neo4j answers and every migration is applied,
 * so a load balancer only sends traffic to replicas that can serve it.
 */
import type { Router } from 'express';
import express from 'express';
import type { Gateway } from '../db/gateway';
import { pendingMigrations } from '../db/migrations';

/**
 * The probe's own deadline: with Neo4j down it answers 503 by then (the driver would go on
 * retrying for NEO4J_MAX_RETRY_MS), and its session is closed instead of left retrying.
 */
export const READINESS_TIMEOUT_MS = 2_000;

export function healthRoutes(gateway: Gateway): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      const pending = await pendingMigrations(gateway.withDeadline(Date.now() + READINESS_TIMEOUT_MS));
      if (pending.length > 0) {
        res.status(503).json({ status: 'unavailable', reason: `migrations pending: ${pending.join(', ')}` });
        return;
      }
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: `neo4j: ${(error as Error).message}` });
    }
  });
  return router;
}
