/**
 * Oversight around a partnership: risks (more of them once engagement falls), the decisions
 * behind stage moves, conflicts between the parties, and the policies and committees that
 * apply to it.
 */
import { enteredAt, STAGE_RANK } from './lifecycle';
import type { Ecosystem, Ms, Partnership } from './model';
import type { ActivityPlan } from './engagement';
import type { Random } from './random';
import type { ConflictRow, DecisionRow, LinkRow, RiskRow } from './rows';
import { RATES } from './profiles';
import { DAY, iso, isoOrNull, YEAR } from './time';
import type {
  ConflictStatus,
  PartnershipType,
  PolicyArea,
  RiskCategory,
  RiskSeverity,
  RiskStatus,
  Stage,
} from './vocabulary';
export const RISK_TITLES: Record<RiskCategory, readonly string[]> = {
  STRATEGIC: [
    'Strategic drift between partner roadmaps',
    'Partner courting a competitor',
    'Dependence on a single partner',
  ],
  OPERATIONAL: ['Integration delays', 'Key contact turnover', 'Insufficient partner enablement'],
  FINANCIAL: ['Budget overrun on joint project', 'Revenue share shortfall', 'Partner financial instability'],
  LEGAL: ['IP ownership ambiguity', 'Contract renewal terms unresolved', 'Liability allocation unclear'],
  REPUTATIONAL: ['Partner negative press', 'Brand misuse in co-marketing'],
  SECURITY: [
    'Shared API credential exposure',
    'Data access beyond agreed scope',
    'Supply-chain vulnerability in shared model',
  ],
  ETHICAL: ['Model bias in joint product', 'Consent gaps in shared training data', 'Opaque automated decisions'],
};

export function risk(
  rng: Random,
  eco: Ecosystem,
  p: Partnership,
  ownerId: string,
  category: RiskCategory,
  title: string,
  raisedAt: Ms,
  ended: Ms | null,
  force: { severity?: RiskSeverity; status?: RiskStatus } = {},
): RiskRow {
  const age = eco.anchor - raisedAt;
  let status: RiskStatus;
  let updatedAt = raisedAt;
  if (ended !== null || age > 180 * DAY) {
    status = rng.chance(0.85) ? 'CLOSED' : 'MITIGATING';
  } else if (age < 60 * DAY) {
    status = rng.chance(0.6) ? 'OPEN' : 'MITIGATING';
  } else {
    status = rng.weighted<RiskStatus>({ OPEN: 0.2, MITIGATING: 0.4, CLOSED: 0.4 });
  }
  if (force.status) status = force.status;
  if (status !== 'OPEN') updatedAt = Math.min(eco.anchor - DAY, raisedAt + rng.range(5, 90) * DAY);
  const stamp = iso(raisedAt);
  return {
    id: rng.uuid(),
    partnershipId: p.id,
    ownerId,
    title,
    category,
    severity: force.severity ?? rng.weighted<RiskSeverity>({ LOW: 0.35, MEDIUM: 0.4, HIGH: 0.2, CRITICAL: 0.05 }),
    likelihood: Math.round(rng.range(0.05, 0.95) * 100) / 100,
    status,
    raisedAt: stamp,
    dueAt: iso(raisedAt + Math.round(rng.range(30, 120)) * DAY),
    createdAt: stamp,
    updatedAt: iso(Math.max(raisedAt, updatedAt)),
  };
}

