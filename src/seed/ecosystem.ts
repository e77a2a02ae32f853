/**
 * Builds the in-memory skeleton: organisation, participants, partnerships (parties, type,
 * lifecycle, owners), then the participant attributes that depend on their partnerships
 * (tier, status). Each part draws from its own forked stream.
 */
import { ensureEveryStage, STAGE_RANK, walkLifecycle } from './lifecycle';
import type { Ecosystem, Ms, Participant, Partnership, TeamMember } from './model';
import { partnershipName } from './names';
import { exitParticipants } from './exits';
import { formPartnerships } from './formation';
import { buildParticipants } from './network';
import { buildCommittees, buildPolicies, buildTeam } from './organisation';
import type { SizeProfile } from './profiles';
import { cumulative, type Random } from './random';
import { DAY, HISTORY_DAYS, WEEK, YEAR } from './time';
import {
  SUBTYPES,
  type ParticipantKind,
  type PartnershipSubtype,
  type PartnershipType,
  type TeamRole,
} from './vocabulary';

export interface EcosystemOptions {
  seed: number;
  profile: SizeProfile;
  /** Midnight UTC of the anchor date: the end of the generated history. */
  anchor: Ms;
}

function chooseType(rng: Random, kinds: ReadonlySet<ParticipantKind>): PartnershipType {
  if (kinds.has('UNIVERSITY') || kinds.has('RESEARCH_INSTITUTE'))
    return rng.weighted({ RESEARCH: 0.65, INNOVATION: 0.2, TECHNOLOGY: 0.15 });
  if (kinds.has('INVESTOR')) return rng.weighted({ INNOVATION: 0.6, BUSINESS: 0.4 });
  if (kinds.has('GOVERNMENT')) return rng.weighted({ RESEARCH: 0.4, BUSINESS: 0.3, INNOVATION: 0.3 });
  if (kinds.has('COMMUNITY') || kinds.has('INDIVIDUAL')) return rng.weighted({ INNOVATION: 0.5, TECHNOLOGY: 0.5 });
  return rng.weighted({ TECHNOLOGY: 0.4, BUSINESS: 0.4, INNOVATION: 0.2 });
}

/**
 * The subtype the parties suggest (a university → ACADEMIC...), else any of the type's;
 * subtypes not used yet are preferred now and then so that small ecosystems show them all.
 */
function chooseSubtype(
  rng: Random,
  type: PartnershipType,
  parties: readonly Participant[],
  unused: Set<PartnershipSubtype>,
): PartnershipSubtype {
  const kinds = new Set(parties.map((p) => p.kind));
  let hint: PartnershipSubtype | null = null;
  if (type === 'RESEARCH') {
    if (new Set(parties.map((p) => p.region)).size > 1) hint = 'INTERNATIONAL';
    else if (kinds.has('GOVERNMENT')) hint = 'GOVERNMENT';
    else if (kinds.has('UNIVERSITY')) hint = 'ACADEMIC';
    else if (kinds.has('RESEARCH_INSTITUTE')) hint = 'INSTITUTIONAL';
    else hint = 'INDUSTRY';
  } else if (type === 'INNOVATION' && (kinds.has('INVESTOR') || kinds.has('STARTUP'))) {
    hint = 'ACCELERATOR';
  } else if (type === 'BUSINESS' && kinds.has('GOVERNMENT')) {
    hint = 'CUSTOMER';
  }
  const fresh = SUBTYPES[type].filter((subtype) => unused.has(subtype));
  let subtype: PartnershipSubtype;
  if (fresh.length > 0 && rng.chance(0.3)) subtype = rng.pick(fresh);
  else subtype = hint !== null && rng.chance(0.6) ? hint : rng.pick(SUBTYPES[type]);
  unused.delete(subtype);
  return subtype;
}

const OWNER_WEIGHT: Record<TeamRole, number> = {
  CHIEF_PARTNERSHIP_OFFICER: 0.2,
  VP_STRATEGIC_PARTNERSHIPS: 1,
  DIRECTOR_AI_PARTNERSHIPS: 2,
  PARTNERSHIP_MANAGER: 6,
  ECOSYSTEM_MANAGER: 3,
  ANALYST: 0,
};
const SENIOR: ReadonlySet<TeamRole> = new Set([
  'CHIEF_PARTNERSHIP_OFFICER',
  'VP_STRATEGIC_PARTNERSHIPS',
  'DIRECTOR_AI_PARTNERSHIPS',
]);

/** Picks the owner (already on the team when the partnership started) and maybe a co-owner. */
function chooseOwners(
  rng: Random,
  team: readonly TeamMember[],
  strategic: boolean,
  at: Ms,
  table: { normal: number[]; senior: number[] },
): number[] {
  const weights = strategic ? table.senior : table.normal;
  let owner = rng.weightedIndex(weights);
  for (let attempt = 0; attempt < 5 && team[owner].joinedAt > at; attempt += 1) owner = rng.weightedIndex(weights);
  if (!rng.chance(0.2)) return [owner];
  const coOwner = rng.int(0, team.length - 1);
  return coOwner === owner ? [owner] : [owner, coOwner];
}

