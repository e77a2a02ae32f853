/**
 * The partnership organisation: the team (one CPO, a few VPs and directors, many managers),
 * its committees and the ecosystem-wide policies.
 */
import type { Committee, Ms, Policy, TeamMember } from './model';
import { emailLocal, NameRegistry, personName } from './names';
import type { SizeProfile } from './profiles';
import type { Random } from './random';
import { DAY, YEAR } from './time';
import {
  FIELDS,
  POLICY_AREAS,
  REGIONS,
  SECTORS,
  TOPICS,
  type CommitteeKind,
  type PolicyArea,
  type PolicyStatus,
  type TeamRole,
} from './vocabulary';

function teamRoles(size: number): TeamRole[] {
  const counts: [TeamRole, number][] = [
    ['CHIEF_PARTNERSHIP_OFFICER', 1],
    ['VP_STRATEGIC_PARTNERSHIPS', Math.max(2, Math.round(size * 0.04))],
    ['DIRECTOR_AI_PARTNERSHIPS', Math.max(3, Math.round(size * 0.08))],
    ['ECOSYSTEM_MANAGER', Math.max(2, Math.round(size * 0.15))],
    ['ANALYST', Math.max(2, Math.round(size * 0.12))],
  ];
  const roles = counts.flatMap(([role, count]) => Array<TeamRole>(count).fill(role));
  while (roles.length < size) roles.push('PARTNERSHIP_MANAGER');
  return roles;
}

export function buildTeam(rng: Random, profile: SizeProfile, historyStart: Ms): TeamMember[] {
  const usedEmails = new Set<string>();
  return teamRoles(profile.teamMembers).map((role, index) => {
    const { first, last } = personName(rng);
    const base = emailLocal(first, last);
    let local = base;
    for (let n = 2; usedEmails.has(local); n += 1) local = `${base}${n}`;
    usedEmails.add(local);
    // Leaders were there before the history window; a third of the managers joined during it.
    const hiredDuringWindow = role === 'PARTNERSHIP_MANAGER' || role === 'ANALYST' ? rng.chance(0.33) : false;
    const joinedAt = hiredDuringWindow
      ? historyStart + rng.range(0, 1.5) * YEAR
      : historyStart - rng.range(0.2, 4) * YEAR;
    return {
      index,
      id: rng.uuid(),
      name: `${first} ${last}`,
      email: `${local}@ecograph.example`,
      role,
      joinedAt: Math.floor(joinedAt / DAY) * DAY,
    };
  });
}

const COMMITTEE_CYCLE: readonly CommitteeKind[] = ['STEERING', 'ETHICS_BOARD', 'ADVISORY', 'WORKING_GROUP'];

export function buildCommittees(
  rng: Random,
  profile: SizeProfile,
  team: readonly TeamMember[],
  historyStart: Ms,
): Committee[] {
  const names = new NameRegistry();
  const cpo = team.find((member) => member.role === 'CHIEF_PARTNERSHIP_OFFICER');
  const committees: Committee[] = [];
  for (let i = 0; i < profile.committees; i += 1) {
    const kind = i < COMMITTEE_CYCLE.length ? COMMITTEE_CYCLE[i] : rng.pick(COMMITTEE_CYCLE);
    const sector = kind === 'ADVISORY' || kind === 'WORKING_GROUP' ? rng.pick(SECTORS) : null;
    const base = {
      STEERING:
        i === 0 ? 'Executive Partnership Steering Committee' : `${rng.pick(REGIONS)} Partnership Steering Committee`,
      ETHICS_BOARD: 'Responsible AI Ethics Board',
      ADVISORY: `${sector ?? 'Ecosystem'} Advisory Council`,
      WORKING_GROUP: `${rng.pick([...FIELDS, ...TOPICS]).replace(/^./, (c) => c.toUpperCase())} Working Group`,
    }[kind];
    const members = rng.sample(team, rng.int(3, Math.min(8, team.length)));
    if (kind === 'STEERING' && cpo && !members.includes(cpo)) members.unshift(cpo);
    committees.push({
      id: rng.uuid(),
      name: names.unique(base),
      kind,
      sector,
      memberIds: members.map((member) => member.id),
      createdAt: Math.floor((historyStart - rng.range(0, 2) * YEAR) / DAY) * DAY,
    });
  }
  return committees;
}

const POLICY_TITLES: Record<PolicyArea, readonly string[]> = {
  DATA_SHARING: ['Partner Data Sharing Policy', 'Training Data Exchange Standard'],
  IP: ['Joint IP Ownership Policy', 'Open Source Contribution Policy'],
  SECURITY: ['Partner Security Baseline', 'API Access Security Policy'],
  ETHICS: ['Responsible AI Principles for Partners', 'AI Ethics Review Policy'],
  COMPLIANCE: ['Partner Compliance Framework', 'Regulatory Alignment Policy'],
  ENGAGEMENT: ['Partner Engagement Standard', 'Quarterly Business Review Policy'],
};

export function buildPolicies(rng: Random, profile: SizeProfile, historyStart: Ms, anchor: Ms): Policy[] {
  const titles = new NameRegistry();
  const policies: Policy[] = [];
  for (let i = 0; i < profile.policies; i += 1) {
    const area = i < POLICY_AREAS.length ? POLICY_AREAS[i] : rng.pick(POLICY_AREAS);
    // One of each area is active; the first extras cover DRAFT and RETIRED, the rest are mixed.
    const status: PolicyStatus =
      i < POLICY_AREAS.length
        ? 'ACTIVE'
        : i === POLICY_AREAS.length
          ? 'DRAFT'
          : i === POLICY_AREAS.length + 1
            ? 'RETIRED'
            : rng.weighted<PolicyStatus>({ ACTIVE: 0.6, DRAFT: 0.2, RETIRED: 0.2 });
    const createdAt = historyStart - rng.range(0, 2) * YEAR;
    let effectiveAt = createdAt + rng.range(14, 60) * DAY;
    let updatedAt = effectiveAt;
    if (status === 'DRAFT') {
      effectiveAt = anchor + rng.range(30, 120) * DAY;
      updatedAt = anchor - rng.range(1, 60) * DAY;
    } else if (status === 'RETIRED') {
      updatedAt = historyStart + rng.range(0.2, 1.8) * YEAR;
    }
    policies.push({
      id: rng.uuid(),
      title: titles.unique(rng.pick(POLICY_TITLES[area])),
      area,
      status,
      effectiveAt: Math.floor(effectiveAt / DAY) * DAY,
      createdAt: Math.floor(createdAt / DAY) * DAY,
      updatedAt: Math.floor(updatedAt / DAY) * DAY,
    });
  }
  return policies;
}
