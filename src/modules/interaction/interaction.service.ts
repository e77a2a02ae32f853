/** The business actions on interactions: validate, then one unit of work (src/db/unit-of-work.ts). */
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
import type { InteractionCorrectInput, InteractionRecordInput } from './interaction.inputs';
import * as q from './interaction.queries';
import type { InteractionRecord } from './interaction.type';
import { validateCorrect, validateRecord } from './interaction.validation';
import { nonPartyErrors } from './party-check';

export interface InteractionResult {
  interaction: InteractionRecord | null;
  userErrors: UserError[];
}

type CorrectableInteraction = InteractionRecord & { correctedBy: string | null };

const failed = (userErrors: UserError[]): InteractionResult => ({ interaction: null, userErrors });
const asInteraction = (row: Row) => row.interaction as InteractionRecord;
const result = ({ value, userErrors }: Outcome<InteractionRecord>): InteractionResult => ({
  interaction: value,
  userErrors,
});

/** Trimmed text; blank becomes null (absent). */
const text = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

export class InteractionService extends Service {
  async record(input: InteractionRecordInput): Promise<InteractionResult> {
    const { errors, partnershipId, participantIds } = validateRecord(input, this.now());
    if (errors.length > 0 || !partnershipId) return failed(errors);

    // Generated once, outside the transaction function, so a driver retry reuses it.
    const id = crypto.randomUUID();
    const clientKey = text(input.clientKey);
    const fields: q.InteractionWrite = {
      kind: input.kind,
      at: (input.at ?? this.now()).toISOString(),
      weight: input.weight,
      note: text(input.note),
    };
    const participants = participantIds.map((participantId, index) => ({
      field: `input.participantIds.${index}`,
      id: participantId,
    }));
    return result(
      await createOnce(this.db, {
        clientKey: clientKeyPlan(clientKey, { label: 'Interaction' }, q.interactionByClientKey, input),
        references: [
          { field: 'input.partnershipId', label: 'Partnership', id: partnershipId },
          ...participants.map((ref) => ({ ...ref, label: 'Participant' })),
        ],
        check: (tx) => nonPartyErrors(tx, partnershipId, participants),
        create: q.createInteraction(id, clientKey, partnershipId, participantIds, fields),
        read: asInteraction,
        // The outbox completes it with the new engagement, read in this transaction.
        events: (interaction) => [
          {
            kind: 'INTERACTION_RECORDED',
            interactionId: toGlobalId('Interaction', interaction.id),
            partnershipId: input.partnershipId ?? null,
            interactionKind: interaction.kind,
            engagementOf: participantIds,
          },
        ],
      }),
    );
  }

  async correct(input: InteractionCorrectInput): Promise<InteractionResult> {
    const { errors, id: oldId } = validateCorrect(input, this.now());
    if (errors.length > 0 || !oldId) return failed(errors);
    const changed = input.kind != null || input.at != null || input.weight != null || input.note !== undefined;
    if (!changed) {
      return failed([
        userError(['input'], UserErrorCode.NOTHING_TO_UPDATE, 'give at least one of kind, at, weight, note to correct'),
      ]);
    }

    const id = crypto.randomUUID();
    const clientKey = text(input.clientKey);
    const reason = input.reason.trim();
    return result(
      await changeLocked(this.db, {
        // Locks, then reads, the interaction to correct.
        lock: async (tx) => {
          await tx.run(q.lockInteraction(oldId));
          return firstRow(tx, q.interactionToCorrect(oldId), (row) => row.interaction as CorrectableInteraction);
        },
        notFound: userError(['input', 'id'], UserErrorCode.NOT_FOUND, `no interaction has id "${input.id}"`),
        clientKey: clientKeyPlan(clientKey, { label: 'Interaction' }, q.interactionByClientKey, input),
        read: asInteraction,
        change: async (old, tx) => {
          if (old.correctedBy) {
            const newer = toGlobalId('Interaction', old.correctedBy);
            refuse(
              userError(
                ['input', 'id'],
                UserErrorCode.INVALID,
                `this interaction was already corrected by "${newer}"; correct that one instead`,
              ),
            );
          }
          const fields: q.InteractionWrite = {
            kind: input.kind ?? old.kind,
            at: (input.at ?? old.at).toISOString(),
            weight: input.weight ?? old.weight,
            note: input.note !== undefined ? text(input.note) : (old.note ?? null),
          };
          return asInteraction((await tx.run(q.correctInteraction(oldId, id, clientKey, fields, reason)))[0] as Row);
        },
      }),
    );
  }
}
