import { INTERACTION } from '../../model/nodes';
import type { EcographModule } from '../module';
import { ParticipantInteractionsResolver, PartnershipInteractionsResolver } from './interaction.links.resolver';
import { InteractionResolver } from './interaction.resolver';
import { Interaction, type InteractionRecord } from './interaction.type';

export const interactionModule: EcographModule = {
  name: 'interaction',
  resolvers: [InteractionResolver, PartnershipInteractionsResolver, ParticipantInteractionsResolver],
  nodeTypes: [{ spec: INTERACTION, toNode: (row) => Interaction.from(row as unknown as InteractionRecord) }],
};