export function risks(rng: Random, eco: Ecosystem, p: Partnership, plan: ActivityPlan, ownerId: string): RiskRow[] {
  const rows: RiskRow[] = [];
  const from = Math.max(p.identifiedAt, eco.historyStart - YEAR);
  const to = plan.terminatedAt ?? eco.anchor;
  const count = rng.poisson((RATES.risksPerYear * (to - from)) / YEAR);
  for (let i = 0; i < count; i += 1) {
    const category = rng.weighted<RiskCategory>({
      STRATEGIC: 3,
      OPERATIONAL: 3,
      FINANCIAL: 2,
      LEGAL: 1.5,
      REPUTATIONAL: 1,
      SECURITY: 1.5,
      ETHICAL: 1,
    });
    rows.push(
      risk(
        rng,
        eco,
        p,
        ownerId,
        category,
        rng.pick(RISK_TITLES[category]),
        Math.round(rng.range(from, to)),
        plan.terminatedAt,
      ),
    );
  }
  // Falling engagement gets noticed (what the at-risk view should surface too).
  if (plan.quietFrom !== null) {
    const raised = Math.round(plan.quietFrom + rng.range(20, 60) * DAY);
    if (raised < eco.anchor && rng.chance(0.6)) {
      const severity = rng.weighted<RiskSeverity>({ MEDIUM: 0.5, HIGH: 0.4, CRITICAL: 0.1 });
      rows.push(risk(rng, eco, p, ownerId, 'STRATEGIC', 'Declining partner engagement', raised, null, { severity }));
    }
  }
  return rows;
}

const DECISION_TITLES: Partial<Record<Stage, string>> = {
  EVALUATION: 'Proceed to evaluation',
  NEGOTIATION: 'Approve negotiation mandate',
  IMPLEMENTATION: 'Approve agreement execution',
  MANAGEMENT: 'Accept implementation',
  RENEWAL: 'Open renewal review',
  TERMINATED: 'Terminate the partnership',
};

export function decisions(rng: Random, eco: Ecosystem, p: Partnership, deciderIds: readonly string[]): DecisionRow[] {
  const rows: DecisionRow[] = [];
  const make = (title: string, outcome: DecisionRow['outcome'], at: Ms, rationale: string) => {
    const stamp = iso(at);
    rows.push({
      id: rng.uuid(),
      partnershipId: p.id,
      ownerId: rng.pick(deciderIds),
      title,
      outcome,
      decidedAt: stamp,
      rationale,
      createdAt: stamp,
      updatedAt: stamp,
    });
  };
  p.steps.forEach((step, i) => {
    if (step.from === null || !rng.chance(RATES.decisionPerMove)) return;
    const title =
      step.from === 'RENEWAL' && step.to === 'MANAGEMENT'
        ? 'Approve renewal'
        : (DECISION_TITLES[step.to] ?? 'Stage move');
    make(
      title,
      'APPROVED',
      step.at,
      rng.pick([
        'Meets strategic criteria',
        'Business case approved by the steering committee',
        'Risks acceptable with mitigations',
        'Aligned with the annual partnership plan',
      ]),
    );
    // A failed negotiation or renewal is usually a rejected proposal first.
    const previous = p.steps[i - 1];
    if (step.to === 'TERMINATED' && previous && rng.chance(0.5)) {
      make(
        `Proposal rejected at ${step.from.toLowerCase()}`,
        'REJECTED',
        Math.max(previous.at, step.at - 3 * DAY),
        'Terms or fit not acceptable',
      );
    }
  });
  if (STAGE_RANK[p.stage] >= STAGE_RANK.IMPLEMENTATION && rng.chance(0.1)) {
    const at = Math.round(rng.range(Math.max(p.identifiedAt, eco.historyStart), eco.anchor));
    make(
      rng.pick(['Expand scope to a new region', 'Increase joint marketing budget', 'Open a second workstream']),
      'DEFERRED',
      at,
      'Revisit after the next quarterly review',
    );
  }
  return rows;
}

export const CONFLICT_TITLES = [
  'Disagreement over revenue share',
  'Scope dispute on the joint roadmap',
  'Data access disagreement',
  'Missed delivery milestones',
  'Co-marketing attribution dispute',
  'Resource commitment shortfall',
];

