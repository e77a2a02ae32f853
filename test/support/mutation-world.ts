/**
 * A small ecosystem built through the API, for property tests of mutations: participants,
 * team members, one partnership in each interesting stage (with the records its guards need),
 * agreements, risks, goals and policies in each status. Dates are in the past and increase,
 * so generated mutations can succeed as well as be refused.
 */
import { decodeGlobalId } from '../../src/core/global-id';
import type { Gateway } from '../../src/db/gateway';
import { deleteData } from '../../src/seed/database';
import {
  AgreementCreateDocument,
  AgreementExecuteDocument,
  AgreementUpdateStatusDocument,
  ComplianceCheckRecordDocument,
  GoalCreateDocument,
  GoalUpdateProgressDocument,
  InteractionRecordDocument,
  ParticipantCreateDocument,
  PartnershipCreateDocument,
  PartnershipMoveStageDocument,
  PolicyCreateDocument,
  RiskRaiseDocument,
  RiskUpdateDocument,
  TeamMemberCreateDocument,
  ValueFlowRecordDocument,
} from '../generated/operations';
import type { PartnershipStage } from '../generated/schema-types';
import { mutateOk } from './graphql-client';

export interface World {
  participants: string[];
  /** externalIds the participants hold (participantCreate must refuse them as DUPLICATE). */
  externalIds: string[];
  teamMembers: string[];
  partnerships: Record<'identification' | 'evaluation' | 'negotiation' | 'management' | 'terminated', string>;
  /** Partnership id → its parties' ids. */
  parties: Record<string, string[]>;
  /** Partnership id → the stage the world leaves it in. */
  stages: Record<string, PartnershipStage>;
  agreements: string[];
  risks: string[];
  goals: string[];
  policies: string[];
  interactions: string[];
  valueFlows: string[];
  /** Every id above by type name, to offer ids of the wrong type. */
  byType: Record<string, string[]>;
}

/** The database key inside a global id (test input is always one of ours here). */
export const keyOf = (globalId: string): string => decodeGlobalId(globalId)?.id ?? globalId;

/** Ids of every type except `type`. */
export function idsNotOf(world: World, type: string): string[] {
  return Object.entries(world.byType).flatMap(([name, ids]) => (name === type ? [] : ids));
}

