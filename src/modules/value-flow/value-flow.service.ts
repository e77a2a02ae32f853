/** The business actions on value flows: validate, then one unit of work (src/db/unit-of-work.ts). */
import crypto from 'node:crypto';
import { toGlobalId } from '../../core/global-id';
import { UserErrorCode, userError, type UserError } from '../../core/user-error';
import {
  changeLocked,
  createOnce,
  firstRow,
  type Outcome,
  refuse,
  Service,
  clientKeyPlan,
} from '../../db/unit-of-work';
import type { Row } from '../../db/values';
import { nonPartyErrors } from '../interaction/party-check';
import type { ValueFlowCorrectInput, ValueFlowRecordInput } from './value-flow.inputs';
import * as q from './value-flow.queries';
import type { ValueFlowRecord } from './value-flow.type';
import { validateCorrect, validateRecord } from './value-flow.validation';

export interface ValueFlowResult {
  valueFlow: ValueFlowRecord | null;
  userErrors: UserError[];
}

const failed = (userErrors: UserError[]): ValueFlowResult => ({ valueFlow: null, userErrors });
const result = ({ value, userErrors }: Outcome<ValueFlowRecord>): ValueFlowResult => ({ valueFlow: value, userErrors });
const asFlow = (row: Row) => row.valueFlow as ValueFlowRecord;

type CorrectableValueFlow = ValueFlowRecord & { correctedBy: string | null };

const key = (value: string | null | undefined) => value?.trim() || null;

export class ValueFlowService extends Service {
  async record(input: ValueFlowRecordInput): Promise<ValueFlowResult> {
    const { errors, partnershipId, fromId, toId } = validateRecord(input, this.now());
    if (errors.length > 0 || !partnershipId || !fromId || !toId) return failed(errors);

    // Generated once, outside the transaction function, so a driver retry reuses it.
    const id = crypto.randomUUID();
    const clientKey = key(input.clientKey);
    const fields: q.ValueFlowWrite = {
      kind: input.kind,
      amount: input.amount.amount,
      currency: input.amount.currency,
      at: (input.at ?? this.now()).toISOString(),
      partnershipId,
    };
    const parties = [
      { field: 'input.fromId', id: fromId },
      { field: 'input.toId', id: toId },
    ];
    return result(
      await createOnce(this.db, {
        clientKey: clientKeyPlan(clientKey, { relationship: 'VALUE_FLOW' }, q.valueFlowByClientKey, input),
        references: [
          { field: 'input.partnershipId', label: 'Partnership', id: partnershipId },
          ...parties.map((ref) => ({ ...ref, label: 'Participant' })),
        ],
        check: (tx) => nonPartyErrors(tx, partnershipId, parties),
        create: q.createValueFlow(id, clientKey, fromId, toId, fields),
        read: asFlow,
      }),
    );
  }

  async correct(input: ValueFlowCorrectInput): Promise<ValueFlowResult> {
    const { errors, id: oldId } = validateCorrect(input, this.now());
    if (errors.length > 0 || !oldId) return failed(errors);
    if (input.amount == null && input.kind == null && input.at == null) {
      return failed([
        userError(['input'], UserErrorCode.NOTHING_TO_UPDATE, 'give at least one of amount, kind, at to correct'),
      ]);
    }

    const id = crypto.randomUUID();
    const clientKey = key(input.clientKey);
    const reason = input.reason.trim();
    return result(
      await changeLocked(this.db, {
        // Locks, then reads, the flow to correct.
        lock: async (tx): Promise<CorrectableValueFlow | undefined> => {
          await tx.run(q.lockValueFlow(oldId));
          return firstRow(tx, q.valueFlowToCorrect(oldId), (row) => ({
            ...asFlow(row),
            correctedBy: (row.correctedBy as string | null) ?? null,
          }));
        },
        notFound: userError(['input', 'id'], UserErrorCode.NOT_FOUND, `no value flow has id "${input.id}"`),
        clientKey: clientKeyPlan(clientKey, { relationship: 'VALUE_FLOW' }, q.valueFlowByClientKey, input),
        read: asFlow,
        change: async (old, tx) => {
          if (old.correctedBy) {
            const newer = toGlobalId('ValueFlow', old.correctedBy);
            refuse(
              userError(
                ['input', 'id'],
                UserErrorCode.INVALID,
                `this value flow was already corrected by "${newer}"; correct that one instead`,
              ),
            );
          }
          const fields: q.ValueFlowWrite = {
            kind: input.kind ?? old.kind,
            amount: input.amount?.amount ?? old.amount,
            currency: input.amount?.currency ?? old.currency,
            at: (input.at ?? old.at).toISOString(),
            partnershipId: old.partnershipId ?? null,
          };
          return asFlow((await tx.run(q.correctValueFlow(oldId, id, clientKey, fields, reason)))[0] as Row);
        },
      }),
    );
  }
}
