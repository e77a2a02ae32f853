/** The business actions on value flows: validate, then one write transaction. */
import type { Clock } from '../../core/clock';
import crypto from 'node:crypto';
import { toGlobalId } from '../../core/global-id';
import { UserErrorCode, userError, type UserError } from '../../core/user-error';
import type { Gateway } from '../../db/gateway';
import { missingReferences } from '../../db/references';
import { nonPartyErrors } from '../interaction/party-check';
import type { ValueFlowCorrectInput, ValueFlowRecordInput } from './value-flow.inputs';
import type { ValueFlowWrite } from './value-flow.queries';
import { valueFlowWrites } from './value-flow.repository';
import type { ValueFlowRecord } from './value-flow.type';
import { validateCorrect, validateRecord } from './value-flow.validation';

export interface ValueFlowResult {
  valueFlow: ValueFlowRecord | null;
  userErrors: UserError[];
}

const failed = (userErrors: UserError[]): ValueFlowResult => ({ valueFlow: null, userErrors });
const done = (valueFlow: ValueFlowRecord): ValueFlowResult => ({ valueFlow, userErrors: [] });

const key = (value: string | null | undefined) => value?.trim() || null;

export class ValueFlowService {
  private readonly repository = valueFlowWrites;

  constructor(
    private readonly db: Gateway,
    private readonly now: Clock,
  ) {}

  async record(input: ValueFlowRecordInput): Promise<ValueFlowResult> {
    const { errors, partnershipId, fromId, toId } = validateRecord(input, this.now());
    if (errors.length > 0 || !partnershipId || !fromId || !toId) return failed(errors);

    // Generated once, outside the transaction function, so a driver retry reuses it.
    const id = crypto.randomUUID();
    const clientKey = key(input.clientKey);
    const fields: ValueFlowWrite = {
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
    return this.db.write(async (tx) => {
      if (clientKey) {
        const existing = await this.repository.byClientKey(tx, clientKey);
        if (existing) return done(existing);
      }
      const missing = await missingReferences(tx, [
        { field: 'input.partnershipId', label: 'Partnership', id: partnershipId },
        ...parties.map((ref) => ({ ...ref, label: 'Participant' })),
      ]);
      if (missing.length > 0) return failed(missing);
      const outsiders = await nonPartyErrors(tx, partnershipId, parties);
      if (outsiders.length > 0) return failed(outsiders);
      return done(await this.repository.create(tx, id, clientKey, fromId, toId, fields));
    });
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
    return this.db.write(async (tx) => {
      if (clientKey) {
        const existing = await this.repository.byClientKey(tx, clientKey);
        if (existing) return done(existing);
      }
      const old = await this.repository.toCorrect(tx, oldId);
      if (!old) {
        return failed([userError(['input', 'id'], UserErrorCode.NOT_FOUND, `no value flow has id "${input.id}"`)]);
      }
      if (old.correctedBy) {
        const newer = toGlobalId('ValueFlow', old.correctedBy);
        return failed([
          userError(
            ['input', 'id'],
            UserErrorCode.INVALID,
            `this value flow was already corrected by "${newer}"; correct that one instead`,
          ),
        ]);
      }
      const fields: ValueFlowWrite = {
        kind: input.kind ?? old.kind,
        amount: input.amount?.amount ?? old.amount,
        currency: input.amount?.currency ?? old.currency,
        at: (input.at ?? old.at).toISOString(),
        partnershipId: old.partnershipId ?? null,
      };
      return done(await this.repository.correct(tx, oldId, id, clientKey, fields, reason));
    });
  }
}
