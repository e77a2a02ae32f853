/** Runs the interaction write statements inside a caller's transaction. */
import type { Tx } from '../../db/gateway';
import type { Row } from '../../db/values';
import * as q from './interaction.queries';
import type { InteractionRecord } from './interaction.type';

const asInteraction = (row: Row) => row.interaction as InteractionRecord;

export type CorrectableInteraction = InteractionRecord & { correctedBy: string | null };

export const interactionWrites = {
  async byClientKey(tx: Tx, clientKey: string): Promise<InteractionRecord | undefined> {
    const [row] = await tx.run(q.interactionByClientKey(clientKey));
    return row ? asInteraction(row) : undefined;
  },

  async create(
    tx: Tx,
    id: string,
    clientKey: string | null,
    partnershipId: string,
    participantIds: readonly string[],
    fields: q.InteractionWrite,
  ): Promise<InteractionRecord> {
    const [row] = await tx.run(q.createInteraction(id, clientKey, partnershipId, participantIds, fields));
    return asInteraction(row as Row);
  },

  /** Locks, then reads, the interaction to correct; undefined when the id is unknown. */
  async toCorrect(tx: Tx, id: string): Promise<CorrectableInteraction | undefined> {
    await tx.run(q.lockInteraction(id));
    const [row] = await tx.run(q.interactionToCorrect(id));
    return row ? (row.interaction as CorrectableInteraction) : undefined;
  },

  async correct(
    tx: Tx,
    oldId: string,
    id: string,
    clientKey: string | null,
    fields: q.InteractionWrite,
    reason: string,
  ): Promise<InteractionRecord> {
    const [row] = await tx.run(q.correctInteraction(oldId, id, clientKey, fields, reason));
    return asInteraction(row as Row);
  },
};
