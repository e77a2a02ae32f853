/**
 * The business actions on partnerships. Each is one write transaction; anything refused
 * inside it (a guard, a missing reference) throws a Refusal so the transaction rolls back.
 */
import type { Clock } from '../../core/clock';
import crypto from 'node:crypto';
import { Checks } from '../../core/checks';
import { Refusal, writeOrRefuse } from '../../core/refusal';
import { UserErrorCode, userError, type UserError } from '../../core/user-error';
import type { Gateway, Tx } from '../../db/gateway';
import { missingReferences, type Reference } from '../../db/references';
import type { Row } from '../../db/values';
import { checkMove, type LifecycleFacts } from './partnership.lifecycle';
import { PartnershipStage, PartyRole, type PartnershipType } from './partnership.enums';
import type {
  PartnershipAddPartyInput,
  PartnershipCreateInput,
  PartnershipMoveStageInput,
  PartnershipOwnerInput,
  PartnershipRemovePartyInput,
  PartnershipUpdateInput,
} from './partnership.inputs';
import * as q from './partnership.queries';
import type { PartnershipRecord } from './partnership.type';
import type { StageChangeRecord } from './stage-change.type';
import { PARTNERSHIP_LIMITS, validateCreate, validateUpdate } from './partnership.validation';

export interface PartnershipResult {
  partnership: PartnershipRecord | null;
  userErrors: UserError[];
}

export interface MoveResult extends PartnershipResult {
  stageChange: StageChangeRecord | null;
}

const asPartnership = (row: Row | undefined) => (row?.partnership ?? null) as PartnershipRecord | null;
const refuse = (field: string[], code: UserErrorCode, message: string) =>
  new Refusal([userError(field, code, message)]);

/** Refuses when a referenced node does not exist. */
async function requireReferences(tx: Tx, references: Reference[]) {
  const missing = await missingReferences(tx, references);
  if (missing.length > 0) throw new Refusal(missing);
}

export class PartnershipService {
  constructor(
    private readonly db: Gateway,
    private readonly actor: string,
    private readonly now: Clock,
  ) {}

  private async result(work: (tx: Tx) => Promise<PartnershipRecord | null>): Promise<PartnershipResult> {
    const { value, userErrors } = await writeOrRefuse(this.db, work);
    return { partnership: value, userErrors };
  }

  /** Decodes the partnership id of an input or refuses with WRONG_TYPE. */
  private partnershipKey(checks: Checks, field: string, id: string): string | undefined {
    return checks.id(field, id, 'Partnership');
  }

  async create(input: PartnershipCreateInput): Promise<PartnershipResult> {
    const now = this.now();
    const { checks, parties, ownerIds } = validateCreate(input, now);
    if (!checks.ok) return { partnership: null, userErrors: checks.errors };
    const id = crypto.randomUUID();
    const startedAt = (input.startedAt ?? now).toISOString();
    const statement = q.createPartnership({
      id,
      clientKey: input.clientKey?.trim() ?? null,
      fields: {
        name: input.name.trim(),
        type: input.type,
        subtype: input.subtype,
        strategicAlignment: input.strategicAlignment ?? null,
        startedAt,
        endsAt: input.endsAt?.toISOString() ?? null,
      },
      parties: parties.map((party) => ({ participantId: party.participantId as string, role: party.role })),
      ownerIds: ownerIds as string[],
      firstChange: { id: crypto.randomUUID(), at: startedAt, by: this.actor },
    });
    return this.result(async (tx) => {
      if (input.clientKey) {
        const [existing] = await tx.run(q.partnershipByClientKey(input.clientKey.trim()));
        if (existing) return asPartnership(existing);
      }
      await requireReferences(tx, [
        ...parties.map((party, i) => ({
          field: `input.parties.${i}.participantId`,
          label: 'Participant',
          id: party.participantId as string,
        })),
        ...ownerIds.map((ownerId, i) => ({ field: `input.ownerIds.${i}`, label: 'TeamMember', id: ownerId as string })),
      ]);
      const [row] = await tx.run(statement);
      return asPartnership(row);
    });
  }

