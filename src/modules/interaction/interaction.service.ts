/** The business actions on interactions: validate, then one write transaction. */
import type { Clock } from '../../core/clock';
import crypto from 'node:crypto';
import { toGlobalId } from '../../core/global-id';
import { UserErrorCode, userError, type UserError } from '../../core/user-error';
import type { Gateway } from '../../db/gateway';
import { missingReferences } from '../../db/references';
import type { InteractionCorrectInput, InteractionRecordInput } from './interaction.inputs';
import type { InteractionWrite } from './interaction.queries';
import { interactionWrites } from './interaction.repository';
import type { InteractionRecord } from './interaction.type';
import { validateCorrect, validateRecord } from './interaction.validation';
import { nonPartyErrors } from './party-check';

export interface InteractionResult {
  interaction: InteractionRecord | null;
  userErrors: UserError[];
}

const failed = (userErrors: UserError[]): InteractionResult => ({ interaction: null, userErrors });
const done = (interaction: InteractionRecord): InteractionResult => ({ interaction, userErrors: [] });

/** Trimmed text; blank becomes null (absent). */
const text = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

export class InteractionService {
  private readonly repository = interactionWrites;

  constructor(
    private readonly db: Gateway,
    private readonly now: Clock,
  ) {}

  async record(input: InteractionRecordInput): Promise<InteractionResult> {
    const { errors, partnershipId, participantIds } = validateRecord(input, this.now());
    if (errors.length > 0 || !partnershipId) return failed(errors);

    // Generated once, outside the transaction function, so a driver retry reuses it.
    const id = crypto.randomUUID();
    const clientKey = text(input.clientKey);
    const fields: InteractionWrite = {
      kind: input.kind,
      at: (input.at ?? this.now()).toISOString(),
      weight: input.weight,
      note: text(input.note),
    };
    const participants = participantIds.map((participantId, index) => ({
      field: `input.participantIds.${index}`,
      id: participantId,
    }));
    return this.db.write(async (tx) => {
      if (clientKey) {
        const existing = await this.repository.byClientKey(tx, clientKey);
        if (existing) return done(existing);
      }
      const missing = await missingReferences(tx, [
        { field: 'input.partnershipId', label: 'Partnership', id: partnershipId },
        ...participants.map((ref) => ({ ...ref, label: 'Participant' })),
      ]);
      if (missing.length > 0) return failed(missing);
      const outsiders = await nonPartyErrors(tx, partnershipId, participants);
      if (outsiders.length > 0) return failed(outsiders);
      return done(await this.repository.create(tx, id, clientKey, partnershipId, participantIds, fields));
    });
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
    return this.db.write(async (tx) => {
      if (clientKey) {
        const existing = await this.repository.byClientKey(tx, clientKey);
        if (existing) return done(existing);
      }
      const old = await this.repository.toCorrect(tx, oldId);
      if (!old) {
        return failed([userError(['input', 'id'], UserErrorCode.NOT_FOUND, `no interaction has id "${input.id}"`)]);
      }
      if (old.correctedBy) {
        const newer = toGlobalId('Interaction', old.correctedBy);
        return failed([
          userError(
            ['input', 'id'],
            UserErrorCode.INVALID,
            `this interaction was already corrected by "${newer}"; correct that one instead`,
          ),
        ]);
      }
      const fields: InteractionWrite = {
        kind: input.kind ?? old.kind,
        at: (input.at ?? old.at).toISOString(),
        weight: input.weight ?? old.weight,
        note: input.note !== undefined ? text(input.note) : (old.note ?? null),
      };
      return done(await this.repository.correct(tx, oldId, id, clientKey, fields, reason));
    });
  }
}
