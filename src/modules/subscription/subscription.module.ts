import type { EcographModule } from '../module';
import { SubscriptionResolver } from './subscription.resolver';

/** Live events over graphql-ws (docs/subscriptions.md). */
export const subscriptionModule: EcographModule = {
  name: 'subscription',
  resolvers: [SubscriptionResolver],
  nodeTypes: [],
};
