import type { EcographModule } from '../module';
import { InitiativeParticipantResolver, InitiativePartnershipResolver } from './initiative-links.resolver';
import { InitiativeResolver } from './initiative.resolver';
import { INITIATIVE_NODE } from './initiative.type';

/** Initiatives, their contributors, and the initiative fields of partnerships and participants. */
export const initiativeModule: EcographModule = {
  name: 'initiative',
  resolvers: [InitiativeResolver, InitiativePartnershipResolver, InitiativeParticipantResolver],
  nodeTypes: [INITIATIVE_NODE],
};
