/**
 * Publishes what a committed mutation caused. Services return the events they cause with their
 * result; resolvers put them in the request's outbox (events/outbox.ts). This wrapper publishes
 * them, followed by GRAPH_CHANGED (which feeds activity panels and tells every replica to
 * refresh KPIs), once the mutation answered without userErrors. No table keyed by mutation
 * names: the mutation's own field name is the only name used.
 */
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '../context/context';
import type { EventIntent } from '../events/publisher';

/** Every mutation payload has `userErrors` (the schema's convention for refusals). */
type Payload = { userErrors?: unknown[] };

/**
 * Wraps every Mutation field's resolver (only those: reads pay nothing) so that a mutation
 * that returned without userErrors publishes its events. Transport-agnostic: HTTP and WebSocket.
 */
export function publishEventsAfterMutations(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  for (const field of Object.values(mutation?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args: Record<string, unknown>, context: RequestContext, info) => {
      const result: unknown = await resolve(source, args, context, info);
      const caused = context.outbox.take();
      if (result && typeof result === 'object') publishFor(field.name, result as Payload, caused, context);
      return result;
    };
  }
  return schema;
}

function publishFor(mutation: string, payload: Payload, caused: EventIntent[], context: RequestContext) {
  if (payload.userErrors && payload.userErrors.length > 0) return;
  context.services.publisher.emit(...caused, { kind: 'GRAPH_CHANGED', mutation, by: context.viewer.id });
}
