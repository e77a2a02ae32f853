/**
 * Who partners with whom, and when: the growth of a maturing partnership network.
 *
 * Two kinds of partnership events, replayed in chronological order:
 *  - a newcomer's first partnership, soon after it joins, with an established participant of
 *    its own sector × region cluster picked in proportion to its track record (preferential
 *    attachment: the hubs, Barabási–Albert). Newcomers attach to the network that exists,
 *    which grows one main component (Powell et al. 2005) instead of isolated pairs;
 *  - repeat partnerships, led by established participants (again by track record), with
 *    partners found through existing partners (triadic closure: clustering, Newman 2001) or
 *    looked for in the lead's cluster, more rarely across sector or region; brokers look
 *    across clusters much more often, which is what ties the communities together.
 * A minority never partners (prospects), more among recent joiners.
 */
import type { Ms, Participant, Party } from './model';
import { growingInstant, MAX_FITNESS } from './network';
import type { Random } from './random';
import { DAY, YEAR } from './time';
import type { PartyRole } from './vocabulary';

/** Where the next party is looked for, relative to the lead. */
const SCOPE = { cluster: 0.6, sector: 0.15, region: 0.15, anywhere: 0.1 } as const;
const BROKER_SCOPE = { cluster: 0.25, sector: 0.25, region: 0.25, anywhere: 0.25 } as const;
type Scope = keyof typeof SCOPE;

const PARTY_COUNT_WEIGHTS = { '2': 62, '3': 20, '4': 10, '5': 8 } as const;

export interface FormationRates {
  /** Chance a participant never partners (a prospect), and for those who joined in the last months. */
  prospect: number;
  recentProspect: number;
  /** Chance a repeat partnership's next party is a partner's partner. */
  closure: number;
  /** Chance it is an existing partner again (a second partnership with the same organisation). */
  repeat: number;
}

export const FORMATION: FormationRates = {
  prospect: 0.03,
  recentProspect: 0.25,
  closure: 0.65,
  repeat: 0.08,
};

/**
 * How many partnerships a participant can take on: partnership teams have limited bandwidth,
 * so the rich-get-richer growth saturates (the hubs of a 10,000-participant ecosystem are not
 * a hundred times bigger than those of a 300-participant one), which keeps the hubs from
 * swallowing the clustering.
 */
const capacity = (participant: Participant) => Math.round(6 + 7 * participant.fitness);

/** Partnership history starts this long before the anchor (the founding cohort is older). */
const FORMATION_YEARS = 3;

interface Pool {
  /** One entry per partnership slot of a member: a uniform pick is preferential attachment. */
  endpoints: number[];
  /** Members admitted so far. */
  members: number[];
}

export interface Draft {
  identifiedAt: Ms;
  parties: Party[];
}

/** The partnerships to form, in chronological order: whose first one it is, or null (a repeat). */
function schedule(rng: Random, participants: readonly Participant[], count: number, anchor: Ms) {
  const from = anchor - FORMATION_YEARS * YEAR;
  const events: { at: Ms; newcomer: number | null }[] = [];
  for (const p of participants) {
    const recent = anchor - p.joinedAt < 120 * DAY;
    if (rng.chance(recent ? FORMATION.recentProspect : FORMATION.prospect)) continue;
    // The founding cohort's first partnerships spread over the first months of the history.
    const start = Math.max(p.joinedAt, from + rng.range(0, 120) * DAY);
    const at = start + rng.exponential(30) * DAY;
    if (at < anchor - DAY) events.push({ at: Math.floor(at / 1000) * 1000, newcomer: p.index });
  }
  for (let i = events.length; i < count; i += 1) {
    events.push({ at: Math.floor(growingInstant(rng, from, anchor - DAY, 1.0) / 1000) * 1000, newcomer: null });
  }
  return events.sort((a, b) => a.at - b.at || (a.newcomer ?? -1) - (b.newcomer ?? -1));
}

/** Grows the network over time; see the file comment. */
class NetworkBuilder {
  private readonly pools = new Map<string, Pool>();
  /** Partners of each participant, once per shared partnership. */
  private readonly neighbours: number[][];
  private admitted = 0;

  constructor(
    private readonly rng: Random,
    private readonly participants: Participant[],
  ) {
    this.neighbours = participants.map(() => []);
  }

  /** Lets in every participant who joined by `at`. */
  admit(at: Ms): void {
    while (this.admitted < this.participants.length) {
      const participant = this.participants[this.admitted];
      if (participant.joinedAt > at) break;
      for (const key of this.keys(participant)) this.pool(key).members.push(participant.index);
      this.admitted += 1;
    }
  }

  /** The first partnership of `newcomer`: with an established participant near it. */
  first(newcomer: number, index: number): Party[] {
    const joiner = this.participants[newcomer];
    const lead =
      this.byTrackRecord(this.scopeKey(joiner, this.rng.weighted(SCOPE)), [newcomer]) ??
      this.byTrackRecord('*', [newcomer]) ??
      this.byFitness('*', [newcomer]);
    if (lead === undefined) return [];
    // A first partnership is mostly a bilateral pilot; consortia come later.
    return this.complete([lead, newcomer], index, this.rng.chance(0.6) ? 2 : undefined);
  }

