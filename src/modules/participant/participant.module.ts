import { PARTICIPANT } from '../../model/nodes';
import type { EcographModule } from '../module';
import { ParticipantResolver } from './participant.resolver';
import { Participant, type ParticipantRecord } from './participant.type';

export const participantModule: EcographModule = {
  name: 'participant',
  resolvers: [ParticipantResolver],
  nodeTypes: [{ spec: PARTICIPANT, toNode: (row) => Participant.from(row as unknown as ParticipantRecord) }],
};