function assignTiers(participants: Participant[]): void {
  const ranked = participants
    .filter((p) => p.partnerships.length > 0)
    .sort((a, b) => b.partnerships.length - a.partnerships.length || b.fitness - a.fitness || a.index - b.index);
  const strategic = Math.ceil(participants.length * 0.02);
  const core = Math.ceil(participants.length * 0.1);
  ranked.forEach((participant, rank) => {
    const degree = participant.partnerships.length;
    if (rank < strategic && degree >= 3) participant.tier = 'STRATEGIC';
    else if (rank < core && degree >= 2) participant.tier = 'CORE';
    else participant.tier = 'STANDARD';
  });
}

/**
 * Status follows the partnerships: running ones make ACTIVE, only ended ones EXITED (mostly)
 * or DORMANT; those who exited (exits.ts) are EXITED, their exit instant their last update.
 */
function assignStatus(
  rng: Random,
  participants: Participant[],
  partnerships: readonly Partnership[],
  exits: ReadonlyMap<number, Ms>,
  anchor: Ms,
): void {
  for (const participant of participants) {
    const own = participant.partnerships.map((index) => partnerships[index]);
    for (const p of own) {
      const last = p.steps[p.steps.length - 1];
      if (last) participant.updatedAt = Math.max(participant.updatedAt, last.at);
    }
    const exitedAt = exits.get(participant.index);
    if (exitedAt !== undefined) {
      // Its record last changed when it left (partnerships it was in may have moved on since).
      participant.status = 'EXITED';
      participant.updatedAt = exitedAt;
      participant.exitedAt = exitedAt;
    } else if (own.length === 0) {
      participant.status = anchor - participant.joinedAt > YEAR && rng.chance(0.15) ? 'DORMANT' : 'PROSPECT';
    } else if (own.some((p) => STAGE_RANK[p.stage] >= STAGE_RANK.IMPLEMENTATION)) {
      participant.status = 'ACTIVE';
    } else if (own.some((p) => p.stage !== 'TERMINATED')) {
      participant.status = 'PROSPECT';
    } else {
      participant.status = rng.chance(0.7) ? 'EXITED' : 'DORMANT';
      // Left when its last partnership ended.
      if (participant.status === 'EXITED') participant.exitedAt = participant.updatedAt;
    }
  }
}

/** The skeleton, from streams forked off `root` (which the caller may keep forking). */
export function buildEcosystem(root: Random, options: EcosystemOptions): Ecosystem {
  const { seed, profile, anchor } = options;
  const streams = {
    team: root.fork(),
    participants: root.fork(),
    network: root.fork(),
    partnerships: root.fork(),
    calendar: root.fork(),
    exits: root.fork(),
  };
  const historyStart = anchor - HISTORY_DAYS * DAY;

  const team = buildTeam(streams.team, profile, historyStart);
  const committees = buildCommittees(streams.team, profile, team, historyStart);
  const policies = buildPolicies(streams.team, profile, historyStart, anchor);
  const participants = buildParticipants(streams.participants, profile.participants, anchor);

  const rng = streams.partnerships;
  const drafts = formPartnerships(streams.network, participants, profile.partnerships, anchor);
  assignTiers(participants);

  const ownerTable = {
    normal: cumulative(team.map((member) => OWNER_WEIGHT[member.role])),
    senior: cumulative(team.map((member) => OWNER_WEIGHT[member.role] * (SENIOR.has(member.role) ? 6 : 1))),
  };
  const unusedSubtypes = new Set<PartnershipSubtype>(Object.values(SUBTYPES).flat());
  const partnerships: Partnership[] = drafts.map((draft, index) => {
    const members = draft.parties.map((party) => participants[party.participant]);
    const type = chooseType(rng, new Set(members.map((member) => member.kind)));
    const subtype = chooseSubtype(rng, type, members, unusedSubtypes);
    const alignment = Math.round(Math.min(1, 0.25 + 0.75 * Math.sqrt(rng.float())) * 100) / 100;
    const lifecycle = walkLifecycle(rng, draft.identifiedAt, anchor, alignment);
    const strategic = members.some((member) => member.tier === 'STRATEGIC');
    return {
      index,
      id: rng.uuid(),
      name: partnershipName(
        rng,
        members.map((member) => member.name),
        subtype,
      ),
      type,
      subtype,
      identifiedAt: draft.identifiedAt,
      alignment,
      parties: draft.parties,
      steps: lifecycle.steps,
      stage: lifecycle.stage,
      endsAt: lifecycle.endsAt,
      owners: chooseOwners(rng, team, strategic, draft.identifiedAt, ownerTable),
    };
  });
  ensureEveryStage(rng, partnerships, anchor);
  const exited = exitParticipants(streams.exits, participants, partnerships, historyStart, anchor);
  assignStatus(streams.participants, participants, partnerships, exited, anchor);

  // Four conference weeks a year: ecosystem-wide bursts of events and meetings.
  const eventWeeks = new Set<number>();
  const weeks = Math.ceil((HISTORY_DAYS * DAY) / WEEK);
  while (eventWeeks.size < Math.round((weeks / 52) * 4)) eventWeeks.add(streams.calendar.int(0, weeks - 1));

  return { seed, anchor, historyStart, profile, team, committees, policies, participants, partnerships, eventWeeks };
}
