/**
 * The demo-ecosystem generator: pure (no database), deterministic for a seed and an anchor
 * date, lazy. `generateRecords` streams rows in dependency order with barriers between
 * phases; batches.ts groups them into UNWIND batches ready for the writer.
 *
 *   phase 1  team, committees, policies, participants          (skeleton, in memory)
 *   phase 2  partnerships with their parties and owners
 *   phase 3  per partnership, from its own random stream: stage history, governance,
 *            initiatives, value flows, interactions, surveys, goals      (streamed)
 *   phase 4  ecosystem goals, measured over everything phase 3 produced
 */
import { CoverageTracker, topUp } from './coverage';
import { buildEcosystem, type EcosystemOptions } from './ecosystem';
import { interactions, planActivity, surveys, weekFactors } from './engagement';
import { EcosystemStats, ecosystemGoals, partnershipGoals, Trace } from './goals';
import { governanceRecords } from './governance';
import { initiatives } from './initiatives';
import type { Ecosystem } from './model';
import { Random } from './random';
import { valueFlows } from './value-flows';
import type { SeedItem, SeedRecord } from './rows';
import { iso } from './time';

export type { EcosystemOptions } from './ecosystem';

const BARRIER: SeedItem = { kind: 'barrier' };

function* organisation(eco: Ecosystem): Generator<SeedRecord> {
  for (const member of eco.team) {
    const at = iso(member.joinedAt);
    yield {
      kind: 'TeamMember',
      row: { id: member.id, name: member.name, role: member.role, email: member.email, createdAt: at, updatedAt: at },
    };
  }
  for (const committee of eco.committees) {
    const at = iso(committee.createdAt);
    yield {
      kind: 'Committee',
      row: {
        id: committee.id,
        name: committee.name,
        kind: committee.kind,
        memberIds: committee.memberIds,
        createdAt: at,
        updatedAt: at,
      },
    };
  }
  for (const policy of eco.policies) {
    yield {
      kind: 'Policy',
      row: {
        id: policy.id,
        title: policy.title,
        area: policy.area,
        status: policy.status,
        effectiveAt: iso(policy.effectiveAt),
        createdAt: iso(policy.createdAt),
        updatedAt: iso(policy.updatedAt),
      },
    };
  }
  for (const p of eco.participants) {
    yield {
      kind: 'Participant',
      row: {
        id: p.id,
        name: p.name,
        kind: p.kind,
        sector: p.sector,
        region: p.region,
        tier: p.tier,
        status: p.status,
        joinedAt: iso(p.joinedAt),
        exitedAt: p.exitedAt === null ? null : iso(p.exitedAt),
        externalId: p.externalId,
        createdAt: iso(p.joinedAt),
        updatedAt: iso(p.updatedAt),
      },
    };
  }
}

function* partnerships(eco: Ecosystem): Generator<SeedRecord> {
  for (const p of eco.partnerships) {
    const last = p.steps[p.steps.length - 1];
    yield {
      kind: 'Partnership',
      row: {
        id: p.id,
        name: p.name,
        type: p.type,
        subtype: p.subtype,
        stage: p.stage,
        strategicAlignment: p.alignment,
        startedAt: iso(p.identifiedAt),
        endsAt: p.endsAt === null ? null : iso(p.endsAt),
        parties: p.parties.map((party) => ({
          participantId: eco.participants[party.participant].id,
          role: party.role,
        })),
        ownerIds: p.owners.map((index) => eco.team[index].id),
        createdAt: iso(p.identifiedAt),
        updatedAt: iso(last ? last.at : p.identifiedAt),
      },
    };
  }
}

/** Everything that happens in and around each partnership, one partnership at a time. */
function* activity(eco: Ecosystem, root: Random, stats: EcosystemStats): Generator<SeedRecord> {
  const weeks = weekFactors(eco.historyStart, eco.anchor, eco.eventWeeks);
  const reviewerIds = eco.team.filter((m) => m.role === 'ANALYST' || m.role === 'ECOSYSTEM_MANAGER').map((m) => m.id);
  const deciderIds = eco.team
    .filter(
      (m) =>
        m.role === 'CHIEF_PARTNERSHIP_OFFICER' ||
        m.role === 'VP_STRATEGIC_PARTNERSHIPS' ||
        m.role === 'DIRECTOR_AI_PARTNERSHIPS',
    )
    .map((m) => m.id);
  const communities = new Map<string, number[]>();
  for (const participant of eco.participants) {
    const key = `${participant.sector}|${participant.region}`;
    const members = communities.get(key) ?? [];
    members.push(participant.index);
    communities.set(key, members);
  }

  for (const p of eco.partnerships) {
    const rng = root.fork();
    const owner = eco.team[p.owners[0] ?? 0];
    const plan = planActivity(rng, eco, p);
    const trace = new Trace();
    yield* governanceRecords(rng, eco, p, plan, { owner, reviewerIds, deciderIds });

    const lead = eco.participants[p.parties[0].participant];
    for (const row of initiatives(rng, eco, p, plan, communities.get(`${lead.sector}|${lead.region}`) ?? [])) {
      trace.initiatives.push(Date.parse(row.startsAt));
      yield { kind: 'Initiative', row };
    }
    for (const row of valueFlows(rng, eco, p, plan, weeks)) {
      trace.values.push([Date.parse(row.at), row.amount]);
      yield { kind: 'VALUE_FLOW', row };
    }
    for (const row of interactions(rng, eco, p, plan, weeks)) {
      trace.interactions.push(Date.parse(row.at));
      yield { kind: 'Interaction', row };
    }
    for (const row of surveys(rng, eco, p, plan)) {
      trace.surveys.push([Date.parse(row.at), row.score]);
      yield { kind: 'Survey', row };
    }
    for (const row of partnershipGoals(rng, eco, p, trace, owner.id, plan.end)) yield { kind: 'Goal', row };
    stats.add(trace);
  }
}

export type GenerateOptions = EcosystemOptions;

/** All rows of the demo ecosystem, in dependency order, with barriers between phases. */
export function* generateRecords(options: GenerateOptions): Generator<SeedItem> {
  const seeded = Random.seeded(options.seed);
  const eco = buildEcosystem(seeded, options);
  const root = seeded.fork();

  yield* organisation(eco);
  yield BARRIER;
  yield* partnerships(eco);
  yield BARRIER;
  const stats = new EcosystemStats(eco.historyStart);
  const coverage = new CoverageTracker();
  for (const record of activity(eco, root, stats)) {
    coverage.see(record);
    yield record;
  }
  // Enum values chance left out (small sizes), then goals measured over all of the above.
  const extra = new Trace();
  for (const record of topUp(root.fork(), eco, coverage.gaps())) {
    if (record.kind === 'Interaction') extra.interactions.push(Date.parse(record.row.at));
    if (record.kind === 'VALUE_FLOW') extra.values.push([Date.parse(record.row.at), record.row.amount]);
    if (record.kind === 'Initiative') extra.initiatives.push(Date.parse(record.row.startsAt));
    yield record;
  }
  stats.add(extra);
  const leaders = eco.team
    .filter((m) => m.role !== 'PARTNERSHIP_MANAGER' && m.role !== 'ANALYST' && m.role !== 'ECOSYSTEM_MANAGER')
    .map((m) => m.id);
  for (const row of ecosystemGoals(root.fork(), eco, stats, leaders)) yield { kind: 'Goal', row };
  yield BARRIER;
}
