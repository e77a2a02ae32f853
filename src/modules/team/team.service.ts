/** The business actions on team members and committees: validate, then one write transaction. */
import type { Clock } from '../../core/clock';
import crypto from 'node:crypto';
import { UserErrorCode, userError, type UserError } from '../../core/user-error';
import type { Gateway } from '../../db/gateway';
import { missingReferences } from '../../db/references';
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

export class TeamService {
  constructor(
    private readonly db: Gateway,
    private readonly now: Clock,
  ) {}

  async createTeamMember(input: TeamMemberCreateInput): Promise<TeamResult> {
    const errors = validateTeamMemberCreate(input, this.now());
    if (errors.length > 0) return failed(errors);

    // Generated once, outside the transaction function, so a driver retry reuses it.
    const id = crypto.randomUUID();
    const clientKey = clientKeyOf(input.clientKey);
    const fields: q.TeamMemberWrite = { name: input.name.trim(), role: input.role, email: normalEmail(input.email) };
    return this.db.write(async (tx) => {
      if (clientKey) {
        const existing = teamMemberOf((await tx.run(q.teamMemberByClientKey(clientKey)))[0]);
        if (existing) return { teamMember: existing, userErrors: [] };
      }
      if ((await tx.run(q.emailHolder(fields.email))).length > 0) {
        return failed([
          userError(['input', 'email'], UserErrorCode.DUPLICATE, `"${fields.email}" already belongs to a team member`),
        ]);
      }
      const [row] = await tx.run(q.createTeamMember(id, clientKey, fields));
      return { teamMember: teamMemberOf(row), userErrors: [] };
    });
  }

  async createCommittee(input: CommitteeCreateInput): Promise<TeamResult> {
    const errors = validateCommitteeCreate(input, this.now());
    if (errors.length > 0) return failed(errors);

    const id = crypto.randomUUID();
    const clientKey = clientKeyOf(input.clientKey);
    const fields: q.CommitteeWrite = { name: input.name.trim(), kind: input.kind };
    return this.db.write(async (tx) => {
      if (clientKey) {
        const existing = committeeOf((await tx.run(q.committeeByClientKey(clientKey)))[0]);
        if (existing) return { committee: existing, userErrors: [] };
      }
      const [row] = await tx.run(q.createCommittee(id, clientKey, fields));
      return { committee: committeeOf(row), userErrors: [] };
    });
  }

  async addMember(input: CommitteeAddMemberInput): Promise<TeamResult> {
    const { committeeId, teamMemberId, errors } = decodeMembership(input, this.now());
    if (!committeeId || !teamMemberId) return failed(errors);

    return this.db.write(async (tx) => {
      const missing = await missingReferences(tx, [
        { field: 'input.committeeId', label: 'Committee', id: committeeId },
        { field: 'input.teamMemberId', label: 'TeamMember', id: teamMemberId },
      ]);
      if (missing.length > 0) return failed(missing);
      const [row] = await tx.run(q.addCommitteeMember(committeeId, teamMemberId));
      return { committee: committeeOf(row), teamMember: teamMemberOf(row), userErrors: [] };
    });
  }

  async oversee(input: CommitteeOverseeInput): Promise<TeamResult> {
    const { committeeId, partnershipId, errors } = decodeOversight(input, this.now());
    if (!committeeId || !partnershipId) return failed(errors);

    return this.db.write(async (tx) => {
      const missing = await missingReferences(tx, [
        { field: 'input.committeeId', label: 'Committee', id: committeeId },
        { field: 'input.partnershipId', label: 'Partnership', id: partnershipId },
      ]);
      if (missing.length > 0) return failed(missing);
      const [row] = await tx.run(q.overseePartnership(committeeId, partnershipId));
      return {
        committee: committeeOf(row),
        partnership: row?.partnership as PartnershipRecord | undefined,
        userErrors: [],
      };
    });
  }
}
