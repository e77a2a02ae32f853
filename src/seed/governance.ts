/**
 * Governance records of one partnership, derived from its lifecycle so that they agree with
 * the API's guard rules:
 * - every partnership that moved past EVALUATION has a PASSED DUE_DILIGENCE check dated
 *   before that move;
 * - every partnership at IMPLEMENTATION, MANAGEMENT or RENEWAL has an EXECUTED agreement
 *   (renewals sign a new one and expire the previous one).
 * Around them: the stage history itself, NDAs and reviews; `governanceRecords` adds the
 * oversight records (oversight.ts).
 */
import type { ActivityPlan } from './engagement';
import { enteredAt, terminatedAt } from './lifecycle';
import type { Ecosystem, Ms, Partnership, StageStep, TeamMember } from './model';
import { subtypePhrase } from './names';
import { committeeLinks, conflicts, decisions, policyLinks, risks } from './oversight';
import type { Random } from './random';
import type { AgreementRow, ComplianceCheckRow, SeedRecord, StageChangeRow } from './rows';
import { DAY, iso, isoOrNull, YEAR } from './time';
import {
  CONFERENCES,
  type AgreementKind,
  type AgreementStatus,
  type ComplianceKind,
  type ComplianceStatus,
  type PartnershipType,
  type Stage,
} from './vocabulary';

const REASONS: Record<Stage, readonly string[]> = {
  IDENTIFICATION: [
    'Inbound request from the partner',
    'Referral from the ecosystem network',
    'Outbound prospecting',
    'Surfaced by ecosystem mapping',
    'Met at an industry conference',
  ],
  EVALUATION: [
    'Initial fit confirmed; due diligence started',
    'Strategic alignment workshop held',
    'Business case drafted',
  ],
  NEGOTIATION: ['Due diligence passed', 'Business case approved', 'Term sheet requested'],
  IMPLEMENTATION: ['Agreement executed', 'Contract signed; kick-off scheduled'],
  MANAGEMENT: ['Implementation complete; steady-state operations', 'Go-live achieved'],
  RENEWAL: ['Term ending; renewal review started', 'Annual renewal review'],
  TERMINATED: [
    'Strategic priorities diverged',
    'Commercial terms not agreed',
    'Partner acquired',
    'Low engagement',
    'Budget cuts',
    'Due diligence concerns',
  ],
};

export function stageChanges(rng: Random, p: Partnership, owner: TeamMember): StageChangeRow[] {
  return p.steps.map((step) => {
    const stamp = iso(step.at);
    let reason = rng.pick(REASONS[step.to]);
    if (step.from === 'RENEWAL' && step.to === 'MANAGEMENT')
      reason = `Renewed for ${(step.termDays ?? 365) / 365} year(s)`;
    if (step.from === 'RENEWAL' && step.to === 'TERMINATED') reason = 'Not renewed';
    if (step.from === null) reason = rng.chance(0.3) ? `Met at ${rng.pick(CONFERENCES)}` : reason;
    return {
      id: rng.uuid(),
      partnershipId: p.id,
      from: step.from,
      to: step.to,
      at: stamp,
      reason,
      by: owner.email,
      createdAt: stamp,
      updatedAt: stamp,
    };
  });
}

const MAIN_AGREEMENT: Record<PartnershipType, Partial<Record<AgreementKind, number>>> = {
  TECHNOLOGY: { MASTER_AGREEMENT: 0.6, IP_LICENSE: 0.25, DATA_SHARING: 0.15 },
  BUSINESS: { MASTER_AGREEMENT: 0.8, MOU: 0.2 },
  RESEARCH: { MOU: 0.5, DATA_SHARING: 0.2, MASTER_AGREEMENT: 0.3 },
  INNOVATION: { JOINT_VENTURE: 0.35, MOU: 0.3, IP_LICENSE: 0.35 },
};

export const AGREEMENT_TITLES: Record<AgreementKind, string> = {
  NDA: 'Mutual NDA',
  MOU: 'Memorandum of Understanding',
  MASTER_AGREEMENT: 'Master Partnership Agreement',
  DATA_SHARING: 'Data Sharing Agreement',
  IP_LICENSE: 'IP License Agreement',
  JOINT_VENTURE: 'Joint Venture Agreement',
};

