/** Builds the executable GraphQL schema from the type-graphql resolvers. */
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { DateTimeScalar } from '../core/scalars';
import { guardMutations } from '../graphql/mutation-guard';
import type { Policy } from '../auth/policy';
import { guardSchema } from '../graphql/schema-guard';
import { guardText } from '../graphql/text-guard';
import { nameMutationsInEvents } from '../graphql/mutation-events';
import { reportEachMutation } from '../graphql/mutation-outcome';
import { NodeResolver } from '../modules/node/node.resolver';
import { MODULES } from '../modules/index';

/**
 * type-graphql insists on a PubSub once there are subscriptions, but ours never use topics:
 * each has its own `subscribe` over the event bus (src/modules/subscription). Using this is a bug.
 */
const NO_TOPICS: PubSub = {
  publish: () => {
    throw new Error('topic publishing is not used: publish through the EventBus');
  },
  subscribe: () => {
    throw new Error('topic subscriptions are not used: give @Subscription a subscribe function');
  },
};

/**
 * The schema with its cross-cutting wrappers, innermost first: events after a committed
 * mutation, then the ownership rule and audit start, then the text rules (every String and ID
 * input checked and normalised), then the role checks of the policy; outermost, each mutation's
 * own deadline and named failures (mutation-outcome.ts).
 */
export async function buildEcographSchema(policy: Policy): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [NodeResolver, ...MODULES.flatMap((module) => module.resolvers)],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    pubSub: NO_TOPICS,
  });
  return reportEachMutation(guardSchema(guardText(guardMutations(nameMutationsInEvents(schema), policy)), policy));
}

/** The SDL committed as schema/schema.graphql: sorted, so diffs show real changes only. */
export function printEcographSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
