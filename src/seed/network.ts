/**
 * Who joins the ecosystem: participants with a kind, a sector and a region (the sector ×
 * region cluster is where they will mostly look for partners), a join date on a growing
 * curve, an intrinsic fitness (how attractive a partner they are before any track record)
 * and, for some research institutes, universities, investors, public bodies and
 * communities, the broker role: they look for partners across clusters. Who partners with
 * whom is formation.ts.
 */
import type { Ms, Participant } from './model';
import { NameRegistry, participantName } from './names';
import type { Random } from './random';
import { DAY, YEAR } from './time';
import { type ParticipantKind, type Region, type Sector } from './vocabulary';

const KIND_WEIGHTS: Record<ParticipantKind, number> = {
  COMPANY: 30,
  STARTUP: 25,
  UNIVERSITY: 8,
  RESEARCH_INSTITUTE: 6,
  GOVERNMENT: 4,
  INVESTOR: 7,
  COMMUNITY: 6,
  INDIVIDUAL: 14,
};

/** How attractive a kind is as a partner before it has any track record. */
const KIND_FITNESS: Record<ParticipantKind, number> = {
  COMPANY: 3,
  STARTUP: 1.5,
  UNIVERSITY: 2.5,
  RESEARCH_INSTITUTE: 2,
  GOVERNMENT: 2,
  INVESTOR: 1.5,
  COMMUNITY: 1,
  INDIVIDUAL: 0.5,
};
export const MAX_FITNESS = 6; // fitness is capped here, so rejection sampling stays cheap

/**
 * Chance a participant of each kind is a broker (Powell et al. 2005: a few organisations,
 * mostly research institutes, universities and venture investors, tie the clusters together).
 */
const BROKER_SHARE: Record<ParticipantKind, number> = {
  COMPANY: 0.02,
  STARTUP: 0,
  UNIVERSITY: 0.25,
  RESEARCH_INSTITUTE: 0.4,
  GOVERNMENT: 0.15,
  INVESTOR: 0.25,
  COMMUNITY: 0.15,
  INDIVIDUAL: 0,
};

const SECTOR_WEIGHTS: Record<Sector, number> = {
  'Healthcare AI': 12,
  FinTech: 12,
  'Autonomous Systems': 8,
  'Enterprise Software': 16,
  'Cloud Infrastructure': 12,
  Semiconductors: 6,
  'Retail & E-commerce': 10,
  'Public Sector': 7,
  Education: 8,
  'Media & Creative': 9,
};

const REGION_WEIGHTS: Record<Region, number> = {
  'North America': 35,
  Europe: 28,
  'Asia-Pacific': 24,
  'Latin America': 8,
  'Middle East & Africa': 5,
};

/** Instants in [from, to) whose density grows by e^growth over the span (a growing ecosystem). */
export function growingInstant(rng: Random, from: Ms, to: Ms, growth: number): Ms {
  const u = rng.float();
  return from + ((to - from) * Math.log(1 + u * (Math.exp(growth) - 1))) / growth;
}

/** Participants sorted by join date (index = join order; externalId follows it). */
export function buildParticipants(rng: Random, count: number, anchor: Ms): Participant[] {
  const names = new NameRegistry();
  const drafts = [];
  for (let i = 0; i < count; i += 1) {
    const kind = rng.weighted(KIND_WEIGHTS);
    const sector: Sector =
      kind === 'GOVERNMENT' && rng.chance(0.6)
        ? 'Public Sector'
        : kind === 'UNIVERSITY' && rng.chance(0.3)
          ? 'Education'
          : rng.weighted(SECTOR_WEIGHTS);
    const region = rng.weighted(REGION_WEIGHTS);
    const joinedAt = Math.floor(growingInstant(rng, anchor - 5 * YEAR, anchor - DAY, 1.2) / 1000) * 1000;
    drafts.push({
      id: rng.uuid(),
      name: names.unique(participantName(rng, kind, sector, region), region),
      kind,
      sector,
      region,
      joinedAt,
      fitness: Math.min(MAX_FITNESS, KIND_FITNESS[kind] * rng.logNormal(1, 0.5)),
      broker: rng.chance(BROKER_SHARE[kind]),
    });
  }
  drafts.sort((a, b) => a.joinedAt - b.joinedAt || (a.id < b.id ? -1 : 1));
  return drafts.map((draft, index) => ({
    ...draft,
    index,
    externalId: `P-${String(index + 1).padStart(6, '0')}`,
    partnerships: [],
    tier: 'EMERGING',
    status: 'PROSPECT',
    exitedAt: null,
    updatedAt: draft.joinedAt,
  }));
}
