/**
 * One HTTP server carrying both transports on `/graphql`: Apollo over HTTP (Express 5) and
 * graphql-ws over WebSocket, sharing one schema and one way of building request contexts.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { GraphQLError } from 'graphql';
import { WebSocketServer } from 'ws';
import { httpCredentials, type Authenticator } from '../auth/authenticator';
import { AuthenticationError } from '../auth/errors';
import type { Config } from '../config/config';
import { createRequestContext, type AppServices, type RequestContext } from '../context/context';
import { RoundTripCounter, type Gateway } from '../db/gateway';
import type { Logger } from '../observability/logger';
import { observabilityPlugin } from './apollo-plugins/observability';
import type { Metrics } from '../observability/metrics';
import { metricsRoute } from '../observability/metrics-route';
import { OperationRecorder } from '../observability/operation-recorder';
import { WebSocketOperations } from '../observability/websocket-operations';
import { createErrorFormatter } from './errors';
import { healthRoutes } from './health';
import { ROUND_TRIPS_HEADER, roundTripsPlugin } from './apollo-plugins/round-trips';
import { queryLimitsPlugin } from './apollo-plugins/query-limits';
import { subscriptionsOverHttpPlugin } from './apollo-plugins/http-subscriptions';
import { answerClientErrors, httpErrorHandler, notFoundHandler, requireJsonBody } from './http-errors';
import { limitRules } from '../security/query-limits';
import { CallerRateLimiter } from '../security/rate-limit';
import { serveWebSocket, type WebSocketServerHandle } from './live/websocket';
import { webAppRoutes } from './web-app';

export const GRAPHQL_PATH = '/graphql';
const MAX_WS_PAYLOAD = 256 * 1024;

export interface RunningServer {
  url: string;
  port: number;
  /** Drains HTTP and WebSocket clients, then resolves. */
  stop(): Promise<void>;
  websocket: WebSocketServerHandle;
}

export async function startServer(options: {
  config: Config;
  schema: GraphQLSchema;
  gateway: Gateway;
  services: AppServices;
  logger: Logger;
  authenticator: Authenticator;
  metrics: Metrics;
}): Promise<RunningServer> {
  const { config, schema, gateway, services, logger, authenticator, metrics } = options;
  const recorder = new OperationRecorder(logger, metrics);
  const app = express();
  app.disable('x-powered-by');
  // Express derives its own mode from NODE_ENV (unset: "development", whose error pages show
  // stacks); this app answers every error itself (http-errors.ts), and never in that mode.
  app.set('env', 'production');
  const httpServer = http.createServer(app);
  answerClientErrors(httpServer);

  const formatError = createErrorFormatter(logger, { maskSuggestions: config.api.maskSuggestions });
  const rateLimiter = await CallerRateLimiter.create(config.api.rateLimits, {
    redisUrl: config.redis.url,
    onError: (error) => logger.warn({ err: error }, 'rate limit store error'),
  });
  if (config.redis.url) logger.info('rate limits shared through Redis');
  const wsServer = new WebSocketServer({ server: httpServer, path: GRAPHQL_PATH, maxPayload: MAX_WS_PAYLOAD });
  const websocket = serveWebSocket({
    wsServer,
    schema,
    config,
    gateway,
    services,
    authenticator,
    rateLimiter,
    logger,
    formatError,
    operations: new WebSocketOperations(recorder),
  });
  metrics.countActiveSubscriptions(() => websocket.activeSubscriptions());

  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    introspection: config.api.introspection,
    validationRules: limitRules(config.limits),
    parseOptions: { maxTokens: config.limits.maxTokens },
    // We own shutdown (src/server/shutdown.ts): Apollo's own signal handler would stop the
    // server behind our back and re-raise the signal.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's landing page loads from a CDN: browsers get the local editor (web-app.ts).
      ApolloServerPluginLandingPageDisabled(),
      observabilityPlugin(recorder),
      roundTripsPlugin,
      queryLimitsPlugin(config.limits),
      subscriptionsOverHttpPlugin(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await websocket.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.use(healthRoutes(gateway));
  if (config.observability.metrics.enabled) {
    app.use(metricsRoute(metrics, config.observability.metrics.token));
    // Said at start-up, so an operator sees an open endpoint (production refuses to start so: config.ts).
    if (config.observability.metrics.token) logger.info('metrics at /metrics require METRICS_TOKEN as a bearer token');
    else logger.warn('metrics at /metrics are open without credentials: set METRICS_TOKEN (required in production)');
  }
  app.use(webAppRoutes({ distDir: config.web.distDir, editor: config.api.explorer, devAuth: config.auth.dev }));
  app.use(
    GRAPHQL_PATH,
    requireJsonBody,
    express.json({ limit: config.api.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const given = req.header('x-request-id');
        // A client's request id is kept only when short and plain (it goes into logs and Neo4j).
        const requestId = given && /^[\w.:-]{1,128}$/.test(given) ? given : crypto.randomUUID();
        const counting = config.debug.roundTrips && req.header(ROUND_TRIPS_HEADER) === '1';
        const credentials = httpCredentials((name) => req.header(name));
        const viewer = await rateLimiter
          .authenticate(req.socket.remoteAddress ?? 'unknown', credentials, () =>
            authenticator.authenticate(credentials),
          )
          .catch((error: unknown) => {
            // RATE_LIMITED (429) is already a GraphQLError; thrown from the context function,
            // only a GraphQLError keeps its status and code.
            if (error instanceof GraphQLError) throw error;
            const message = error instanceof AuthenticationError ? error.message : 'Authentication failed';
            throw new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          });
        await rateLimiter.consume(viewer.id);
        return createRequestContext(
          gateway.withDeadline(Date.now() + config.request.deadlineMs),
          services,
          requestId,
          viewer,
          counting ? new RoundTripCounter() : undefined,
        );
      },
    }),
  );
  app.use(notFoundHandler);
  app.use(
    httpErrorHandler({
      logger,
      maxBodyBytes: config.api.maxBodyBytes,
      // Refused before Apollo saw them: logged and counted like any refused operation.
      onRefused: (status, code, path) => {
        if (path.startsWith(GRAPHQL_PATH)) recorder.record({ transport: 'http', errorCodes: [code], status });
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.http.port, config.http.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.http.host}:${port}${GRAPHQL_PATH}`;
  logger.info({ url }, 'ecograph API listening');

  return {
    url,
    port,
    websocket,
    stop: async () => {
      // Apollo's drain plugin stops accepting HTTP and waits for in-flight requests; the
      // drainServer hook above closes WebSocket clients with a normal "going away" close.
      await apollo.stop();
      wsServer.close();
      await rateLimiter.close();
    },
  };
}
