/** The business actions on participants: validate, then one unit of work (src/db/unit-of-work.ts). */
import crypto from 'node:crypto';
import { decodeGlobalId } from '../../core/global-id';
import { UserErrorCode, userError, type UserError } from '../../core/user-error';
import type { Clock } from '../../core/clock';
import type { Gateway, Tx } from '../../db/gateway';
import {
  clientKeyPlan,
  createOnce,
  firstRow,
  type Outcome,
  refuse,
  refuseIf,
  Service,
  changeKeyPlan,
  changeOnce,
  recordNow,
} from '../../db/unit-of-work';
import { PARTICIPANT } from '../../model/nodes';
import type { Row } from '../../db/values';
import type { ParticipantCreateInput, ParticipantUpdateInput } from './participant.inputs';
import * as q from './participant.queries';
import type { ParticipantRecord } from './participant.type';
import { validateCreate, validateUpdate } from './participant.validation';

export interface ParticipantResult {
  participant: ParticipantRecord | null;
  userErrors: UserError[];
}

const failed = (userErrors: UserError[]): ParticipantResult => ({ participant: null, userErrors });
const result = ({ value, userErrors }: Outcome<ParticipantRecord>): ParticipantResult => ({
  participant: value,
  userErrors,
});
const asParticipant = (row: Row) => row.participant as ParticipantRecord;

const trimmed = (value: string | null | undefined) => (value === null || value === undefined ? value : value.trim());

function duplicateExternalId(externalId: string): UserError {
  return userError(
    ['input', 'externalId'],
    UserErrorCode.DUPLICATE,
    `externalId "${externalId}" already belongs to another participant`,
  );
}

/** DUPLICATE when another participant holds `externalId`. */
async function externalIdErrors(tx: Tx, externalId: string | null | undefined, exceptId: string) {
  if (!externalId) return [];
  const taken = (await tx.run(q.externalIdHolder(externalId, exceptId))).length > 0;
  return taken ? [duplicateExternalId(externalId)] : [];
}

export class ParticipantService extends Service {
  constructor(
    db: Gateway,
    now: Clock,
    /** Who makes the changes (recorded in the change history). */
    private readonly actor: string = 'unknown',
  ) {
    super(db, now);
  }

  async create(input: ParticipantCreateInput): Promise<ParticipantResult> {
    const now = this.now();
    const errors = validateCreate(input, now);
    if (errors.length > 0) return failed(errors);

    // Generated once, outside the transaction function, so a driver retry reuses it.
    const id = crypto.randomUUID();
    const clientKey = trimmed(input.clientKey) ?? null;
    const fields: q.ParticipantWrite = {
      name: input.name.trim(),
      kind: input.kind,
      sector: input.sector.trim(),
      region: input.region.trim(),
      tier: input.tier,
      status: input.status,
      joinedAt: (input.joinedAt ?? now).toISOString(),
      externalId: trimmed(input.externalId) ?? null,
    };
    return result(
      await createOnce(this.db, {
        clientKey: clientKeyPlan(clientKey, { label: 'Participant' }, q.participantByClientKey, input),
        check: (tx) => externalIdErrors(tx, fields.externalId, id),
        create: q.createParticipant(id, clientKey, fields, now.toISOString()),
        read: asParticipant,
      }),
    );
  }

  async update(input: ParticipantUpdateInput): Promise<ParticipantResult> {
    const decoded = decodeGlobalId(input.id);
    if (!decoded || decoded.type !== 'Participant') {
      return failed([userError(['input', 'id'], UserErrorCode.WRONG_TYPE, `"${input.id}" is not a participant id`)]);
    }
    const now = this.now();
    const errors = validateUpdate(input, now);
    if (errors.length > 0) return failed(errors);

    const changes: Partial<q.ParticipantWrite> = {};
    if (input.name != null) changes.name = input.name.trim();
    if (input.kind != null) changes.kind = input.kind;
    if (input.sector != null) changes.sector = input.sector.trim();
    if (input.region != null) changes.region = input.region.trim();
    if (input.tier != null) changes.tier = input.tier;
    if (input.status != null) changes.status = input.status;
    if (input.joinedAt != null) changes.joinedAt = input.joinedAt.toISOString();
    if (input.externalId !== undefined) changes.externalId = trimmed(input.externalId) ?? null;
    if (Object.keys(changes).length === 0) {
      return failed([userError(['input'], UserErrorCode.NOTHING_TO_UPDATE, 'give at least one field to change')]);
    }

    // Fixed before the transaction, so a driver retry writes the same change records.
    const stamp: q.ParticipantChangeStamp = {
      at: now.toISOString(),
      by: this.actor,
      joinedAtChangeId: crypto.randomUUID(),
      statusChangeId: crypto.randomUUID(),
    };
    const notFound = () =>
      refuse(userError(['input', 'id'], UserErrorCode.NOT_FOUND, `no participant has id "${input.id}"`));
    return result(
      await changeOnce(this.db, {
        // externalId: null removes it, so it is not the same request as leaving it out.
        clientKey: changeKeyPlan(trimmed(input.clientKey), 'participantUpdate', {
          ...input,
          removeExternalId: input.externalId === null,
        }),
        retried: async (tx) => (await recordNow<ParticipantRecord>(tx, PARTICIPANT, decoded.id)) ?? notFound(),
        change: async (tx) => {
          refuseIf(await externalIdErrors(tx, changes.externalId, decoded.id));
          const participant = await firstRow(tx, q.updateParticipant(decoded.id, changes, stamp), asParticipant);
          return participant ?? notFound();
        },
      }),
    );
  }
}
