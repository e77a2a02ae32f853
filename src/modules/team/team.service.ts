/** The business actions on team members and committees: validate, then one unit of work (src/db/unit-of-work.ts). */
import crypto from 'node:crypto';
import { UserErrorCode, userError, type UserError } from '../../core/user-error';
import { missingReferences } from '../../db/references';
import {
  changeKeyPlan,
  changeOnce,
  clientKeyPlan,
  createOnce,
  type Outcome,
  recordNow,
  refuseIf,
  Service,
} from '../../db/unit-of-work';
import { COMMITTEE, PARTNERSHIP, TEAM_MEMBER } from '../../model/nodes';
import type { Row } from '../../db/values';
import type { PartnershipRecord } from '../partnership/partnership.type';
import type { CommitteeRecord } from './committee.type';
import type { TeamMemberRecord } from './team-member.type';
import type {
  CommitteeAddMemberInput,
  CommitteeCreateInput,
  CommitteeOverseeInput,
  TeamMemberCreateInput,
} from './team.inputs';
import * as q from './team.queries';
import {
  decodeMembership,
  decodeOversight,
  normalEmail,
  validateCommitteeCreate,
  validateTeamMemberCreate,
} from './team.validation';

export interface TeamResult {
  teamMember?: TeamMemberRecord | null;
  committee?: CommitteeRecord | null;
  partnership?: PartnershipRecord | null;
  userErrors: UserError[];
}

const failed = (userErrors: UserError[]): TeamResult => ({ userErrors });
const clientKeyOf = (key: string | null | undefined) => key?.trim() || null;
const teamMemberOf = (row: Row | undefined) => row?.teamMember as TeamMemberRecord | undefined;
const committeeOf = (row: Row | undefined) => row?.committee as CommitteeRecord | undefined;
const result = ({ value, userErrors }: Outcome<Omit<TeamResult, 'userErrors'>>): TeamResult => ({
  ...value,
  userErrors,
});

export class TeamService extends Service {
  async createTeamMember(input: TeamMemberCreateInput): Promise<TeamResult> {
    const errors = validateTeamMemberCreate(input, this.now());
    if (errors.length > 0) return failed(errors);

    // Generated once, outside the transaction function, so a driver retry reuses it.
    const id = crypto.randomUUID();
    const clientKey = clientKeyOf(input.clientKey);
    const fields: q.TeamMemberWrite = { name: input.name.trim(), role: input.role, email: normalEmail(input.email) };
    return result(
      await createOnce(this.db, {
        clientKey: clientKeyPlan(clientKey, { label: 'TeamMember' }, q.teamMemberByClientKey, input),
        check: async (tx) =>
          (await tx.run(q.emailHolder(fields.email))).length > 0
            ? [
                userError(
                  ['input', 'email'],
                  UserErrorCode.DUPLICATE,
                  `"${fields.email}" already belongs to a team member`,
                ),
              ]
            : [],
        create: q.createTeamMember(id, clientKey, fields),
        read: (row) => ({ teamMember: teamMemberOf(row) }),
      }),
    );
  }

  async createCommittee(input: CommitteeCreateInput): Promise<TeamResult> {
    const errors = validateCommitteeCreate(input, this.now());
    if (errors.length > 0) return failed(errors);

    const id = crypto.randomUUID();
    const clientKey = clientKeyOf(input.clientKey);
    const fields: q.CommitteeWrite = { name: input.name.trim(), kind: input.kind };
    return result(
      await createOnce(this.db, {
        clientKey: clientKeyPlan(clientKey, { label: 'Committee' }, q.committeeByClientKey, input),
        create: q.createCommittee(id, clientKey, fields),
        read: (row) => ({ committee: committeeOf(row) }),
      }),
    );
  }

  async addMember(input: CommitteeAddMemberInput): Promise<TeamResult> {
    const { committeeId, teamMemberId, errors } = decodeMembership(input, this.now());
    if (!committeeId || !teamMemberId || errors.length > 0) return failed(errors);

    return result(
      await changeOnce(this.db, {
        clientKey: changeKeyPlan(clientKeyOf(input.clientKey), 'committeeAddMember', input),
        retried: async (tx) => ({
          committee: await recordNow<CommitteeRecord>(tx, COMMITTEE, committeeId),
          teamMember: await recordNow<TeamMemberRecord>(tx, TEAM_MEMBER, teamMemberId),
        }),
        change: async (tx) => {
          refuseIf(
            await missingReferences(tx, [
              { field: 'input.committeeId', label: 'Committee', id: committeeId },
              { field: 'input.teamMemberId', label: 'TeamMember', id: teamMemberId },
            ]),
          );
          const [row] = await tx.run(q.addCommitteeMember(committeeId, teamMemberId));
          return { committee: committeeOf(row), teamMember: teamMemberOf(row) };
        },
      }),
    );
  }

  async oversee(input: CommitteeOverseeInput): Promise<TeamResult> {
    const { committeeId, partnershipId, errors } = decodeOversight(input, this.now());
    if (!committeeId || !partnershipId || errors.length > 0) return failed(errors);

    return result(
      await changeOnce(this.db, {
        clientKey: changeKeyPlan(clientKeyOf(input.clientKey), 'committeeOversee', input),
        retried: async (tx) => ({
          committee: await recordNow<CommitteeRecord>(tx, COMMITTEE, committeeId),
          partnership: await recordNow<PartnershipRecord>(tx, PARTNERSHIP, partnershipId),
        }),
        change: async (tx) => {
          refuseIf(
            await missingReferences(tx, [
              { field: 'input.committeeId', label: 'Committee', id: committeeId },
              { field: 'input.partnershipId', label: 'Partnership', id: partnershipId },
            ]),
          );
          const [row] = await tx.run(q.overseePartnership(committeeId, partnershipId));
          return { committee: committeeOf(row), partnership: row?.partnership as PartnershipRecord | undefined };
        },
      }),
    );
  }
}
