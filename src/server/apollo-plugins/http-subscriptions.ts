/**
 * Subscriptions live on the WebSocket (graphql-ws). One sent as an HTTP POST or GET would
 * otherwise fail inside execution as a masked internal error; this answers 400 with a code and
 * says where to go instead, before anything runs.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

export const SUBSCRIPTION_OVER_HTTP =
  'Subscriptions are served over WebSocket only, with the graphql-ws protocol, on this same path ' +
  '(ws:// or wss:// instead of http:// or https://): open a graphql-ws client there (docs/subscriptions.md)';

export function subscriptionsOverHttpPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw new GraphQLError(SUBSCRIPTION_OVER_HTTP, {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        },
      };
    },
  };
}
