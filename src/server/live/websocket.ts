/**
 * graphql-ws on the HTTP server's `/graphql` path, with the protections HTTP has and more:
 * identity read once at `connection_init` (and the socket closed when the token expires), the
 * same query limits as HTTP in `onSubscribe` (Apollo's plugins never see WebSocket traffic),
 * per-connection caps on active subscriptions and on subscribe messages per second, masked
 * errors, and execution shared between equal subscriptions (live/multiplexer.ts).
 */
import {
  getOperationAST,
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { LRUCache } from 'lru-cache';
import type { WebSocket, WebSocketServer } from 'ws';
import { connectionCredentials, type Authenticator } from '../../auth/authenticator';
import type { Viewer } from '../../auth/viewer';
import type { Config } from '../../config/config';
import { createRequestContext, type AppServices } from '../../context/context';
import type { Gateway } from '../../db/gateway';
import type { Logger } from '../../observability/logger';
import { WebSocketOperations } from '../../observability/websocket-operations';
import { enforceCost, limitRules } from '../../security/query-limits';
import { withoutHttp, type CallerRateLimiter } from '../../security/rate-limit';
import { CLOSE } from './close-codes';
import { SubscriptionMultiplexer } from './multiplexer';
import { RateWindow } from './rate-window';
import type { createErrorFormatter } from '../errors';

interface ConnectionState {
  viewer: Viewer;
  active: Set<string>;
  subscribes: RateWindow;
  expiry?: NodeJS.Timeout;
}
type Extra = { state: ConnectionState };

/** setTimeout's ceiling (~24.8 days); longer-lived tokens are re-checked then. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Bounds of the document cache (entries, and total query text). */
const MAX_CACHED_DOCUMENTS = 500;
const MAX_CACHED_QUERY_CHARS = 1_000_000;

export interface WebSocketServerHandle {
  dispose(): Promise<void>;
  multiplexer: SubscriptionMultiplexer;
  /** Active subscriptions over all connections. */
  activeSubscriptions(): number;
}

export function serveWebSocket(options: {
  wsServer: WebSocketServer;
  schema: GraphQLSchema;
  config: Config;
  gateway: Gateway;
  services: AppServices;
  authenticator: Authenticator;
  /** The HTTP transport's limiter: one budget per caller, whichever transport it uses. */
  rateLimiter: CallerRateLimiter;
  logger: Logger;
  formatError: ReturnType<typeof createErrorFormatter>;
  /** Logs and metrics of each operation (src/observability). */
  operations?: WebSocketOperations;
}): WebSocketServerHandle {
  const { wsServer, schema, config, gateway, services, authenticator, rateLimiter, logger, formatError } = options;
  const operations = options.operations ?? new WebSocketOperations();
  const { websocket: limitsWs, limits } = config;
  const rules = [
    ...specifiedRules,
    ...limitRules(limits),
    // Introspection off (production default) holds over WebSocket too.
    ...(config.api.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
  const multiplexer = new SubscriptionMultiplexer(limitsWs.maxQueuedResults, (error) =>
    logger.error({ err: error }, 'subscription source failed'),
  );
  // Valid documents by query text: the many dashboards sending the same subscription share one
  // AST (it stays referenced for the subscription's lifetime) and skip parsing and validation.
  const documents = new LRUCache<string, DocumentNode>({
    max: MAX_CACHED_DOCUMENTS,
    maxSize: MAX_CACHED_QUERY_CHARS,
    sizeCalculation: (_document, query) => Math.max(1, query.length),
  });
  let active = 0;
  /** Every close the server decides on is logged (warn): who, which code, why. */
  const close = (
    socket: WebSocket,
    { code, reason }: { code: number; reason: string },
    detail?: string,
    viewer?: Viewer,
  ) => {
    const text = detail ? `${reason}: ${detail}`.slice(0, 120) : reason;
    logger.warn({ code, reason: text, caller: callerOf(viewer) }, 'websocket closed by the server');
    socket.close(code, text);
  };
  /** A subscribe message answered with errors instead of a stream: logged with the codes sent. */
  const refuse = (viewer: Viewer, id: string, errors: readonly GraphQLError[]): readonly GraphQLError[] => {
    const codes = errors.map((error) => error.extensions.code ?? 'GRAPHQL_VALIDATION_FAILED');
    logger.warn({ id, caller: callerOf(viewer), codes, message: errors[0]?.message }, 'subscription refused');
    return errors;
  };

  const disposable = useServer<Record<string, unknown>, Extra>(
    {
      schema,
      connectionInitWaitTimeout: 5_000,
      onConnect: async (ctx) => {
        let viewer: Viewer;
        const credentials = connectionCredentials(ctx.connectionParams);
        try {
          // The failed-authentication limit of HTTP, by the same client address.
          viewer = await rateLimiter.authenticate(
            ctx.extra.request.socket.remoteAddress ?? 'unknown',
            credentials,
            () => authenticator.authenticate(credentials),
          );
        } catch (error) {
          const limited = error instanceof GraphQLError && error.extensions.code === 'RATE_LIMITED';
          const closing = limited ? CLOSE.rateLimited : CLOSE.unauthorized;
          close(ctx.extra.socket, closing, error instanceof Error ? error.message : undefined);
          return false;
        }
        const state: ConnectionState = {
          viewer,
          active: new Set(),
          subscribes: new RateWindow(limitsWs.maxSubscribesPerSecond),
        };
        if (viewer.expiresAt) {
          const ms = Math.min(MAX_TIMER_MS, Math.max(0, viewer.expiresAt.getTime() - Date.now()));
          state.expiry = setTimeout(() => close(ctx.extra.socket, CLOSE.unauthorized, 'token expired'), ms);
          state.expiry.unref();
        }
        ctx.extra.state = state;
        return true;
      },
      onSubscribe: async (ctx, id, payload) => {
        const state = ctx.extra.state as ConnectionState;
        const { viewer } = state;
        operations.started(ctx, id, payload, viewer);
        if (!state.subscribes.admit()) {
          close(
            ctx.extra.socket,
            CLOSE.tooManySubscriptions,
            `over ${limitsWs.maxSubscribesPerSecond} subscribes/s`,
            viewer,
          );
          return [new GraphQLError('Too many subscribe messages', { extensions: { code: 'RATE_LIMITED' } })];
        }
        // Every operation counts against the caller's budget, as over HTTP (the same counter).
        // The only await here: what follows up to `state.active.add` runs in one go, so two
        // subscribe messages arriving together cannot both pass the cap below.
        try {
          await rateLimiter.consume(viewer.id);
        } catch (error) {
          if (!(error instanceof GraphQLError)) throw error;
          return refuse(viewer, id, [withoutHttp(error)]);
        }
        if (state.active.size >= limitsWs.maxSubscriptionsPerConnection) {
          close(
            ctx.extra.socket,
            CLOSE.tooManySubscriptions,
            `over ${limitsWs.maxSubscriptionsPerConnection} active`,
            viewer,
          );
          return [new GraphQLError('Too many subscriptions', { extensions: { code: 'RATE_LIMITED' } })];
        }
        let document = documents.get(payload.query);
        if (!document) {
          try {
            document = parse(payload.query, { maxTokens: limits.maxTokens });
          } catch (error) {
            const refusal = error instanceof GraphQLError ? error : new GraphQLError('Syntax error');
            return refuse(viewer, id, [coded(refusal, 'GRAPHQL_PARSE_FAILED')]);
          }
          const errors = validate(schema, document, rules);
          if (errors.length > 0) {
            return refuse(
              viewer,
              id,
              errors.map((error) => coded(error, 'GRAPHQL_VALIDATION_FAILED')),
            );
          }
          documents.set(payload.query, document);
        }
        try {
          enforceCost(schema, document, payload.operationName, payload.variables, limits);
        } catch (error) {
          return refuse(viewer, id, [error as GraphQLError]);
        }
        state.active.add(id);
        active += 1;
        const requestId = operations.identify(ctx, id, document);
        // A query or mutation has the request deadline; a subscription lives as long as it is wanted.
        const bounded = getOperationAST(document, payload.operationName)?.operation !== 'subscription';
        const scope = bounded ? gateway.withDeadline(Date.now() + config.request.deadlineMs) : gateway;
        const contextValue = createRequestContext(scope, services, requestId, state.viewer);
        contextValue.connection = { close: (code, reason) => ctx.extra.socket.close(code, reason) };
        const args: ExecutionArgs = {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
        return args;
      },
      subscribe: (args) => {
        const contextValue = args.contextValue as ReturnType<typeof createRequestContext>;
        return multiplexer.subscribe(args, {
          scope: contextValue.viewer.role,
          shareable: !differsPerSubscriber(args),
          handle: {
            onOverflow: () => {
              logger.warn(
                {
                  code: CLOSE.slowConsumer.code,
                  requestId: contextValue.requestId,
                  caller: callerOf(contextValue.viewer),
                  maxQueuedResults: limitsWs.maxQueuedResults,
                },
                'slow consumer disconnected',
              );
              contextValue.connection?.close(CLOSE.slowConsumer.code, CLOSE.slowConsumer.reason);
            },
          },
        });
      },
      onNext: (ctx, id, _payload, _args, result) =>
        operations.sent(
          ctx,
          id,
          result.errors
            ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) }
            : undefined,
        ),
      onError: (ctx, id, _payload, errors) =>
        operations.failed(
          ctx,
          id,
          errors.map((error) => formatError(error.toJSON(), error)),
        ),
      onComplete: (ctx, id) => {
        operations.completed(ctx, id);
        const state = ctx.extra.state;
        if (state?.active.delete(id)) active -= 1;
      },
      onClose: (ctx) => {
        operations.closed(ctx);
        const state = ctx.extra.state;
        if (!state) return;
        clearTimeout(state.expiry);
        active -= state.active.size;
        state.active.clear();
      },
    },
    wsServer,
    limitsWs.keepAliveMs,
  );

  return {
    dispose: async () => {
      await disposable.dispose();
    },
    multiplexer,
    activeSubscriptions: () => active,
  };
}

/** What a log line says of a caller: never its credentials. */
function callerOf(viewer: Viewer | undefined) {
  return viewer ? { kind: viewer.kind, id: viewer.id, role: viewer.role } : undefined;
}

/** The code Apollo gives the same refusal over HTTP, unless the error has its own (limits). */
function coded(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}

/**
 * "Send the current value first" (`initial: true`) and "replay from a sequence first"
 * (`after: n`) make the stream differ per subscriber: a subscriber joining a running execution
 * would miss what it already sent. Such subscriptions are executed privately.
 */
function differsPerSubscriber(args: ExecutionArgs): boolean {
  const operation = getOperationAST(args.document, args.operationName);
  let differs = false;
  if (!operation) return false;
  visit(operation, {
    Argument(node) {
      const name = node.name.value;
      if (name !== 'initial' && name !== 'after') return;
      const value =
        node.value.kind === Kind.VARIABLE
          ? args.variableValues?.[node.value.name.value]
          : node.value.kind === Kind.BOOLEAN
            ? node.value.value
            : node.value.kind === Kind.NULL
              ? null
              : 'literal';
      differs ||= name === 'initial' ? value === true : value !== null && value !== undefined;
    },
  });
  return differs;
}
