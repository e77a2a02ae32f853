/** The business actions on initiatives: validate, then one unit of work (src/db/unit-of-work.ts). */
import crypto from 'node:crypto';
import { UserErrorCode, userError, type UserError } from '../../core/user-error';
import { missingReferences, type Reference } from '../../db/references';
import {
  changeLocked,
  createOnce,
  firstRow,
  type Outcome,
  refuse,
  refuseIf,
  Service,
  clientKeyPlan,
  changeKeyPlan,
  changeOnce,
  recordNow,
} from '../../db/unit-of-work';
import { INITIATIVE, PARTICIPANT } from '../../model/nodes';
import type { Row } from '../../db/values';
import type { ParticipantRecord } from '../participant/participant.type';
import { FINAL_INITIATIVE_STATUSES } from './initiative.enums';
import type {
  InitiativeAddContributorInput,
  InitiativeCreateInput,
  InitiativeUpdateStatusInput,
} from './initiative.inputs';
import * as q from './initiative.queries';
import type { InitiativeRecord } from './initiative.type';
import { decodeAddContributor, decodeUpdateStatus, validateInitiativeCreate } from './initiative.validation';

export interface InitiativeResult {
  initiative: InitiativeRecord | null;
  contributor?: ParticipantRecord | null;
  userErrors: UserError[];
}

const failed = (userErrors: UserError[]): InitiativeResult => ({ initiative: null, userErrors });
const clientKeyOf = (key: string | null | undefined) => key?.trim() || null;
const initiativeOf = (row: Row | undefined) => (row?.initiative as InitiativeRecord | undefined) ?? null;
const result = ({ value, userErrors }: Outcome<Omit<InitiativeResult, 'userErrors'>>): InitiativeResult =>
  value ? { ...value, userErrors } : failed(userErrors);

export class InitiativeService extends Service {
  async create(input: InitiativeCreateInput): Promise<InitiativeResult> {
    const { partnershipId, contributors, errors } = validateInitiativeCreate(input, this.now());
    if (errors.length > 0) return failed(errors);

    // Generated once, outside the transaction function, so a driver retry reuses it.
    const id = crypto.randomUUID();
    const clientKey = clientKeyOf(input.clientKey);
    const fields: q.InitiativeWrite = {
      name: input.name.trim(),
      kind: input.kind,
      status: input.status,
      startsAt: input.startsAt.toISOString(),
      endsAt: input.endsAt.toISOString(),
    };
    const references: Reference[] = contributors.map((c) => ({
      field: c.field,
      label: 'Participant',
      id: c.participantId,
    }));
    if (partnershipId) references.unshift({ field: 'input.partnershipId', label: 'Partnership', id: partnershipId });

    const writes = contributors.map(({ participantId, role }) => ({ participantId, role }));
    return result(
      await createOnce(this.db, {
        clientKey: clientKeyPlan(clientKey, { label: 'Initiative' }, q.initiativeByClientKey, input),
        references,
        create: q.createInitiative(id, clientKey, fields, partnershipId ?? null, writes),
        read: (row) => ({ initiative: initiativeOf(row) }),
      }),
    );
  }

  async addContributor(input: InitiativeAddContributorInput): Promise<InitiativeResult> {
    const { initiativeId, participantId, errors } = decodeAddContributor(input, this.now());
    if (!initiativeId || !participantId || errors.length > 0) return failed(errors);

    return result(
      await changeOnce(this.db, {
        clientKey: changeKeyPlan(input.clientKey?.trim(), 'initiativeAddContributor', input),
        retried: async (tx) => ({
          initiative: (await recordNow<InitiativeRecord>(tx, INITIATIVE, initiativeId)) ?? null,
          contributor: await recordNow<ParticipantRecord>(tx, PARTICIPANT, participantId),
        }),
        change: async (tx) => {
          refuseIf(
            await missingReferences(tx, [
              { field: 'input.initiativeId', label: 'Initiative', id: initiativeId },
              { field: 'input.participantId', label: 'Participant', id: participantId },
            ]),
          );
          const [row] = await tx.run(q.addContributor(initiativeId, participantId, input.role));
          return { initiative: initiativeOf(row), contributor: row?.contributor as ParticipantRecord | undefined };
        },
      }),
    );
  }

  /** Any status may follow PLANNED or ACTIVE; COMPLETED and CANCELLED are final. Same status: no change. */
  async updateStatus(input: InitiativeUpdateStatusInput): Promise<InitiativeResult> {
    const { id, errors } = decodeUpdateStatus(input, this.now());
    if (!id || errors.length > 0) return failed(errors);

    return result(
      await changeLocked(this.db, {
        lock: async (tx) => (await firstRow(tx, q.lockInitiative(id), initiativeOf)) ?? undefined,
        notFound: userError(['input', 'id'], UserErrorCode.NOT_FOUND, `no initiative has id "${input.id}"`),
        clientKey: changeKeyPlan(input.clientKey?.trim(), 'initiativeUpdateStatus', input),
        retried: (current) => ({ initiative: current }),
        change: async (current, tx) => {
          // Asking again for the status it has is a harmless retry, not a move.
          if (current.status === input.status) return { initiative: current };
          if (FINAL_INITIATIVE_STATUSES.has(current.status)) {
            refuse(
              userError(
                ['input', 'status'],
                UserErrorCode.INVALID,
                `the initiative is ${current.status}, which is final; it cannot become ${input.status}`,
              ),
            );
          }
          return { initiative: initiativeOf((await tx.run(q.setInitiativeStatus(id, input.status)))[0]) };
        },
      }),
    );
  }
}