export function agreement(
  rng: Random,
  p: Partnership,
  kind: AgreementKind,
  status: AgreementStatus,
  createdAt: Ms,
  signedAt: Ms | null,
  expiresAt: Ms | null,
  updatedAt: Ms,
  suffix = '',
): AgreementRow {
  return {
    id: rng.uuid(),
    partnershipId: p.id,
    title: `${AGREEMENT_TITLES[kind]}${suffix}: ${subtypePhrase(p.subtype)}`,
    kind,
    status,
    signedAt: isoOrNull(signedAt),
    expiresAt: isoOrNull(expiresAt),
    createdAt: iso(createdAt),
    updatedAt: iso(updatedAt),
  };
}

/** The agreements of a partnership along its lifecycle. */
export function agreements(rng: Random, eco: Ecosystem, p: Partnership): AgreementRow[] {
  const rows: AgreementRow[] = [];
  const anchor = eco.anchor;
  const ended = terminatedAt(p.steps);
  const evaluation = enteredAt(p.steps, 'EVALUATION');
  if (evaluation !== null && rng.chance(0.3)) {
    const signed = Math.round(evaluation + rng.range(1, 10) * DAY);
    if (signed < anchor && (ended === null || signed < ended)) {
      const expires = signed + 2 * YEAR;
      const status = expires <= anchor ? 'EXPIRED' : 'EXECUTED';
      rows.push(
        agreement(
          rng,
          p,
          'NDA',
          status,
          signed - 2 * DAY,
          signed,
          expires,
          Math.min(anchor, expires > anchor ? signed : expires),
        ),
      );
    }
  }

  const negotiation = enteredAt(p.steps, 'NEGOTIATION');
  if (negotiation === null) return rows;
  const kind = rng.weighted(MAIN_AGREEMENT[p.type]);
  const signings = p.steps.filter((step) => step.termDays !== null);
  // Drafted early in the negotiation, signed shortly before the move to IMPLEMENTATION.
  const negotiated = (signings[0]?.at ?? ended ?? anchor) - negotiation;
  const drafted = Math.round(negotiation + Math.min(7 * DAY, negotiated * rng.range(0.05, 0.3)));
  if (signings.length === 0) {
    // Still negotiating, or negotiation failed.
    if (drafted >= anchor) return rows;
    const status: AgreementStatus =
      ended !== null ? 'TERMINATED' : anchor - drafted > 20 * DAY ? 'NEGOTIATING' : 'DRAFT';
    rows.push(agreement(rng, p, kind, status, drafted, null, null, ended ?? Math.min(anchor, drafted + 14 * DAY)));
    return rows;
  }

  signings.forEach((signing: StageStep, i) => {
    const next = signings[i + 1];
    const suffix = i === 0 ? '' : ` (renewal ${i})`;
    const created = i === 0 ? drafted : signing.at - Math.round(rng.range(20, 40) * DAY);
    const signed = signing.at - Math.round(Math.min(5 * DAY, (signing.at - created) * rng.range(0.1, 0.5)));
    if (next) {
      // Superseded by the renewal: expired the day the new term started.
      rows.push(agreement(rng, p, kind, 'EXPIRED', created, signed, next.at, next.at, suffix));
    } else if (ended !== null) {
      const last = p.steps[p.steps.length - 2];
      const status: AgreementStatus = last?.to === 'RENEWAL' ? 'EXPIRED' : 'TERMINATED';
      rows.push(agreement(rng, p, kind, status, created, signed, ended, ended, suffix));
    } else {
      rows.push(agreement(rng, p, kind, 'EXECUTED', created, signed, p.endsAt, signed, suffix));
    }
  });

  // A data-sharing addendum for data-heavy partnerships.
  const implemented = enteredAt(p.steps, 'IMPLEMENTATION');
  if (
    implemented !== null &&
    (p.type === 'TECHNOLOGY' || p.type === 'RESEARCH') &&
    kind !== 'DATA_SHARING' &&
    rng.chance(0.3)
  ) {
    const signed = Math.round(implemented + rng.range(10, 60) * DAY);
    if (signed < anchor && (ended === null || signed < ended)) {
      const status: AgreementStatus = ended !== null ? 'TERMINATED' : 'EXECUTED';
      rows.push(
        agreement(
          rng,
          p,
          'DATA_SHARING',
          status,
          signed - 7 * DAY,
          signed,
          ended ?? p.endsAt,
          ended ?? signed,
          ' addendum',
        ),
      );
    }
  }
  return rows;
}

