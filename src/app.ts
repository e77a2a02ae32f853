/**
 * Composition root: driver → gateway → migrations → schema → HTTP + WebSocket server.
 * Used by `npm run serve` (src/main.ts), `npm start` (scripts/cli/commands/start.ts) and the tests.
 */
// Decorator metadata must exist before any GraphQL type module loads.
import 'reflect-metadata';
import type { Driver } from 'neo4j-driver';
import { loadCollaborationGraph } from './kpi/collaboration-graph';
import { loadCollaborationDelta } from './kpi/incremental/collaboration-delta.queries';
import { KpiCache } from './kpi/kpi-cache';
import { KpiSnapshotStore } from './kpi/kpi-snapshot-store';
import { GraphologyEngine } from './kpi/graphology-engine';
import { engineFor, selectEngine } from './kpi/select-engine';
import { WorkerEngine } from './kpi/worker/worker-engine';
import { createAuth, type Auth } from './auth/auth';
import { Policy } from './auth/policy';
import type { EventBus } from './events/bus';
import { KpiFeed } from './events/kpi-feed';
import { OutboxReader } from './events/outbox-reader';
import { OutboxRelay } from './events/relay';
import { RedisEventBus } from './events/redis-bus';
import type { AppServices } from './context/context';
import type { Config } from './config/config';
import { systemClock, type Clock } from './core/clock';
import { createDriver, type Neo4jTarget } from './db/driver';
import { BackgroundLimit } from './db/background';
import { Gateway } from './db/gateway';
import { migrate } from './db/migrations';
import type { Logger } from './observability/logger';
import { createWindowKpiCache } from './modules/analytics/kpi-reads';
import { FilterValues } from './db/filter-values';
import { Metrics } from './observability/metrics';
import { buildEcographSchema } from './server/schema';
import { startServer } from './server/server';
import type { WebSocketServerHandle } from './server/live/websocket';

export interface App {
  url: string;
  port: number;
  driver: Driver;
  gateway: Gateway;
  services: AppServices;
  /** Live subscriptions: counts and shared-execution statistics. */
  subscriptions: WebSocketServerHandle;
  /** Dev mode (AUTH_DEV=true) only: an ADMIN token to try the API with. */
  devToken?: string;
  /** Drains clients, then closes the driver. Safe to call twice. */
  stop(): Promise<void>;
}

export function createGateway(driver: Driver, config: Config['neo4j'], metrics?: Metrics): Gateway {
  return new Gateway(driver, {
    database: config.database,
    queryTimeoutMs: config.queryTimeoutMs,
    onTransaction: metrics?.neo4jTimer('api'),
  });
}

/** Redis pub/sub between replicas when REDIS_URL is set; none for a single API. */
export async function createEventTransport(config: Config, logger: Logger): Promise<EventBus | undefined> {
  const onError = (error: unknown) => logger.warn({ err: error }, 'event bus error');
  if (!config.redis.url) return undefined;
  const bus = await RedisEventBus.connect(config.redis.url, onError);
  logger.info('events shared through Redis');
  return bus;
}

/** The in-process engine in a worker thread (ANALYTICS_WORKER), its start and crashes logged. */
function analyticsWorker(logger: Logger): WorkerEngine {
  return new WorkerEngine({
    onStart: (worker) => logger.info(worker, 'analytics worker started'),
    onCrash: (error) => logger.error({ err: error }, 'analytics worker crashed; the next computation starts a new one'),
  });
}

