/**
 * The business actions on partnerships. Each is one unit of work (src/db/unit-of-work.ts);
 * anything refused inside it (a guard, a missing reference) rolls the transaction back.
 */
import type { Clock } from '../../core/clock';
import crypto from 'node:crypto';
import { Checks } from '../../core/checks';
import { toGlobalId } from '../../core/global-id';
import type { EventIntent } from '../../events/events';
import { UserErrorCode, userError, type UserError } from '../../core/user-error';
import type { Gateway, Tx } from '../../db/gateway';
import {
  changeKeyPlan,
  changeOnce,
  clientKeyPlan,
  createOnce,
  earlierWithKey,
  firstRow,
  refuse,
  refuseIf,
  recordNow,
  rememberKey,
  unitOfWork,
} from '../../db/unit-of-work';
import { PARTNERSHIP } from '../../model/nodes';
import { missingReferences } from '../../db/references';
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
const refusal = (field: string[], code: UserErrorCode, message: string) => refuse(userError(field, code, message));
const notFound = (id: string, field = 'id') =>
  userError(['input', field], UserErrorCode.NOT_FOUND, `no partnership has id "${id}"`);

/** The partnership as it is now: what a retried change answers. */
async function partnershipNow(tx: Tx, id: string, missing: UserError): Promise<PartnershipRecord> {
  return (await recordNow<PartnershipRecord>(tx, PARTNERSHIP, id)) ?? refuse(missing);
}

function stageChanged(partnership: PartnershipRecord | null, change: StageChangeRecord | null): EventIntent[] {
  if (!partnership || !change) return [];
  return [
    {
      kind: 'PARTNERSHIP_STAGE_CHANGED',
      partnershipId: toGlobalId('Partnership', partnership.id),
      stageChangeId: toGlobalId('StageChange', change.id),
      from: change.from,
      to: change.to,
      by: change.by ?? 'unknown',
    },
  ];
}

export class PartnershipService {
  constructor(
    private readonly db: Gateway,
    private readonly actor: string,
    private readonly now: Clock,
  ) {}

  private async result(outcome: Promise<{ value: PartnershipRecord | null; userErrors: UserError[] }>) {
    const { value, userErrors } = await outcome;
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
    return this.result(
      createOnce(this.db, {
        clientKey: clientKeyPlan(input.clientKey?.trim(), { label: 'Partnership' }, q.partnershipByClientKey, input),
        references: [
          ...parties.map((party, i) => ({
            field: `input.parties.${i}.participantId`,
            label: 'Participant',
            id: party.participantId as string,
          })),
          ...ownerIds.map((ownerId, i) => ({
            field: `input.ownerIds.${i}`,
            label: 'TeamMember',
            id: ownerId as string,
          })),
        ],
        create: statement,
        read: asPartnership,
      }),
    );
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
    return this.result(
      changeOnce(this.db, {
        clientKey: changeKeyPlan(input.clientKey?.trim(), 'partnershipUpdate', input),
        retried: (tx) => partnershipNow(tx, key, notFound(input.id)),
        change: async (tx) => {
          const current = await firstRow(tx, q.lockForStageMove(key), (row) => row);
          if (!current) refuse(notFound(input.id));
          const late = validateUpdate(input, this.now(), { type: current.type as PartnershipType });
          if (input.endsAt && current.startedAt instanceof Date && input.endsAt < current.startedAt) {
            late.add('endsAt', UserErrorCode.OUT_OF_RANGE, 'endsAt must not be before startedAt');
          }
          refuseIf(late.errors);
          return asPartnership((await tx.run(q.updatePartnership(key, changes)))[0]);
        },
      }),
    );
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

    const keyed = clientKeyPlan(clientKey, { label: 'StageChange' }, q.stageMoveByClientKey, input);

    // The key first, before the lock (which touches updatedAt): a retry changes nothing.
    const { value, userErrors } = await unitOfWork(this.db, async (tx) => {
      const done = keyed ? await earlierWithKey(tx, keyed, (row) => row) : undefined;
      if (done) return done;
      const [facts] = await tx.run(q.lockForStageMove(key));
      if (!facts) refuse(notFound(input.id));
      // lockForStageMove returns exactly LifecycleFacts' fields (snapshot-tested statement).
      refuseIf(checkMove(facts as unknown as LifecycleFacts, { to: input.to, at, reason }));
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
      await rememberKey(tx, keyed);
      tx.emit(...stageChanged(asPartnership(row), (row?.stageChange ?? null) as StageChangeRecord | null));
      return row as Row;
    });
    const partnership = asPartnership(value ?? undefined);
    const stageChange = (value?.stageChange ?? null) as StageChangeRecord | null;
    return { partnership, stageChange, userErrors };
  }

  async addParty(input: PartnershipAddPartyInput): Promise<PartnershipResult> {
    const now = this.now();
    const checks = new Checks(now);
    const key = this.partnershipKey(checks, 'partnershipId', input.partnershipId);
    const participant = checks.id('participantId', input.participantId, 'Participant');
    checks.text('clientKey', input.clientKey, PARTNERSHIP_LIMITS.clientKey);
    if (!checks.ok || !key || !participant) return { partnership: null, userErrors: checks.errors };
    return this.result(
      changeOnce(this.db, {
        clientKey: changeKeyPlan(input.clientKey?.trim(), 'partnershipAddParty', input),
        retried: (tx) => partnershipNow(tx, key, notFound(input.partnershipId, 'partnershipId')),
        change: async (tx) => {
          const state = await this.lockParties(tx, key, participant, input.partnershipId);
          if (input.role === PartyRole.LEAD && Number(state.leads) > 0 && state.role !== PartyRole.LEAD) {
            refusal(['input', 'role'], UserErrorCode.INVALID, 'the partnership already has a LEAD party');
          }
          return asPartnership((await tx.run(q.addParty(key, participant, input.role, now.toISOString())))[0]);
        },
      }),
    );
  }

