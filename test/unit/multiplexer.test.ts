/**
 * The multiplexer over real event streams, on a minimal schema: when the last subscriber
 * leaves, the stream stops listening at once (even one whose filter matches nothing), and a
 * later equal subscription starts a new execution (test/unit/subscriptions.test.ts has sharing).
 */
import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ExecutionResult } from 'graphql';
import type { RequestContext } from '../../src/context/context';
import { systemClock } from '../../src/core/clock';
import { InProcessEventBus } from '../../src/events/bus';
import type { EcosystemEvent } from '../../src/events/events';
import { eventStream } from '../../src/graphql/event-stream';
import { SubscriptionMultiplexer } from '../../src/server/live/multiplexer';

const bus = new InProcessEventBus();
// renewScope only needs a clock and a reader to hand to the new scope; these streams load nothing.
const context = { reader: {}, services: { clock: systemClock } } as unknown as RequestContext;

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      version: {
        type: GraphQLInt,
        args: { above: { type: GraphQLInt } },
        subscribe: (_root, { above }: { above?: number }) =>
          eventStream(context, {
            sources: [bus.subscribe.bind(bus)],
            select: (event) => (above === undefined || event.version > above ? event.version : undefined),
          }),
        resolve: (version: number) => version,
      },
    },
  }),
});

type Stream = AsyncIterator<ExecutionResult>;
const options = { scope: 'VIEWER', shareable: true, handle: { onOverflow: () => undefined } };
const args = (query = 'subscription { version }') => ({ schema, document: parse(query) });
const multiplexer = () =>
  new SubscriptionMultiplexer(10, (error) => {
    throw error;
  });
const publish = (version: number) => {
  const event: EcosystemEvent = {
    kind: 'GRAPH_CHANGED',
    id: `e${version}`,
    at: '',
    version,
    sequence: version,
    mutation: 'm',
    by: 'u',
  };
  bus.deliver(event);
};
const turn = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => expect(bus.listenerCount()).toBe(0));

it('stops listening as soon as the last subscriber leaves, although no event matched', async () => {
  const mux = multiplexer();
  const only = (await mux.subscribe(args('subscription { version(above: 1000) }'), options)) as Stream;
  await turn();
  publish(1); // filtered out: the stream goes back to waiting
  await turn();
  expect(bus.listenerCount()).toBe(1);
  await only.return?.();
  await turn();
  expect(bus.listenerCount()).toBe(0);
  expect(mux.stats()).toMatchObject({ executions: 0, subscribers: 0, executedEvents: 0 });
});

it('starts a new execution for a subscription arriving after every earlier subscriber left', async () => {
  const mux = multiplexer();
  const first = (await mux.subscribe(args(), options)) as Stream;
  await turn();
  publish(1);
  expect((await first.next()).value).toEqual({ data: { version: 1 } });
  await first.return?.();
  await turn();

  const again = (await mux.subscribe(args(), options)) as Stream;
  expect(mux.stats()).toMatchObject({ executions: 1, subscribers: 1 });
  await turn();
  publish(2);
  expect((await again.next()).value).toEqual({ data: { version: 2 } });
  await again.return?.();
  await turn();
});