export function check(
  rng: Random,
  p: Partnership,
  ownerId: string,
  kind: ComplianceKind,
  status: ComplianceStatus,
  at: Ms,
): ComplianceCheckRow {
  const stamp = iso(at);
  return {
    id: rng.uuid(),
    partnershipId: p.id,
    ownerId,
    kind,
    status,
    checkedAt: stamp,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

const REGULATED = new Set(['Healthcare AI', 'FinTech', 'Public Sector']);

export function complianceChecks(
  rng: Random,
  eco: Ecosystem,
  p: Partnership,
  reviewerIds: readonly string[],
): ComplianceCheckRow[] {
  const rows: ComplianceCheckRow[] = [];
  const anchor = eco.anchor;
  const reviewer = () => rng.pick(reviewerIds);
  const evaluation = enteredAt(p.steps, 'EVALUATION');
  const negotiation = enteredAt(p.steps, 'NEGOTIATION');
  const ended = terminatedAt(p.steps);
  if (evaluation !== null) {
    if (negotiation !== null) {
      // The guard: due diligence passed before the move to NEGOTIATION.
      const at = Math.max(evaluation + DAY, negotiation - Math.round(rng.range(1, 10) * DAY));
      rows.push(check(rng, p, reviewer(), 'DUE_DILIGENCE', 'PASSED', Math.min(at, negotiation - 1000)));
    } else if (ended !== null && rng.chance(0.5)) {
      rows.push(
        check(
          rng,
          p,
          reviewer(),
          'DUE_DILIGENCE',
          'FAILED',
          Math.max(evaluation, ended - Math.round(rng.range(1, 5) * DAY)),
        ),
      );
    } else if (ended === null && rng.chance(0.7)) {
      const at = Math.round(evaluation + rng.range(2, 20) * DAY);
      if (at < anchor) rows.push(check(rng, p, reviewer(), 'DUE_DILIGENCE', 'PENDING', at));
    }
  }
  if (negotiation === null) return rows;

  const sector = eco.participants[p.parties[0].participant].sector;
  const reviews: [ComplianceKind, number][] = [
    ['SECURITY_REVIEW', p.type === 'TECHNOLOGY' ? 0.3 : 0.05],
    ['DATA_PROTECTION', p.type === 'RESEARCH' || p.type === 'TECHNOLOGY' ? 0.15 : 0.05],
    ['ETHICS_REVIEW', p.type === 'RESEARCH' || p.type === 'INNOVATION' ? 0.15 : 0.03],
    ['REGULATORY', REGULATED.has(sector) ? 0.3 : 0.03],
  ];
  for (const [kind, chance] of reviews) {
    if (!rng.chance(chance)) continue;
    const at = Math.round(negotiation + rng.range(5, 120) * DAY);
    if (at >= anchor || (ended !== null && at >= ended)) continue;
    const status: ComplianceStatus = anchor - at < 21 * DAY ? 'PENDING' : rng.chance(0.9) ? 'PASSED' : 'FAILED';
    rows.push(check(rng, p, reviewer(), kind, status, at));
  }
  // Renewals repeat the due diligence.
  p.steps.forEach((step, i) => {
    if (step.to !== 'RENEWAL' || !rng.chance(0.3)) return;
    const outcome = p.steps[i + 1];
    const at = Math.round(step.at + rng.range(3, 15) * DAY);
    if (at >= anchor || (outcome && at >= outcome.at)) return;
    rows.push(check(rng, p, reviewer(), 'DUE_DILIGENCE', outcome?.to === 'TERMINATED' ? 'FAILED' : 'PASSED', at));
  });
  return rows;
}

/** All governance and oversight records of a partnership, in a fixed order. */
export function* governanceRecords(
  rng: Random,
  eco: Ecosystem,
  p: Partnership,
  plan: ActivityPlan,
  people: { owner: TeamMember; reviewerIds: readonly string[]; deciderIds: readonly string[] },
): Generator<SeedRecord> {
  for (const row of stageChanges(rng, p, people.owner)) yield { kind: 'StageChange', row };
  for (const row of agreements(rng, eco, p)) yield { kind: 'Agreement', row };
  for (const row of complianceChecks(rng, eco, p, [people.owner.id, ...people.reviewerIds]))
    yield { kind: 'ComplianceCheck', row };
  for (const row of risks(rng, eco, p, plan, people.owner.id)) yield { kind: 'Risk', row };
  for (const row of decisions(rng, eco, p, [people.owner.id, ...people.deciderIds])) yield { kind: 'Decision', row };
  for (const row of conflicts(rng, eco, p, plan)) yield { kind: 'Conflict', row };
  for (const row of policyLinks(rng, eco, p)) yield { kind: 'APPLIES_TO', row };
  for (const row of committeeLinks(rng, eco, p)) yield { kind: 'OVERSEES', row };
}
