import type { EcographModule } from '../module';
import { ParticipantResolver } from './participant.resolver';
import { PARTICIPANT_NODE } from './participant.type';

export const participantModule: EcographModule = {
  name: 'participant',
  resolvers: [ParticipantResolver],
  nodeTypes: [PARTICIPANT_NODE],
};
