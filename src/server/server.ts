/**
 * One HTTP server carrying both transports on `/graphql`: Apollo over HTTP (Express 5) and
 * graphql-ws over WebSocket, sharing one schema and one way of building request contexts.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
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
import type { Logger } from '../logging/logger';
import { createErrorFormatter } from './errors';
import { healthRoutes } from './health';
import { ROUND_TRIPS_HEADER, roundTripsPlugin } from './round-trips';
import { queryLimitsPlugin } from './query-limits-plugin';
import { limitRules } from '../security/query-limits';
import { serveWebSocket, type WebSocketServerHandle } from './websocket';

export const GRAPHQL_PATH = '/graphql';
const MAX_BODY = '1mb';
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
}): Promise<RunningServer> {
  const { config, schema, gateway, services, logger, authenticator } = options;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const formatError = createErrorFormatter(logger);
  const wsServer = new WebSocketServer({ server: httpServer, path: GRAPHQL_PATH, maxPayload: MAX_WS_PAYLOAD });
  const websocket = serveWebSocket({
    wsServer,
    schema,
    config,
    gateway,
    services,
    authenticator,
    logger,
    formatError,
  });

  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    validationRules: limitRules(config.limits),
    parseOptions: { maxTokens: config.limits.maxTokens },
    // We own shutdown (src/lifecycle/shutdown.ts): Apollo's own signal handler would stop the
    // server behind our back and re-raise the signal.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      roundTripsPlugin,
      queryLimitsPlugin(config.limits),
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
  app.use(
    GRAPHQL_PATH,
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = req.header('x-request-id') ?? crypto.randomUUID();
        const counting = config.debug.roundTrips && req.header(ROUND_TRIPS_HEADER) === '1';
        const viewer = await authenticator
          .authenticate(httpCredentials((name) => req.header(name)))
          .catch((error: unknown) => {
            // Thrown from the context function, only a GraphQLError keeps its status and code.
            const message = error instanceof AuthenticationError ? error.message : 'Authentication failed';
            throw new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          });
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
    },
  };
}
