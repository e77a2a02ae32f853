import { INITIATIVE } from '../../model/nodes';
import type { EcographModule } from '../module';
import { InitiativeParticipantResolver, InitiativePartnershipResolver } from './initiative-links.resolver';
import { InitiativeResolver } from './initiative.resolver';
import { toInitiative } from './initiative.type';

/** Initiatives, their contributors, and the initiative fields of partnerships and participants. */
export const initiativeModule: EcographModule = {
  name: 'initiative',
  resolvers: [InitiativeResolver, InitiativePartnershipResolver, InitiativeParticipantResolver],
  nodeTypes: [{ spec: INITIATIVE, toNode: toInitiative }],
};
