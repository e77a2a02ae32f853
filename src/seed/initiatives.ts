/**
 * Joint initiatives (projects, labs, hackathons, publications...) under implemented
 * partnerships: innovation and research partnerships run more of them. Contributors are the
 * parties, plus now and then a member of the same community from outside the partnership.
 */
import { enteredAt } from './lifecycle';
import type { Ecosystem, Ms, Partnership } from './model';
import type { ActivityPlan } from './engagement';
import { RATES } from './profiles';
import type { Random } from './random';
import type { InitiativeRow } from './rows';
import { DAY, iso, YEAR } from './time';
import {
  FIELDS,
  TOPICS,
  type ContributorRole,
  type InitiativeKind,
  type InitiativeStatus,
  type PartnershipType,
} from './vocabulary';

const KIND_MIX: Record<PartnershipType, Partial<Record<InitiativeKind, number>>> = {
  TECHNOLOGY: { JOINT_PROJECT: 4, SPRINT: 3, HACKATHON: 1.5, CONFERENCE: 0.5, INNOVATION_LAB: 0.5, CHALLENGE: 0.5 },
  BUSINESS: { JOINT_PROJECT: 3, CONFERENCE: 2, CHALLENGE: 1, SPRINT: 1 },
  RESEARCH: { RESEARCH_PROGRAM: 3, PUBLICATION: 3, CONFERENCE: 1.5, JOINT_PROJECT: 1, CHALLENGE: 0.5 },
  INNOVATION: { INNOVATION_LAB: 2, HACKATHON: 2, CHALLENGE: 2, SPRINT: 1.5, JOINT_PROJECT: 1.5, PUBLICATION: 0.5 },
};

const TYPE_BOOST: Record<PartnershipType, number> = { TECHNOLOGY: 1, BUSINESS: 0.7, RESEARCH: 1.5, INNOVATION: 1.8 };

/** Duration range in days. */
export const DURATION: Record<InitiativeKind, [number, number]> = {
  JOINT_PROJECT: [90, 365],
  INNOVATION_LAB: [365, 730],
  CHALLENGE: [30, 90],
  HACKATHON: [2, 3],
  SPRINT: [14, 28],
  RESEARCH_PROGRAM: [365, 1095],
  PUBLICATION: [90, 270],
  CONFERENCE: [1, 3],
};

export const KIND_NOUN: Record<InitiativeKind, string> = {
  JOINT_PROJECT: 'Joint Project',
  INNOVATION_LAB: 'Innovation Lab',
  CHALLENGE: 'Challenge',
  HACKATHON: 'Hackathon',
  SPRINT: 'Sprint',
  RESEARCH_PROGRAM: 'Research Programme',
  PUBLICATION: 'Paper',
  CONFERENCE: 'Summit',
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function status(rng: Random, starts: Ms, ends: Ms, anchor: Ms, ended: Ms | null): InitiativeStatus {
  if (ended !== null && ends > ended) return 'CANCELLED';
  if (starts > anchor) return 'PLANNED';
  if (ends > anchor) return rng.chance(0.95) ? 'ACTIVE' : 'CANCELLED';
  return rng.chance(0.92) ? 'COMPLETED' : 'CANCELLED';
}

export function initiatives(
  rng: Random,
  eco: Ecosystem,
  p: Partnership,
  plan: ActivityPlan,
  community: readonly number[],
): InitiativeRow[] {
  const implemented = enteredAt(p.steps, 'IMPLEMENTATION');
  if (implemented === null) return [];
  const from = Math.max(implemented, eco.historyStart - YEAR / 2);
  // Running partnerships also have initiatives planned for the next months.
  const to = plan.terminatedAt ?? eco.anchor + 120 * DAY;
  if (to <= from) return [];
  const count = rng.poisson((RATES.initiativesPerYear * TYPE_BOOST[p.type] * (to - from)) / YEAR);
  const rows: InitiativeRow[] = [];
  for (let i = 0; i < count; i += 1) {
    const kind = rng.weighted(KIND_MIX[p.type]);
    const starts = Math.round(rng.range(from, to) / DAY) * DAY;
    const [shortest, longest] = DURATION[kind];
    const ends = starts + rng.int(shortest, longest) * DAY;
    const state = status(rng, starts, ends, eco.anchor, plan.terminatedAt);
    const year = new Date(starts).getUTCFullYear();
    const subject = capitalise(rng.chance(0.5) ? rng.pick(TOPICS) : rng.pick(FIELDS));

    const contributors: InitiativeRow['contributors'] = [];
    const leadPosition = rng.chance(0.7) ? 0 : rng.int(0, p.parties.length - 1);
    p.parties.forEach((party, position) => {
      const participant = eco.participants[party.participant];
      let role: ContributorRole | null = null;
      if (position === leadPosition) role = 'LEAD';
      else if (participant.kind === 'INVESTOR' || participant.kind === 'GOVERNMENT')
        role = rng.chance(0.7) ? 'SPONSOR' : 'CONTRIBUTOR';
      else if (rng.chance(0.7)) role = 'CONTRIBUTOR';
      if (role) contributors.push({ participantId: participant.id, role });
    });
    if (community.length > 0 && rng.chance(0.1)) {
      const outsider = eco.participants[rng.pick(community)];
      const isParty = p.parties.some((party) => party.participant === outsider.index);
      if (!isParty && outsider.joinedAt < starts)
        contributors.push({ participantId: outsider.id, role: 'CONTRIBUTOR' });
    }

    const created = Math.min(starts, eco.anchor) - rng.int(7, 45) * DAY;
    rows.push({
      id: rng.uuid(),
      partnershipId: p.id,
      name: kind === 'PUBLICATION' ? `${subject}: joint paper ${year}` : `${subject} ${KIND_NOUN[kind]} ${year}`,
      kind,
      status: state,
      startsAt: iso(starts),
      endsAt: iso(ends),
      contributors,
      createdAt: iso(created),
      updatedAt: iso(Math.max(created, Math.min(eco.anchor - DAY, state === 'COMPLETED' ? ends : starts))),
    });
  }
  return rows;
}