/** The process-wide services: the KPI cache over the selected analytics engine, events. */
export async function createServices(
  driver: Driver,
  gateway: Gateway,
  config: Config,
  logger: Logger,
  metrics?: Metrics,
  clock: Clock = systemClock,
): Promise<AppServices> {
  // Work no client waits on shares a bounded part of the pool (src/db/background.ts).
  const background = new BackgroundLimit(config.background.maxTransactions);
  // Whole-graph statements get their own gateway: long server-side timeout, not request-bound.
  const analyticsGateway = new Gateway(driver, {
    database: config.neo4j.database,
    queryTimeoutMs: config.analytics.queryTimeoutMs,
    metadata: { purpose: 'analytics' },
    onTransaction: metrics?.neo4jTimer('analytics'),
    background,
  });
  const versionGateway = gateway.inBackground(background, { purpose: 'kpi-version' });
  const engine = await selectEngine(config.analytics.engine, analyticsGateway, {
    gdsFromParticipants: config.analytics.autoGdsFromParticipants,
    inProcess: config.analytics.worker ? analyticsWorker(logger) : new GraphologyEngine(),
  });
  logger.info({ engine: engine.name }, 'analytics engine selected');
  const resumeWindow = { maxEvents: config.outbox.resumeMaxEvents, maxAgeMs: config.outbox.resumeMaxAgeMs };
  // A resumed subscription's replay is read for a waiting client; the relay's catch-up and
  // polls are background work and share its slots (a slow database cannot pile them up).
  const outbox = new OutboxReader(gateway, resumeWindow);
  const relayOutbox = new OutboxReader(gateway.inBackground(background, { purpose: 'relay' }), resumeWindow);
  const transport = await createEventTransport(config, logger);
  const relay = await OutboxRelay.start(relayOutbox, transport, logger, {
    pollMs: config.outbox.pollMs,
    paused: config.outbox.relayPaused,
  });
  const events = relay.local;
  const snapshots = new KpiSnapshotStore(analyticsGateway, (nodeCount) => engineFor(engine, nodeCount));
  const kpis = new KpiCache({
    version: () => versionGateway.graphVersion(),
    compute: async () => {
      const graph = await loadCollaborationGraph(analyticsGateway);
      return { graph, analytics: await engine.compute(graph) };
    },
    incremental: config.analytics.incremental
      ? {
          loadDelta: (from) => loadCollaborationDelta(versionGateway, from),
          loadGraph: () => loadCollaborationGraph(analyticsGateway),
        }
      : undefined,
    restore: async () => {
      const { snapshot, summary, sameEngine } = await snapshots.load();
      logger.info({ version: summary?.version, engine: summary?.engine, usable: !!snapshot }, 'persisted KPI snapshot');
      return { snapshot, expectedMs: sameEngine ? summary?.elapsedMs : undefined };
    },
    debounceMs: config.analytics.debounceMs,
    onError: (error) => logger.error({ err: error }, 'KPI recomputation failed'),
    onComputed: (snapshot) => {
      logger.info(
        { version: snapshot.version, engine: snapshot.analytics.engine, elapsedMs: snapshot.analytics.elapsedMs },
        'KPIs recomputed',
      );
      metrics?.kpisComputed(snapshot.analytics.engine, snapshot.analytics.elapsedMs);
      // So a restart (or another replica's first read) need not start cold.
      snapshots.save(snapshot).catch((error: unknown) => logger.warn({ err: error }, 'KPI snapshot not persisted'));
    },
    onPublished: (snapshot) => feed.computed(snapshot), // runs later, asynchronously: `feed` is set by then
    onIncremental: (figures) => {
      logger.debug(
        { version: figures.version, read: figures.read, delta: figures.delta, computeMs: figures.computeMs },
        'incremental KPIs',
      );
      metrics?.kpisUpdatedIncrementally(figures.read);
    },
    onDeltaMismatch: (detail) => {
      logger.error(detail, 'incremental KPIs: a write changed the collaboration graph without declaring it');
      metrics?.kpiDeltaMismatch();
    },
  });
  const feed = new KpiFeed(events, kpis, logger);
  // Before serving: a restarted server answers from the persisted snapshot from its first request.
  await kpis.restorePersisted();
  if (config.analytics.warmOnStart) {
    // Not awaited: the API serves at once; KPI requests arriving meanwhile wait for this one.
    kpis.read().catch((error: unknown) => logger.error({ err: error }, 'KPI warm-up failed'));
  }
  // Foreground work (a filtered request waits for it), shared by the requests that need it.
  const filterValues = new FilterValues(gateway.scoped({ purpose: 'filter-values' }), (error: unknown) =>
    logger.warn({ err: error }, 'filter values not revalidated'),
  );
  // Every committed change, of any replica, reaches this bus with the graph version after it.
  events.subscribe((event) => {
    if ('version' in event && typeof event.version === 'number') filterValues.noteVersion(event.version);
  });
  return {
    kpis,
    engine,
    background,
    events,
    relay,
    transport,
    outbox,
    kpiFeed: feed,
    policy: new Policy(config.auth.disclosure),
    clock,
    windowKpis: createWindowKpiCache(),
    filterValues,
  };
}

/** Stops background work and closes the event bus (after pending events went out). */
export async function closeServices(services: AppServices): Promise<void> {
  services.kpis.close();
  await services.engine.close?.();
  services.kpiFeed.close();
  await services.relay.close();
  await services.transport?.close();
}

export async function startApp(options: {
  config: Config;
  target: Neo4jTarget;
  logger: Logger;
  /** Default: the system clock. Tests pin it so fixtures stay relative to one instant. */
  clock?: Clock;
}): Promise<App> {
  const { config, target, logger, clock } = options;
  const driver = createDriver(target, config.neo4j);
  // Per app, not prom-client's global registry: tests run several apps in one process.
  const metrics = new Metrics({ maxOperationNames: config.observability.metrics.maxOperationNames });
  try {
    const gateway = createGateway(driver, config.neo4j, metrics);
    await migrate(gateway, (line) => logger.info(line));
    const auth: Auth = await createAuth(config);
    const services = await createServices(driver, gateway, config, logger, metrics, clock);
    const server = await startServer({
      config,
      schema: await buildEcographSchema(services.policy),
      gateway,
      services,
      logger,
      authenticator: auth.authenticator,
      metrics,
    });
    let stopping: Promise<void> | undefined;
    return {
      url: server.url,
      port: server.port,
      driver,
      gateway,
      services,
      subscriptions: server.websocket,
      devToken: auth.devToken,
      stop: () => {
        stopping ??= server
          .stop()
          .then(() => closeServices(services))
          .finally(() => driver.close());
        return stopping;
      },
    };
  } catch (error) {
    await driver.close();
    throw error;
  }
}
