/**
 * Enum coverage. Rare values (a CRITICAL risk, an ESCALATED conflict, a cancelled
 * initiative...) may not come up in a small ecosystem by chance, yet a demo should show
 * every value the API can filter on. The tracker records what the generator produced; the
 * top-up then adds one consistent record per missing value (dates chosen to fit the value:
 * an OPEN conflict is recent, an EXPIRED agreement ended before the anchor). On medium and
 * large ecosystems the top-up is normally empty.
 */
import { agreement, check } from './governance';
import { CONFLICT_TITLES, risk, RISK_TITLES } from './oversight';
import { DURATION, KIND_NOUN } from './initiatives';
import { STAGE_RANK } from './lifecycle';
import type { Ecosystem, Ms, Partnership } from './model';
import type { Random } from './random';
import type { BatchKind, InitiativeRow, SeedRecord } from './rows';
import { DAY, iso, YEAR } from './time';
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  COMPLIANCE_KINDS,
  COMPLIANCE_STATUSES,
  CONFLICT_STATUSES,
  CONTRIBUTOR_ROLES,
  DECISION_OUTCOMES,
  INITIATIVE_KINDS,
  INITIATIVE_STATUSES,
  INTERACTION_KINDS,
  RISK_CATEGORIES,
  RISK_SEVERITIES,
  RISK_STATUSES,
  TOPICS,
  VALUE_FLOW_KINDS,
  type AgreementKind,
  type AgreementStatus,
  type ComplianceKind,
  type ComplianceStatus,
  type ConflictStatus,
  type DecisionOutcome,
  type InitiativeKind,
  type InitiativeStatus,
  type InteractionKind,
  type RiskCategory,
  type RiskSeverity,
  type RiskStatus,
  type ValueFlowKind,
} from './vocabulary';

/** The enum-valued fields tracked, per batch kind. */
const TRACKED: readonly (readonly [BatchKind, string, readonly string[]])[] = [
  ['Interaction', 'kind', INTERACTION_KINDS],
  ['VALUE_FLOW', 'kind', VALUE_FLOW_KINDS],
  ['Initiative', 'kind', INITIATIVE_KINDS],
  ['Initiative', 'status', INITIATIVE_STATUSES],
  ['Agreement', 'kind', AGREEMENT_KINDS],
  ['Agreement', 'status', AGREEMENT_STATUSES],
  ['Risk', 'category', RISK_CATEGORIES],
  ['Risk', 'severity', RISK_SEVERITIES],
  ['Risk', 'status', RISK_STATUSES],
  ['Decision', 'outcome', DECISION_OUTCOMES],
  ['Conflict', 'status', CONFLICT_STATUSES],
  ['ComplianceCheck', 'kind', COMPLIANCE_KINDS],
  ['ComplianceCheck', 'status', COMPLIANCE_STATUSES],
];

export interface Gap {
  kind: BatchKind | 'CONTRIBUTES_TO';
  field: string;
  value: string;
}

export class CoverageTracker {
  private readonly seen = new Set<string>();

  see(record: SeedRecord): void {
    // Read by field name: each record kind has its own row interface, the tracked fields are strings.
    const row = record.row as unknown as Record<string, unknown>;
    for (const [kind, field] of TRACKED) {
      if (kind === record.kind) this.seen.add(`${kind}.${field}=${String(row[field])}`);
    }
    if (record.kind === 'Initiative') {
      for (const contributor of record.row.contributors) this.seen.add(`CONTRIBUTES_TO.role=${contributor.role}`);
    }
  }

  gaps(): Gap[] {
    const gaps: Gap[] = [];
    for (const [kind, field, values] of TRACKED) {
      for (const value of values) if (!this.seen.has(`${kind}.${field}=${value}`)) gaps.push({ kind, field, value });
    }
    for (const role of CONTRIBUTOR_ROLES) {
      if (!this.seen.has(`CONTRIBUTES_TO.role=${role}`))
        gaps.push({ kind: 'CONTRIBUTES_TO', field: 'role', value: role });
    }
    return gaps;
  }
}

const ago = (eco: Ecosystem, rng: Random, minDays: number, maxDays: number): Ms =>
  Math.round(eco.anchor - rng.range(minDays, maxDays) * DAY);

function initiative(
  rng: Random,
  eco: Ecosystem,
  p: Partnership,
  kind: InitiativeKind,
  status: InitiativeStatus,
  sponsor: boolean,
): InitiativeRow {
  const [shortest, longest] = DURATION[kind];
  const length = rng.int(shortest, longest) * DAY;
  let starts: Ms;
  if (status === 'PLANNED') starts = eco.anchor + rng.int(10, 60) * DAY;
  else if (status === 'ACTIVE') starts = eco.anchor - Math.round(length * rng.range(0.1, 0.9));
  else starts = eco.anchor - length - rng.int(10, 200) * DAY;
  starts = Math.round(starts / DAY) * DAY;
  const ends = starts + length;
  const contributors: InitiativeRow['contributors'] = p.parties.map((party, position) => ({
    participantId: eco.participants[party.participant].id,
    role: position === 0 ? 'LEAD' : sponsor && position === 1 ? 'SPONSOR' : 'CONTRIBUTOR',
  }));
  const created = Math.min(starts, eco.anchor) - 14 * DAY;
  const topic = rng.pick(TOPICS);
  return {
    id: rng.uuid(),
    partnershipId: p.id,
    name: `${topic.charAt(0).toUpperCase()}${topic.slice(1)} ${KIND_NOUN[kind]} ${new Date(starts).getUTCFullYear()}`,
    kind,
    status,
    startsAt: iso(starts),
    endsAt: iso(ends),
    contributors,
    createdAt: iso(created),
    updatedAt: iso(Math.max(created, Math.min(eco.anchor - DAY, status === 'COMPLETED' ? ends : starts))),
  };
}