  async update(input: PartnershipUpdateInput): Promise<PartnershipResult> {
    const checks = new Checks(this.now());
    const key = this.partnershipKey(checks, 'id', input.id);
    const early = validateUpdate(input, this.now());
    if (!checks.ok || !early.ok || !key) return { partnership: null, userErrors: [...checks.errors, ...early.errors] };
    const changes: Parameters<typeof q.updatePartnership>[1] = {};
    if (input.name != null) changes.name = input.name.trim();
    if (input.type != null) changes.type = input.type;
    if (input.subtype != null) changes.subtype = input.subtype;
    if (input.strategicAlignment != null) changes.strategicAlignment = input.strategicAlignment;
    if (input.endsAt != null) changes.endsAt = input.endsAt.toISOString();
    if (Object.keys(changes).length === 0) {
      return {
        partnership: null,
        userErrors: [userError(['input'], UserErrorCode.NOTHING_TO_UPDATE, 'give at least one field to change')],
      };
    }
    return this.result(async (tx) => {
      const [current] = await tx.run(q.lockForStageMove(key));
      if (!current) throw refuse(['input', 'id'], UserErrorCode.NOT_FOUND, `no partnership has id "${input.id}"`);
      const late = validateUpdate(input, this.now(), { type: current.type as PartnershipType });
      if (input.endsAt && current.startedAt instanceof Date && input.endsAt < current.startedAt) {
        late.add('endsAt', UserErrorCode.OUT_OF_RANGE, 'endsAt must not be before startedAt');
      }
      if (!late.ok) throw new Refusal(late.errors);
      const [row] = await tx.run(q.updatePartnership(key, changes));
      return asPartnership(row);
    });
  }

  async moveStage(input: PartnershipMoveStageInput): Promise<MoveResult> {
    const now = this.now();
    const checks = new Checks(now);
    const key = this.partnershipKey(checks, 'id', input.id);
    checks.text('reason', input.reason, { min: 0, max: PARTNERSHIP_LIMITS.reason.max });
    checks.instant('at', input.at);
    checks.text('clientKey', input.clientKey, PARTNERSHIP_LIMITS.clientKey);
    if (!checks.ok || !key) return { partnership: null, stageChange: null, userErrors: checks.errors };
    const at = input.at ?? now;
    const reason = input.reason?.trim() || null;
    const clientKey = input.clientKey?.trim() ?? null;
    const changeId = crypto.randomUUID();

    const { value, userErrors } = await writeOrRefuse(this.db, async (tx) => {
      if (clientKey) {
        const [done] = await tx.run(q.stageMoveByClientKey(clientKey));
        if (done) return done;
      }
      const [facts] = await tx.run(q.lockForStageMove(key));
      if (!facts) throw refuse(['input', 'id'], UserErrorCode.NOT_FOUND, `no partnership has id "${input.id}"`);
      const refusals = checkMove(facts as unknown as LifecycleFacts, { to: input.to, at, reason });
      if (refusals.length > 0) throw new Refusal(refusals);
      const [row] = await tx.run(
        q.moveStage({
          partnershipId: key,
          changeId,
          clientKey,
          from: String(facts.stage),
          to: input.to,
          at: at.toISOString(),
          reason,
          by: this.actor,
        }),
      );
      return row as Row;
    });
    return {
      partnership: asPartnership(value ?? undefined),
      stageChange: (value?.stageChange ?? null) as StageChangeRecord | null,
      userErrors,
    };
  }

  async addParty(input: PartnershipAddPartyInput): Promise<PartnershipResult> {
    const checks = new Checks(this.now());
    const key = this.partnershipKey(checks, 'partnershipId', input.partnershipId);
    const participant = checks.id('participantId', input.participantId, 'Participant');
    if (!checks.ok || !key || !participant) return { partnership: null, userErrors: checks.errors };
    return this.result(async (tx) => {
      const state = await this.lockParties(tx, key, participant, input.partnershipId);
      if (input.role === PartyRole.LEAD && Number(state.leads) > 0 && state.role !== PartyRole.LEAD) {
        throw refuse(['input', 'role'], UserErrorCode.INVALID, 'the partnership already has a LEAD party');
      }
      const [row] = await tx.run(q.addParty(key, participant, input.role));
      return asPartnership(row);
    });
  }

