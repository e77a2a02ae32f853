/**
 * Optional round-trip reporting for tests and profiling: when enabled by configuration and
 * asked with the `x-ecograph-round-trips: 1` header, the response carries
 * `extensions.roundTrips` (Neo4j statements this request ran).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../../context/context';

export const ROUND_TRIPS_HEADER = 'x-ecograph-round-trips';

export const roundTripsPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (!contextValue.roundTrips || response.body.kind !== 'single') return;
        response.body.singleResult.extensions = {
          ...response.body.singleResult.extensions,
          roundTrips: contextValue.roundTrips.count,
        };
      },
    };
  },
};
