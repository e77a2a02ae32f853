/**
 * Value flows between the parties of implemented partnerships: drawn month by month at a
 * rate that follows the partnership's activity, with log-normal (heavy-tailed) amounts and
 * directions that fit the kind (funders fund, the lead pays the costs, revenue mostly flows
 * to the lead).
 */
import { activityFactor, type ActivityPlan } from './engagement';
import { enteredAt } from './lifecycle';
import type { Ecosystem, Partnership } from './model';
import { RATES } from './profiles';
import type { Random } from './random';
import type { ValueFlowRow } from './rows';
import { iso, WEEK, YEAR } from './time';
import type { PartnershipType, ValueFlowKind } from './vocabulary';

const FLOW_MIX: Record<PartnershipType, Partial<Record<ValueFlowKind, number>>> = {
  TECHNOLOGY: { REVENUE: 3, COST: 2.5, COMPUTE: 2, DATA: 1.5, IP: 0.7, REFERRAL: 0.5, IN_KIND: 0.5, FUNDING: 0.2 },
  BUSINESS: { REVENUE: 4, REFERRAL: 3, COST: 2.5, IN_KIND: 0.5, DATA: 0.4, FUNDING: 0.2, IP: 0.2, COMPUTE: 0.2 },
  RESEARCH: { FUNDING: 3, DATA: 2.5, IN_KIND: 2, COST: 1.5, IP: 1, COMPUTE: 1, REVENUE: 0.3, REFERRAL: 0.2 },
  INNOVATION: { FUNDING: 2.5, IN_KIND: 2, COMPUTE: 1.5, COST: 2, IP: 1.5, REVENUE: 1, DATA: 0.8, REFERRAL: 0.5 },
};

/** Median USD amount and log-normal spread per kind (heavy-tailed: a few very large flows). */
const AMOUNTS: Record<ValueFlowKind, [number, number]> = {
  REVENUE: [40_000, 1.1],
  REFERRAL: [8_000, 0.9],
  FUNDING: [150_000, 1.0],
  COST: [15_000, 1.0],
  DATA: [12_000, 1.2],
  IP: [60_000, 1.3],
  COMPUTE: [20_000, 1.1],
  IN_KIND: [5_000, 1.0],
};

const MONTH = YEAR / 12;

/** [from, to] party positions of a flow: funders fund, leads pay costs, revenue flows to the lead. */
function direction(rng: Random, eco: Ecosystem, p: Partnership, kind: ValueFlowKind): [number, number] {
  const n = p.parties.length;
  const other = () => rng.int(1, n - 1);
  switch (kind) {
    case 'FUNDING': {
      const funder = p.parties.findIndex((party) => {
        const k = eco.participants[party.participant].kind;
        return k === 'INVESTOR' || k === 'GOVERNMENT';
      });
      if (funder >= 0) {
        const to = rng.int(0, n - 2);
        return [funder, to >= funder ? to + 1 : to];
      }
      return [0, other()];
    }
    case 'COST':
      return [0, other()];
    case 'REVENUE':
      return rng.chance(0.6) ? [other(), 0] : [0, other()];
    default: {
      const from = rng.int(0, n - 1);
      const to = rng.int(0, n - 2);
      return [from, to >= from ? to + 1 : to];
    }
  }
}

export function* valueFlows(
  rng: Random,
  eco: Ecosystem,
  p: Partnership,
  plan: ActivityPlan,
  weeks: readonly number[],
): Generator<ValueFlowRow> {
  const implemented = enteredAt(p.steps, 'IMPLEMENTATION');
  if (implemented === null) return;
  const start = Math.max(plan.start, implemented);
  for (let monthStart = start; monthStart < plan.end; monthStart += MONTH) {
    const mid = monthStart + MONTH / 2;
    const calendar = weeks[Math.floor((mid - eco.historyStart) / WEEK)] ?? 1;
    const rate = RATES.monthlyValueFlows * plan.valueScale * Math.min(2.5, calendar * activityFactor(plan, p, mid));
    const count = rng.poisson(rate);
    for (let i = 0; i < count; i += 1) {
      const at = Math.round(monthStart + rng.range(0, MONTH));
      if (at >= plan.end) continue;
      const kind = rng.weighted(FLOW_MIX[p.type]);
      const [from, to] = direction(rng, eco, p, kind);
      const [median, sigma] = AMOUNTS[kind];
      const fromParty = p.parties[from];
      const toParty = p.parties[to];
      if (!fromParty || !toParty) continue;
      // Nothing flows to or from a party after it left the ecosystem.
      const left = (index: number) => (eco.participants[index].exitedAt ?? Infinity) <= at;
      if (left(fromParty.participant) || left(toParty.participant)) continue;
      yield {
        id: rng.uuid(),
        fromId: eco.participants[fromParty.participant].id,
        toId: eco.participants[toParty.participant].id,
        partnershipId: p.id,
        kind,
        amount: Math.round(rng.logNormal(median * Math.sqrt(plan.valueScale), sigma) * 100) / 100,
        currency: 'USD',
        at: iso(at),
        // Recorded when it flowed, like every other seeded record (and the API's flows).
        createdAt: iso(at),
        updatedAt: iso(at),
      };
    }
  }
}
