import type { EcographModule } from '../module';
import { ParticipantInteractionsResolver, PartnershipInteractionsResolver } from './interaction.links.resolver';
import { InteractionResolver } from './interaction.resolver';
import { INTERACTION_NODE } from './interaction.type';

export const interactionModule: EcographModule = {
  name: 'interaction',
  resolvers: [InteractionResolver, PartnershipInteractionsResolver, ParticipantInteractionsResolver],
  nodeTypes: [INTERACTION_NODE],
};