export function conflicts(rng: Random, eco: Ecosystem, p: Partnership, plan: ActivityPlan): ConflictRow[] {
  const implemented = enteredAt(p.steps, 'IMPLEMENTATION');
  if (implemented === null) return [];
  const from = Math.max(implemented, eco.historyStart - YEAR);
  const to = plan.terminatedAt ?? eco.anchor;
  const count = rng.poisson((RATES.conflictsPerYear * (to - from)) / YEAR + (plan.quietFrom !== null ? 0.3 : 0));
  const rows: ConflictRow[] = [];
  for (let i = 0; i < count; i += 1) {
    const opened = Math.round(rng.range(from, to));
    let status: ConflictStatus;
    let resolved: Ms | null = null;
    if (eco.anchor - opened < 45 * DAY) status = rng.chance(0.6) ? 'OPEN' : 'ESCALATED';
    else status = rng.chance(0.85) || plan.terminatedAt !== null ? 'RESOLVED' : 'ESCALATED';
    if (status === 'RESOLVED') resolved = Math.min(eco.anchor - DAY, opened + Math.round(rng.range(7, 60) * DAY));
    rows.push({
      id: rng.uuid(),
      partnershipId: p.id,
      title: rng.pick(CONFLICT_TITLES),
      status,
      openedAt: iso(opened),
      resolvedAt: isoOrNull(resolved),
      createdAt: iso(opened),
      updatedAt: iso(resolved ?? opened),
    });
  }
  return rows;
}

const POLICY_FIT: Record<PartnershipType, Partial<Record<PolicyArea, number>>> = {
  TECHNOLOGY: { DATA_SHARING: 0.25, SECURITY: 0.25, IP: 0.1, COMPLIANCE: 0.05, ENGAGEMENT: 0.05 },
  BUSINESS: { ENGAGEMENT: 0.25, COMPLIANCE: 0.15, DATA_SHARING: 0.05 },
  RESEARCH: { DATA_SHARING: 0.25, IP: 0.2, ETHICS: 0.2, COMPLIANCE: 0.05 },
  INNOVATION: { IP: 0.3, ETHICS: 0.15, ENGAGEMENT: 0.1, SECURITY: 0.05 },
};

/** Active policies that apply to a partnership past EVALUATION, by fit with its type. */
export function policyLinks(rng: Random, eco: Ecosystem, p: Partnership): LinkRow[] {
  if (enteredAt(p.steps, 'NEGOTIATION') === null) return [];
  const links: LinkRow[] = [];
  for (const [area, chance] of Object.entries(POLICY_FIT[p.type]) as [PolicyArea, number][]) {
    if (!rng.chance(chance)) continue;
    const candidates = eco.policies.filter((policy) => policy.area === area && policy.status === 'ACTIVE');
    if (candidates.length > 0) links.push({ fromId: rng.pick(candidates).id, toId: p.id });
  }
  return links;
}

/** Steering committees oversee strategic partnerships, the ethics board sensitive ones. */
export function committeeLinks(rng: Random, eco: Ecosystem, p: Partnership): LinkRow[] {
  const links: LinkRow[] = [];
  const byKind = (kind: string) => eco.committees.filter((committee) => committee.kind === kind);
  const strategic = p.parties.some((party) => eco.participants[party.participant].tier === 'STRATEGIC');
  if ((strategic || p.alignment > 0.9) && rng.chance(0.4)) {
    const steering = byKind('STEERING');
    if (steering.length > 0) links.push({ fromId: rng.pick(steering).id, toId: p.id });
  }
  if ((p.type === 'RESEARCH' || p.type === 'INNOVATION') && rng.chance(0.08)) {
    const ethics = byKind('ETHICS_BOARD');
    if (ethics.length > 0) links.push({ fromId: rng.pick(ethics).id, toId: p.id });
  }
  if (rng.chance(0.04)) {
    const sector = eco.participants[p.parties[0].participant].sector;
    const groups = eco.committees.filter(
      (c) => (c.kind === 'ADVISORY' || c.kind === 'WORKING_GROUP') && (c.sector === sector || c.sector === null),
    );
    const pool = groups.length > 0 ? groups : eco.committees;
    const committee = rng.pick(pool);
    if (!links.some((link) => link.fromId === committee.id)) links.push({ fromId: committee.id, toId: p.id });
  }
  return links;
}