/** Empties the database and builds the world; returns its ids. */
export async function buildWorld(url: string, gateway: Gateway): Promise<World> {
  await deleteData(gateway);

  const participants: string[] = [];
  const externalIds: string[] = [];
  for (let i = 0; i < 6; i += 1) {
    const externalId = `CRM-${i}`;
    const { participantCreate } = await mutateOk(url, ParticipantCreateDocument, {
      input: {
        name: `Participant ${i}`,
        kind: i % 2 === 0 ? 'COMPANY' : 'UNIVERSITY',
        sector: 'AI',
        region: 'Europe',
        externalId,
        joinedAt: '2023-01-01T00:00:00Z',
      },
    });
    participants.push(participantCreate.participant!.id);
    externalIds.push(externalId);
  }
  const teamMembers: string[] = [];
  for (let i = 0; i < 2; i += 1) {
    const { teamMemberCreate } = await mutateOk(url, TeamMemberCreateDocument, {
      input: { name: `Manager ${i}`, email: `manager${i}@example.org`, role: 'PARTNERSHIP_MANAGER' },
    });
    teamMembers.push(teamMemberCreate.teamMember!.id);
  }

  const [a, b, c, d, e] = participants as [string, string, string, string, string, string];
  const parties: Record<string, string[]> = {};
  const partnership = async (name: string, members: string[], owners: string[]) => {
    const { partnershipCreate } = await mutateOk(url, PartnershipCreateDocument, {
      input: {
        name,
        type: 'TECHNOLOGY',
        subtype: 'API',
        strategicAlignment: 0.5,
        startedAt: '2024-01-01T00:00:00Z',
        parties: members.map((participantId, i) => ({
          participantId,
          role: i === 0 ? ('LEAD' as const) : ('PARTNER' as const),
        })),
        ownerIds: owners,
      },
    });
    const id = partnershipCreate.partnership!.id;
    parties[id] = members;
    return id;
  };
  const move = async (id: string, to: PartnershipStage, at: string, reason?: string) => {
    const { partnershipMoveStage } = await mutateOk(url, PartnershipMoveStageDocument, {
      input: { id, to, at, reason },
    });
    if (partnershipMoveStage.userErrors.length > 0) throw new Error(JSON.stringify(partnershipMoveStage.userErrors));
  };
  const passDueDiligence = (partnershipId: string) =>
    mutateOk(url, ComplianceCheckRecordDocument, {
      input: { partnershipId, kind: 'DUE_DILIGENCE', status: 'PASSED', checkedAt: '2024-02-15T00:00:00Z' },
    });
  const agreement = async (partnershipId: string, title: string) => {
    const { agreementCreate } = await mutateOk(url, AgreementCreateDocument, {
      input: { partnershipId, title, kind: 'MASTER_AGREEMENT', expiresAt: '2035-01-01T00:00:00Z' },
    });
    return agreementCreate.agreement!.id;
  };
  const execute = (id: string) =>
    mutateOk(url, AgreementExecuteDocument, { input: { id, signedAt: '2024-03-15T00:00:00Z' } });

  const identification = await partnership('Scouting', [a], []);
  const evaluation = await partnership('Evaluating', [a, b], [teamMembers[0]!]);
  await move(evaluation, 'EVALUATION', '2024-02-01T00:00:00Z');
  await passDueDiligence(evaluation);

  const negotiation = await partnership('Negotiating', [b, c], [teamMembers[1]!]);
  await move(negotiation, 'EVALUATION', '2024-02-01T00:00:00Z');
  await passDueDiligence(negotiation);
  await move(negotiation, 'NEGOTIATION', '2024-03-01T00:00:00Z');

  const management = await partnership('Managed', [c, d], [teamMembers[0]!]);
  await move(management, 'EVALUATION', '2024-02-01T00:00:00Z');
  await passDueDiligence(management);
  await move(management, 'NEGOTIATION', '2024-03-01T00:00:00Z');
  await execute(await agreement(management, 'Managed master agreement'));
  await move(management, 'IMPLEMENTATION', '2024-04-01T00:00:00Z');
  await move(management, 'MANAGEMENT', '2024-05-01T00:00:00Z');

  const terminated = await partnership('Ended', [d, e], []);
  await move(terminated, 'TERMINATED', '2024-02-01T00:00:00Z', 'no strategic fit');

  // Agreements in each status, on the negotiating partnership (three drafts: executing uses one up).
  const draft = await agreement(negotiation, 'Draft terms');
  const draft2 = await agreement(negotiation, 'Data sharing draft');
  const draft3 = await agreement(negotiation, 'Licence draft');
  const negotiating = await agreement(negotiation, 'Terms in negotiation');
  await mutateOk(url, AgreementUpdateStatusDocument, { input: { id: negotiating, status: 'NEGOTIATING' } });
  const executed = await agreement(negotiation, 'Signed terms');
  await execute(executed);
  const expired = await agreement(negotiation, 'Old terms');
  await execute(expired);
  await mutateOk(url, AgreementUpdateStatusDocument, {
    input: { id: expired, status: 'EXPIRED', expiresAt: '2024-06-01T00:00:00Z' },
  });
  const ended = await agreement(negotiation, 'Abandoned terms');
  await mutateOk(url, AgreementUpdateStatusDocument, { input: { id: ended, status: 'TERMINATED' } });

  const risk = async (title: string) => {
    const { riskRaise } = await mutateOk(url, RiskRaiseDocument, {
      input: {
        partnershipId: management,
        title,
        category: 'SECURITY',
        severity: 'HIGH',
        likelihood: 0.4,
        raisedAt: '2024-06-01T00:00:00Z',
        dueAt: '2030-01-01T00:00:00Z',
        ownerId: teamMembers[0],
      },
    });
    return riskRaise.risk!.id;
  };
  const openRisk = await risk('Data leak');
  const mitigating = await risk('Vendor lock-in');
  await mutateOk(url, RiskUpdateDocument, { input: { id: mitigating, status: 'MITIGATING' } });
  const closed = await risk('Key person');
  await mutateOk(url, RiskUpdateDocument, { input: { id: closed, status: 'CLOSED' } });

  const { goalCreate: ecosystemGoal } = await mutateOk(url, GoalCreateDocument, {
    input: {
      title: 'Grow engagement',
      horizon: 'MEDIUM',
      metric: 'ENGAGEMENT',
      target: 100,
      due: '2030-01-01T00:00:00Z',
    },
  });
  const { goalCreate: satisfactionGoal } = await mutateOk(url, GoalCreateDocument, {
    input: {
      title: 'Happy partners',
      horizon: 'SHORT',
      metric: 'SATISFACTION',
      target: 8,
      due: '2027-01-01T00:00:00Z',
      partnershipId: management,
      ownerId: teamMembers[1],
    },
  });
  // A valid but small target: large measured values make actual / target overflow.
  const { goalCreate: smallGoal } = await mutateOk(url, GoalCreateDocument, {
    input: { title: 'First revenue', horizon: 'SHORT', metric: 'VALUE', target: 0.5, due: '2030-01-01T00:00:00Z' },
  });
  const goals = [ecosystemGoal.goal!.id, satisfactionGoal.goal!.id, smallGoal.goal!.id];
  await mutateOk(url, GoalUpdateProgressDocument, {
    input: { goalId: goals[1]!, value: 6.5, at: '2024-06-01T00:00:00Z' },
  });

  const policies: string[] = [];
  for (const status of ['DRAFT', 'ACTIVE', 'RETIRED'] as const) {
    const { policyCreate } = await mutateOk(url, PolicyCreateDocument, {
      input: {
        title: `${status} policy`,
        area: 'DATA_SHARING',
        status,
        effectiveAt: '2024-01-01T00:00:00Z',
        partnershipIds: [management],
      },
    });
    policies.push(policyCreate.policy!.id);
  }

  // Engagement records to correct (each can be corrected once; then its correction is the one to correct).
  const interactions: string[] = [];
  const valueFlows: string[] = [];
  for (let i = 0; i < 4; i += 1) {
    const at = `2024-07-0${i + 1}T10:00:00Z`;
    const { interactionRecord } = await mutateOk(url, InteractionRecordDocument, {
      input: { partnershipId: management, participantIds: i % 2 ? [c, d] : [c], kind: 'MEETING', at, note: 'Kick-off' },
    });
    interactions.push(interactionRecord.interaction!.id);
    const { valueFlowRecord } = await mutateOk(url, ValueFlowRecordDocument, {
      input: {
        partnershipId: management,
        fromId: i % 2 ? c : d,
        toId: i % 2 ? d : c,
        kind: 'FUNDING',
        amount: { amount: 1000 * (i + 1), currency: 'EUR' },
        at,
      },
    });
    valueFlows.push(valueFlowRecord.valueFlow!.id);
  }

  const partnerships = { identification, evaluation, negotiation, management, terminated };
  const stages: Record<string, PartnershipStage> = {
    [identification]: 'IDENTIFICATION',
    [evaluation]: 'EVALUATION',
    [negotiation]: 'NEGOTIATION',
    [management]: 'MANAGEMENT',
    [terminated]: 'TERMINATED',
  };
  const agreements = [draft, draft2, draft3, negotiating, executed, expired, ended];
  const risks = [openRisk, mitigating, closed];
  return {
    participants,
    externalIds,
    teamMembers,
    partnerships,
    parties,
    stages,
    agreements,
    risks,
    goals,
    policies,
    interactions,
    valueFlows,
    byType: {
      Participant: participants,
      TeamMember: teamMembers,
      Partnership: Object.values(partnerships),
      Agreement: agreements,
      Risk: risks,
      Goal: goals,
      Policy: policies,
      Interaction: interactions,
      ValueFlow: valueFlows,
    },
  };
}
