/**
 * Who partners with whom. Participants join over time (the ecosystem grows); partnerships
 * are formed in chronological order among the participants present at the time, by
 * preferential attachment (a party is picked in proportion to the partnerships it already
 * has, or else by its intrinsic fitness), which gives a few hubs and a long tail of
 * participants with one to three partnerships. Communities come from where partners are
 * looked for: mostly in the lead's own sector-and-region cluster, sometimes across one of
 * the two, rarely anywhere (the bridges).
 */
import type { Ms, Participant, Party } from './model';
import { NameRegistry, participantName } from './names';
import type { Random } from './random';
import { DAY, YEAR } from './time';
import { type ParticipantKind, type PartyRole, type Region, type Sector } from './vocabulary';

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
const MAX_FITNESS = 6; // fitness is capped here, so rejection sampling stays cheap

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
    updatedAt: draft.joinedAt,
  }));
}

/** One community's participants so far, its partnership slots, and who has none yet. */
interface Pool {
  members: number[];
  /** One entry per partnership slot: a uniform pick here is preferential attachment. */
  endpoints: number[];
  /** Members without a partnership yet, with their positions for O(1) removal. */
  fresh: number[];
  freshAt: Map<number, number>;
}

/**
 * How a party is picked: by track record (preferential attachment: the hubs), among those
 * without a partnership yet (newcomers looking for a first partner), or by fitness alone.
 * Leads are more often the established players that run partner programmes.
 */
type PickWeights = Readonly<Record<'trackRecord' | 'newcomer' | 'fitness', number>>;
const LEAD_PICK: PickWeights = { trackRecord: 0.62, newcomer: 0.3, fitness: 0.08 };
const PARTNER_PICK: PickWeights = { trackRecord: 0.2, newcomer: 0.72, fitness: 0.08 };

/** Where the next party is looked for, relative to the lead. */
const SCOPE_WEIGHTS = { cluster: 0.72, sector: 0.12, region: 0.1, anywhere: 0.06 } as const;
type Scope = keyof typeof SCOPE_WEIGHTS;

const PARTY_COUNT_WEIGHTS = { '2': 70, '3': 18, '4': 7, '5': 5 } as const;

/** Grows the partnership network: call `admit` as time passes, then `form` for each partnership. */
export class NetworkBuilder {
  private readonly pools = new Map<string, Pool>();
  private admitted = 0;

  constructor(
    private readonly rng: Random,
    private readonly participants: Participant[],
  ) {}

  /** Lets in every participant who joined by `at`. */
  admit(at: Ms): void {
    while (this.admitted < this.participants.length) {
      const participant = this.participants[this.admitted];
      if (participant.joinedAt > at) break;
      for (const key of this.keys(participant)) {
        const pool = this.pool(key);
        pool.members.push(participant.index);
        pool.freshAt.set(participant.index, pool.fresh.length);
        pool.fresh.push(participant.index);
      }
      this.admitted += 1;
    }
  }

  /** Picks the parties of the next partnership; the first one leads. */
  form(partnershipIndex: number): Party[] {
    const rng = this.rng;
    const lead = this.choose(this.pool('*'), [], LEAD_PICK);
    if (lead === undefined) return [];
    const chosen = [lead];
    const wanted = Number(rng.weighted(PARTY_COUNT_WEIGHTS));
    const leader = this.participants[lead];
    for (let attempt = 0; chosen.length < wanted && attempt < wanted * 4; attempt += 1) {
      const pick = this.choose(this.pool(this.scopeKey(leader, rng.weighted(SCOPE_WEIGHTS))), chosen, PARTNER_PICK);
      if (pick !== undefined) chosen.push(pick);
    }
    if (chosen.length < 2) {
      const pick = this.choose(this.pool('*'), chosen, PARTNER_PICK);
      if (pick === undefined) return [];
      chosen.push(pick);
    }
    for (const index of chosen) {
      const participant = this.participants[index];
      participant.partnerships.push(partnershipIndex);
      for (const key of this.keys(participant)) {
        const pool = this.pool(key);
        pool.endpoints.push(index);
        if (participant.partnerships.length === 1) this.unfresh(pool, index);
      }
    }
    return chosen.map((participant, position) => ({
      participant,
      role: this.role(position, chosen.length, participant),
    }));
  }

  private role(position: number, size: number, index: number): PartyRole {
    if (position === 0) return 'LEAD';
    const kind = this.participants[index].kind;
    if ((kind === 'INVESTOR' || kind === 'GOVERNMENT') && this.rng.chance(0.6)) return 'SPONSOR';
    if (size >= 3 && position === size - 1 && this.rng.chance(0.35)) return 'OBSERVER';
    return 'PARTNER';
  }

  /** A participant not in `exclude`; undefined if none is found. */
  private choose(pool: Pool, exclude: readonly number[], weights: PickWeights): number | undefined {
    const rng = this.rng;
    if (pool.members.length === 0) return undefined;
    let how = rng.weighted(weights);
    if (how === 'trackRecord' && pool.endpoints.length === 0) how = 'fitness';
    if (how === 'newcomer' && pool.fresh.length === 0) how = 'fitness';
    const from = how === 'trackRecord' ? pool.endpoints : how === 'newcomer' ? pool.fresh : pool.members;
    for (let attempt = 0; attempt < 16; attempt += 1) {
      const candidate = rng.pick(from);
      // Rejection sampling on fitness (not for track record, already a weight); after a
      // few misses take whoever comes.
      if (how !== 'trackRecord' && attempt < 10 && rng.float() * MAX_FITNESS > this.participants[candidate].fitness)
        continue;
      if (!exclude.includes(candidate)) return candidate;
    }
    return undefined;
  }

  private unfresh(pool: Pool, index: number): void {
    const at = pool.freshAt.get(index);
    if (at === undefined) return;
    const last = pool.fresh.pop() as number;
    if (last !== index) {
      pool.fresh[at] = last;
      pool.freshAt.set(last, at);
    }
    pool.freshAt.delete(index);
  }

  private scopeKey(leader: Participant, scope: Scope): string {
    switch (scope) {
      case 'cluster':
        return `c:${leader.sector}|${leader.region}`;
      case 'sector':
        return `s:${leader.sector}`;
      case 'region':
        return `r:${leader.region}`;
      case 'anywhere':
        return '*';
    }
  }

  private keys(participant: Participant): string[] {
    return [`c:${participant.sector}|${participant.region}`, `s:${participant.sector}`, `r:${participant.region}`, '*'];
  }

  private pool(key: string): Pool {
    let pool = this.pools.get(key);
    if (!pool) {
      pool = { members: [], endpoints: [], fresh: [], freshAt: new Map() };
      this.pools.set(key, pool);
    }
    return pool;
  }
}
