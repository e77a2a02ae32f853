/** Runs the value-flow write statements inside a caller's transaction. */
import type { Tx } from '../../db/gateway';
import type { Row } from '../../db/values';
import * as q from './value-flow.queries';
import type { ValueFlowRecord } from './value-flow.type';

const asFlow = (row: Row) => row.valueFlow as ValueFlowRecord;

export type CorrectableValueFlow = ValueFlowRecord & { correctedBy: string | null };

export const valueFlowWrites = {
  async byClientKey(tx: Tx, clientKey: string): Promise<ValueFlowRecord | undefined> {
    const [row] = await tx.run(q.valueFlowByClientKey(clientKey));
    return row ? asFlow(row) : undefined;
  },

  async create(
    tx: Tx,
    id: string,
    clientKey: string | null,
    fromId: string,
    toId: string,
    fields: q.ValueFlowWrite,
  ): Promise<ValueFlowRecord> {
    const [row] = await tx.run(q.createValueFlow(id, clientKey, fromId, toId, fields));
    return asFlow(row as Row);
  },

  /** Locks, then reads, the flow to correct; undefined when the id is unknown. */
  async toCorrect(tx: Tx, id: string): Promise<CorrectableValueFlow | undefined> {
    await tx.run(q.lockValueFlow(id));
    const [row] = await tx.run(q.valueFlowToCorrect(id));
    return row ? { ...asFlow(row), correctedBy: (row.correctedBy as string | null) ?? null } : undefined;
  },

  async correct(
    tx: Tx,
    oldId: string,
    id: string,
    clientKey: string | null,
    fields: q.ValueFlowWrite,
    reason: string,
  ): Promise<ValueFlowRecord> {
    const [row] = await tx.run(q.correctValueFlow(oldId, id, clientKey, fields, reason));
    return asFlow(row as Row);
  },
};