  async removeParty(input: PartnershipRemovePartyInput): Promise<PartnershipResult> {
    const now = this.now();
    const checks = new Checks(now);
    const key = this.partnershipKey(checks, 'partnershipId', input.partnershipId);
    const participant = checks.id('participantId', input.participantId, 'Participant');
    checks.text('clientKey', input.clientKey, PARTNERSHIP_LIMITS.clientKey);
    if (!checks.ok || !key || !participant) return { partnership: null, userErrors: checks.errors };
    return this.result(
      changeOnce(this.db, {
        clientKey: changeKeyPlan(input.clientKey?.trim(), 'partnershipRemoveParty', input),
        retried: (tx) => partnershipNow(tx, key, notFound(input.partnershipId, 'partnershipId')),
        change: async (tx) => {
          const state = await this.lockParties(tx, key, participant, input.partnershipId);
          if (!state.role)
            refusal(['input', 'participantId'], UserErrorCode.NOT_FOUND, 'that participant is not a party');
          if (state.stage !== PartnershipStage.IDENTIFICATION && Number(state.parties) <= 2) {
            refusal(
              ['input', 'participantId'],
              UserErrorCode.INVALID,
              `a partnership in ${String(state.stage)} keeps at least two parties`,
            );
          }
          return asPartnership((await tx.run(q.removeParty(key, participant, now.toISOString())))[0]);
        },
      }),
    );
  }

  async assignOwner(input: PartnershipOwnerInput): Promise<PartnershipResult> {
    const checks = new Checks(this.now());
    const key = this.partnershipKey(checks, 'partnershipId', input.partnershipId);
    const member = checks.id('teamMemberId', input.teamMemberId, 'TeamMember');
    checks.text('clientKey', input.clientKey, PARTNERSHIP_LIMITS.clientKey);
    if (!checks.ok || !key || !member) return { partnership: null, userErrors: checks.errors };
    return this.result(
      changeOnce(this.db, {
        clientKey: changeKeyPlan(input.clientKey?.trim(), 'partnershipAssignOwner', input),
        retried: (tx) => partnershipNow(tx, key, notFound(input.partnershipId, 'partnershipId')),
        change: async (tx) => {
          refuseIf(
            await missingReferences(tx, [
              { field: 'input.partnershipId', label: 'Partnership', id: key },
              { field: 'input.teamMemberId', label: 'TeamMember', id: member },
            ]),
          );
          return asPartnership((await tx.run(q.assignOwner(key, member)))[0]);
        },
      }),
    );
  }

  async removeOwner(input: PartnershipOwnerInput): Promise<PartnershipResult> {
    const checks = new Checks(this.now());
    const key = this.partnershipKey(checks, 'partnershipId', input.partnershipId);
    const member = checks.id('teamMemberId', input.teamMemberId, 'TeamMember');
    checks.text('clientKey', input.clientKey, PARTNERSHIP_LIMITS.clientKey);
    if (!checks.ok || !key || !member) return { partnership: null, userErrors: checks.errors };
    const missing = userError(['input', 'partnershipId'], UserErrorCode.NOT_FOUND, 'no partnership has that id');
    return this.result(
      changeOnce(this.db, {
        clientKey: changeKeyPlan(input.clientKey?.trim(), 'partnershipRemoveOwner', input),
        retried: (tx) => partnershipNow(tx, key, missing),
        change: async (tx) => {
          const state = await firstRow(tx, q.lockOwners(key, member), (row) => row);
          if (!state) refuse(missing);
          if (!state.owns)
            refusal(['input', 'teamMemberId'], UserErrorCode.NOT_FOUND, 'that team member is not an owner');
          const managed = state.stage === PartnershipStage.MANAGEMENT || state.stage === PartnershipStage.RENEWAL;
          if (managed && Number(state.owners) <= 1) {
            refusal(
              ['input', 'teamMemberId'],
              UserErrorCode.INVALID,
              `a partnership in ${String(state.stage)} keeps an owner`,
            );
          }
          return asPartnership((await tx.run(q.removeOwner(key, member)))[0]);
        },
      }),
    );
  }

  /** Locks the partnership and reads its parties; refuses unknown ids and closed partnerships. */
  private async lockParties(tx: Tx, key: string, participant: string, globalId: string): Promise<Row> {
    refuseIf(await missingReferences(tx, [{ field: 'input.participantId', label: 'Participant', id: participant }]));
    const [state] = await tx.run(q.lockParties(key, participant));
    if (!state)
      return refusal(['input', 'partnershipId'], UserErrorCode.NOT_FOUND, `no partnership has id "${globalId}"`);
    if (state.stage === PartnershipStage.TERMINATED) {
      refusal(['input', 'partnershipId'], UserErrorCode.INVALID, 'a TERMINATED partnership cannot change its parties');
    }
    return state;
  }
}
