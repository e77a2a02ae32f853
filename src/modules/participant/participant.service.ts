/** The business actions on participants: validate, then one write transaction. */
import type { Clock } from '../../core/clock';
import crypto from 'node:crypto';
import { decodeGlobalId } from '../../core/global-id';
import { UserErrorCode, userError, type UserError } from '../../core/user-error';
import type { Gateway } from '../../db/gateway';
import type { ParticipantCreateInput, ParticipantUpdateInput } from './participant.inputs';
import type { ParticipantWrite } from './participant.queries';
import { participantWrites } from './participant.repository';
import type { ParticipantRecord } from './participant.type';
import { validateCreate, validateUpdate } from './participant.validation';

export interface ParticipantResult {
  participant: ParticipantRecord | null;
  userErrors: UserError[];
}

const failed = (userErrors: UserError[]): ParticipantResult => ({ participant: null, userErrors });

const trimmed = (value: string | null | undefined) => (value === null || value === undefined ? value : value.trim());

function duplicateExternalId(externalId: string): UserError {
  return userError(
    ['input', 'externalId'],
    UserErrorCode.DUPLICATE,
    `externalId "${externalId}" already belongs to another participant`,
  );
}

export class ParticipantService {
  private readonly repository = participantWrites;

  constructor(
    private readonly db: Gateway,
    private readonly now: Clock,
  ) {}

  async create(input: ParticipantCreateInput): Promise<ParticipantResult> {
    const errors = validateCreate(input, this.now());
    if (errors.length > 0) return failed(errors);

    // Generated once, outside the transaction function, so a driver retry reuses it.
    const id = crypto.randomUUID();
    const clientKey = trimmed(input.clientKey) ?? null;
    const fields: ParticipantWrite = {
      name: input.name.trim(),
      kind: input.kind,
      sector: input.sector.trim(),
      region: input.region.trim(),
      tier: input.tier,
      status: input.status,
      joinedAt: (input.joinedAt ?? this.now()).toISOString(),
      externalId: trimmed(input.externalId) ?? null,
    };
    return this.db.write(async (tx) => {
      if (clientKey) {
        const existing = await this.repository.byClientKey(tx, clientKey);
        if (existing) return { participant: existing, userErrors: [] };
      }
      if (fields.externalId && (await this.repository.externalIdTaken(tx, fields.externalId, id))) {
        return failed([duplicateExternalId(fields.externalId)]);
      }
      return { participant: await this.repository.create(tx, id, clientKey, fields), userErrors: [] };
    });
  }

  async update(input: ParticipantUpdateInput): Promise<ParticipantResult> {
    const decoded = decodeGlobalId(input.id);
    if (!decoded || decoded.type !== 'Participant') {
      return failed([userError(['input', 'id'], UserErrorCode.WRONG_TYPE, `"${input.id}" is not a participant id`)]);
    }
    const errors = validateUpdate(input, this.now());
    if (errors.length > 0) return failed(errors);

    const changes: Partial<ParticipantWrite> = {};
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

    return this.db.write(async (tx) => {
      if (changes.externalId && (await this.repository.externalIdTaken(tx, changes.externalId, decoded.id))) {
        return failed([duplicateExternalId(changes.externalId)]);
      }
      const participant = await this.repository.update(tx, decoded.id, changes);
      if (!participant) {
        return failed([userError(['input', 'id'], UserErrorCode.NOT_FOUND, `no participant has id "${input.id}"`)]);
      }
      return { participant, userErrors: [] };
    });
  }
}