  async removeParty(input: PartnershipRemovePartyInput): Promise<PartnershipResult> {
    const checks = new Checks(this.now());
    const key = this.partnershipKey(checks, 'partnershipId', input.partnershipId);
    const participant = checks.id('participantId', input.participantId, 'Participant');
    if (!checks.ok || !key || !participant) return { partnership: null, userErrors: checks.errors };
    return this.result(async (tx) => {
      const state = await this.lockParties(tx, key, participant, input.partnershipId);
      if (!state.role) {
        throw refuse(['input', 'participantId'], UserErrorCode.NOT_FOUND, 'that participant is not a party');
      }
      if (state.stage !== PartnershipStage.IDENTIFICATION && Number(state.parties) <= 2) {
        throw refuse(
          ['input', 'participantId'],
          UserErrorCode.INVALID,
          `a partnership in ${String(state.stage)} keeps at least two parties`,
        );
      }
      const [row] = await tx.run(q.removeParty(key, participant));
      return asPartnership(row);
    });
  }

  async assignOwner(input: PartnershipOwnerInput): Promise<PartnershipResult> {
    const checks = new Checks(this.now());
    const key = this.partnershipKey(checks, 'partnershipId', input.partnershipId);
    const member = checks.id('teamMemberId', input.teamMemberId, 'TeamMember');
    if (!checks.ok || !key || !member) return { partnership: null, userErrors: checks.errors };
    return this.result(async (tx) => {
      await requireReferences(tx, [
        { field: 'input.partnershipId', label: 'Partnership', id: key },
        { field: 'input.teamMemberId', label: 'TeamMember', id: member },
      ]);
      const [row] = await tx.run(q.assignOwner(key, member));
      return asPartnership(row);
    });
  }

  async removeOwner(input: PartnershipOwnerInput): Promise<PartnershipResult> {
    const checks = new Checks(this.now());
    const key = this.partnershipKey(checks, 'partnershipId', input.partnershipId);
    const member = checks.id('teamMemberId', input.teamMemberId, 'TeamMember');
    if (!checks.ok || !key || !member) return { partnership: null, userErrors: checks.errors };
    return this.result(async (tx) => {
      const [state] = await tx.run(q.lockOwners(key, member));
      if (!state) throw refuse(['input', 'partnershipId'], UserErrorCode.NOT_FOUND, 'no partnership has that id');
      if (!state.owns)
        throw refuse(['input', 'teamMemberId'], UserErrorCode.NOT_FOUND, 'that team member is not an owner');
      const managed = [PartnershipStage.MANAGEMENT, PartnershipStage.RENEWAL].includes(state.stage as PartnershipStage);
      if (managed && Number(state.owners) <= 1) {
        throw refuse(
          ['input', 'teamMemberId'],
          UserErrorCode.INVALID,
          `a partnership in ${String(state.stage)} keeps an owner`,
        );
      }
      const [row] = await tx.run(q.removeOwner(key, member));
      return asPartnership(row);
    });
  }

  /** Locks the partnership and reads its parties; refuses unknown ids and closed partnerships. */
  private async lockParties(tx: Tx, key: string, participant: string, globalId: string): Promise<Row> {
    await requireReferences(tx, [{ field: 'input.participantId', label: 'Participant', id: participant }]);
    const [state] = await tx.run(q.lockParties(key, participant));
    if (!state)
      throw refuse(['input', 'partnershipId'], UserErrorCode.NOT_FOUND, `no partnership has id "${globalId}"`);
    if (state.stage === PartnershipStage.TERMINATED) {
      throw refuse(
        ['input', 'partnershipId'],
        UserErrorCode.INVALID,
        'a TERMINATED partnership cannot change its parties',
      );
    }
    return state;
  }
}
