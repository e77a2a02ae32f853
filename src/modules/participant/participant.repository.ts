/** Runs the participant write statements inside a caller's transaction. */
import type { Tx } from '../../db/gateway';
import type { Row } from '../../db/values';
import * as q from './participant.queries';
import type { ParticipantRecord } from './participant.type';

const asParticipant = (row: Row) => row.participant as ParticipantRecord;

export const participantWrites = {
  async byClientKey(tx: Tx, clientKey: string): Promise<ParticipantRecord | undefined> {
    const [row] = await tx.run(q.participantByClientKey(clientKey));
    return row ? asParticipant(row) : undefined;
  },

  async externalIdTaken(tx: Tx, externalId: string, exceptId: string): Promise<boolean> {
    return (await tx.run(q.externalIdHolder(externalId, exceptId))).length > 0;
  },

  async create(tx: Tx, id: string, clientKey: string | null, fields: q.ParticipantWrite): Promise<ParticipantRecord> {
    const [row] = await tx.run(q.createParticipant(id, clientKey, fields));
    return asParticipant(row as Row);
  },

  async update(tx: Tx, id: string, changes: Partial<q.ParticipantWrite>): Promise<ParticipantRecord | undefined> {
    const [row] = await tx.run(q.updateParticipant(id, changes));
    return row ? asParticipant(row) : undefined;
  },
};
