/**
 * Names the mutation its write transactions' outbox entries are about: GRAPH_CHANGED (which
 * feeds activity panels and tells every replica to refresh KPIs) carries the mutation's own
 * field name, so no table keyed by mutation names exists. The events themselves are written by
 * the write transactions (events/outbox.ts): a mutation that committed nothing writes none.
 */
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '../context/context';

/** Wraps every Mutation field's resolver (only those: reads pay nothing). Transport-agnostic. */
export function nameMutationsInEvents(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  for (const field of Object.values(mutation?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args: Record<string, unknown>, context: RequestContext, info) => {
      context.outbox.begin(field.name);
      return resolve(source, args, context, info) as unknown;
    };
  }
  return schema;
}