  /** A repeat partnership, led by an established participant. */
  repeat(index: number): Party[] {
    const lead = this.rng.chance(0.65) ? this.byTrackRecord('*', []) : this.byFitness('*', []);
    if (lead === undefined) return [];
    return this.complete([lead], index);
  }

  /** Adds parties up to a drawn party count, then records the partnership. */
  private complete(chosen: number[], index: number, size?: number): Party[] {
    const rng = this.rng;
    const wanted = Math.max(chosen.length, size ?? Number(rng.weighted(PARTY_COUNT_WEIGHTS)));
    const lead = this.participants[chosen[0]];
    for (let attempt = 0; chosen.length < wanted && attempt < wanted * 4; attempt += 1) {
      const draw = rng.float();
      let pick: number | undefined;
      if (draw < FORMATION.closure) pick = this.friendOfFriend(chosen);
      else if (draw < FORMATION.closure + FORMATION.repeat) pick = this.partnerAgain(chosen[0], chosen);
      if (pick === undefined) {
        const scope = rng.weighted(lead.broker ? BROKER_SCOPE : SCOPE);
        const key = this.scopeKey(lead, scope);
        // Half by track record, half by fitness: newcomers still find partners.
        pick = rng.chance(0.5) ? this.byTrackRecord(key, chosen) : this.byFitness(key, chosen);
      }
      if (pick !== undefined) chosen.push(pick);
    }
    if (chosen.length < 2) {
      const pick = this.byFitness('*', chosen);
      if (pick === undefined) return [];
      chosen.push(pick);
    }
    this.record(chosen, index);
    return chosen.map((participant, position) => ({
      participant,
      role: this.role(position, chosen.length, participant),
    }));
  }

  private record(chosen: readonly number[], index: number): void {
    for (const a of chosen) {
      const participant = this.participants[a];
      participant.partnerships.push(index);
      for (const key of this.keys(participant)) this.pool(key).endpoints.push(a);
      for (const b of chosen) if (a !== b) this.neighbours[a].push(b);
    }
  }

  /** A partner of one of the chosen parties' partners, not chosen yet (closes a triangle). */
  private friendOfFriend(chosen: readonly number[]): number | undefined {
    const rng = this.rng;
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const via = this.neighbours[rng.pick(chosen)];
      if (via.length === 0) continue;
      const second = this.neighbours[rng.pick(via)];
      if (second.length === 0) continue;
      const candidate = rng.pick(second);
      if (!chosen.includes(candidate) && this.free(candidate)) return candidate;
    }
    return undefined;
  }

  private partnerAgain(lead: number, chosen: readonly number[]): number | undefined {
    const partners = this.neighbours[lead];
    if (partners.length === 0) return undefined;
    const candidate = this.rng.pick(partners);
    return chosen.includes(candidate) ? undefined : candidate;
  }

  /** Preferential attachment: uniform over partnership slots; undefined if none is free. */
  private byTrackRecord(key: string, exclude: readonly number[]): number | undefined {
    const pool = this.pool(key);
    if (pool.endpoints.length === 0) return undefined;
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const candidate = this.rng.pick(pool.endpoints);
      if (!exclude.includes(candidate) && this.free(candidate)) return candidate;
    }
    return undefined;
  }

  private free(index: number): boolean {
    const participant = this.participants[index];
    return participant.partnerships.length < capacity(participant);
  }

  /** Rejection sampling on fitness among the members; after a few misses whoever comes. */
  private byFitness(key: string, exclude: readonly number[]): number | undefined {
    const pool = this.pool(key);
    if (pool.members.length === 0) return undefined;
    for (let attempt = 0; attempt < 16; attempt += 1) {
      const candidate = this.rng.pick(pool.members);
      if (attempt < 10 && this.rng.float() * MAX_FITNESS > this.participants[candidate].fitness) continue;
      if (!exclude.includes(candidate)) return candidate;
    }
    return undefined;
  }

  private role(position: number, size: number, index: number): PartyRole {
    if (position === 0) return 'LEAD';
    const kind = this.participants[index].kind;
    if ((kind === 'INVESTOR' || kind === 'GOVERNMENT') && this.rng.chance(0.6)) return 'SPONSOR';
    if (size >= 3 && position === size - 1 && this.rng.chance(0.35)) return 'OBSERVER';
    return 'PARTNER';
  }

  private scopeKey(participant: Participant, scope: Scope): string {
    switch (scope) {
      case 'cluster':
        return `c:${participant.sector}|${participant.region}`;
      case 'sector':
        return `s:${participant.sector}`;
      case 'region':
        return `r:${participant.region}`;
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
      pool = { endpoints: [], members: [] };
      this.pools.set(key, pool);
    }
    return pool;
  }
}

/** The partnerships' parties and identification dates, in chronological order. */
export function formPartnerships(rng: Random, participants: Participant[], count: number, anchor: Ms): Draft[] {
  const events = schedule(rng, participants, count, anchor);
  const network = new NetworkBuilder(rng, participants);
  const drafts: Draft[] = [];
  for (const event of events) {
    network.admit(event.at);
    const parties =
      event.newcomer !== null && participants[event.newcomer].partnerships.length === 0
        ? network.first(event.newcomer, drafts.length)
        : network.repeat(drafts.length);
    if (parties.length >= 2) drafts.push({ identifiedAt: event.at, parties });
  }
  return drafts;
}