/** One record for a missing value, on a partnership where it makes sense. */
function fill(rng: Random, eco: Ecosystem, gap: Gap, running: Partnership): SeedRecord {
  const p = running;
  const owner = eco.team[p.owners[0] ?? 0];
  const lead = eco.participants[p.parties[0].participant];
  const partner = eco.participants[p.parties[1].participant];
  switch (gap.kind) {
    case 'Interaction': {
      const at = iso(ago(eco, rng, 1, 30));
      const row = {
        id: rng.uuid(),
        partnershipId: p.id,
        kind: gap.value as InteractionKind,
        at,
        weight: 3,
        note: 'Partner touchpoint',
        participantIds: [lead.id],
        createdAt: at,
        updatedAt: at,
      };
      return { kind: 'Interaction', row };
    }
    case 'VALUE_FLOW': {
      const at = iso(ago(eco, rng, 1, 60));
      const amount = Math.round(rng.logNormal(20_000, 1) * 100) / 100;
      return {
        kind: 'VALUE_FLOW',
        row: {
          id: rng.uuid(),
          fromId: lead.id,
          toId: partner.id,
          partnershipId: p.id,
          kind: gap.value as ValueFlowKind,
          amount,
          currency: 'USD',
          at,
          createdAt: at,
          updatedAt: at,
        },
      };
    }
    case 'CONTRIBUTES_TO':
      return { kind: 'Initiative', row: initiative(rng, eco, p, 'JOINT_PROJECT', 'ACTIVE', gap.value === 'SPONSOR') };
    case 'Initiative': {
      const kind = gap.field === 'kind' ? (gap.value as InitiativeKind) : 'JOINT_PROJECT';
      const status = gap.field === 'status' ? (gap.value as InitiativeStatus) : 'COMPLETED';
      return { kind: 'Initiative', row: initiative(rng, eco, p, kind, status, false) };
    }
    case 'Agreement': {
      const kind = gap.field === 'kind' ? (gap.value as AgreementKind) : 'DATA_SHARING';
      const status = gap.field === 'status' ? (gap.value as AgreementStatus) : 'EXECUTED';
      const created = ago(eco, rng, 30, 400);
      const unsigned = status === 'DRAFT' || status === 'NEGOTIATING';
      const signed = unsigned ? null : created + 20 * DAY;
      const expires = unsigned
        ? null
        : status === 'EXECUTED'
          ? eco.anchor + YEAR
          : Math.min(eco.anchor - DAY, created + 200 * DAY);
      const updated = expires !== null && expires < eco.anchor ? expires : created;
      return {
        kind: 'Agreement',
        row: agreement(rng, p, kind, status, created, signed, expires, updated, ' (supplementary)'),
      };
    }
    case 'Risk': {
      const category = gap.field === 'category' ? (gap.value as RiskCategory) : 'OPERATIONAL';
      const status = gap.field === 'status' ? (gap.value as RiskStatus) : undefined;
      const severity = gap.field === 'severity' ? (gap.value as RiskSeverity) : undefined;
      const raised = status === 'CLOSED' ? ago(eco, rng, 200, 400) : ago(eco, rng, 5, 40);
      return {
        kind: 'Risk',
        row: risk(rng, eco, p, owner.id, category, rng.pick(RISK_TITLES[category]), raised, null, { status, severity }),
      };
    }
    case 'Decision': {
      const outcome = gap.value as DecisionOutcome;
      const at = iso(ago(eco, rng, 5, 120));
      const title = {
        APPROVED: 'Approve the annual partnership plan',
        REJECTED: 'Proposal to widen the scope',
        DEFERRED: 'Increase the joint marketing budget',
      }[outcome];
      return {
        kind: 'Decision',
        row: {
          id: rng.uuid(),
          partnershipId: p.id,
          ownerId: owner.id,
          title,
          outcome,
          decidedAt: at,
          rationale: 'Reviewed at the quarterly steering meeting',
          createdAt: at,
          updatedAt: at,
        },
      };
    }
    case 'Conflict': {
      const status = gap.value as ConflictStatus;
      const opened = status === 'RESOLVED' ? ago(eco, rng, 90, 300) : ago(eco, rng, 5, 40);
      const resolved = status === 'RESOLVED' ? opened + 30 * DAY : null;
      const row = {
        id: rng.uuid(),
        partnershipId: p.id,
        title: rng.pick(CONFLICT_TITLES),
        status,
        openedAt: iso(opened),
        resolvedAt: resolved === null ? null : iso(resolved),
        createdAt: iso(opened),
        updatedAt: iso(resolved ?? opened),
      };
      return { kind: 'Conflict', row };
    }
    default: {
      // ComplianceCheck; a failed due diligence would contradict the partnership's progress.
      const status = gap.field === 'status' ? (gap.value as ComplianceStatus) : 'PASSED';
      const kind = gap.field === 'kind' ? (gap.value as ComplianceKind) : 'SECURITY_REVIEW';
      const at = status === 'PENDING' ? ago(eco, rng, 1, 15) : ago(eco, rng, 30, 300);
      return { kind: 'ComplianceCheck', row: check(rng, p, owner.id, kind, status, at) };
    }
  }
}

/** Records that fill the gaps, each on a running (implemented, not ended) partnership. */
export function* topUp(rng: Random, eco: Ecosystem, gaps: readonly Gap[]): Generator<SeedRecord> {
  const running = eco.partnerships.filter((p) => STAGE_RANK[p.stage] >= STAGE_RANK.IMPLEMENTATION);
  const pool = running.length > 0 ? running : eco.partnerships;
  if (pool.length === 0) return;
  for (const gap of gaps) yield fill(rng, eco, gap, rng.pick(pool));
}
