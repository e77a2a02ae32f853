/**
 * The cost limit over HTTP: it needs the operation's variables, so it runs once the operation
 * is resolved (depth, aliases and directives are validation rules; tokens a parse option).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { enforceCost, type QueryLimits } from '../../security/query-limits';

export function queryLimitsPlugin<T extends object>(limits: QueryLimits): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          try {
            enforceCost(schema, document, request.operationName, request.variables, limits);
          } catch (error) {
            if (!(error instanceof GraphQLError)) throw error;
            // Refused before execution: a client error, not a 500.
            throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
          }
        },
      };
    },
  };
}
