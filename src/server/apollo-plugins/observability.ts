/**
 * Observes every GraphQL-over-HTTP request Apollo handles: timed from requestDidStart to
 * willSendResponse, with the errors as the client sees them (after formatError). The request
 * id is echoed in an `x-request-id` response header so a client can quote it.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { getOperationAST } from 'graphql';
import type { RequestContext } from '../../context/context';
import { errorCodesOf, type OperationRecorder } from '../../observability/operation-recorder';

export function observabilityPlugin(recorder: OperationRecorder): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ contextValue, request, document, operation, response }) {
          const resolved = operation ?? (document ? getOperationAST(document, request.operationName) : null);
          const body = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          response.http.headers.set('x-request-id', contextValue.requestId);
          recorder.record({
            transport: 'http',
            requestId: contextValue.requestId,
            operationName: resolved ? resolved.name?.value : request.operationName,
            operationType: resolved?.operation,
            durationMs: performance.now() - started,
            caller: contextValue.viewer,
            errorCodes: errorCodesOf(body.errors),
            status: response.http.status ?? 200,
            roundTrips: contextValue.roundTrips?.count,
          });
        },
      };
    },
    // Authentication runs in the context function: a refused request never reaches requestDidStart.
    async contextCreationDidFail({ error }) {
      const code = (error as { extensions?: Record<string, unknown> }).extensions?.code;
      recorder.record({
        transport: 'http',
        errorCodes: [typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR'],
      });
    },
  };
}
