/**
 * Aggregation latency on the medium seed (issue 19: p95 under 200 ms): every meaningful
 * `breakdown(measure, by)` over a one-year window, and `facets`, through the API (ANALYST,
 * HTTP) side by side with the same statements run through neo4j-driver directly (the
 * baseline: the database's share of the time), reported as p50/p95 and the ratio.
 */
import neo4j from 'neo4j-driver';
import { BreakdownDimension, BreakdownMeasure } from '../src/modules/aggregation/aggregation.enums';
import {
  breakdownBuckets,
  breakdownTotal,
  facet,
  FACET_NAMES,
  groupsMeasure,
  isWindowed,
  type BreakdownQuery,
} from '../src/modules/aggregation/aggregation.queries';
import { seedDemoEcosystem } from '../src/seed/seed';
import { authHeader } from '../test/support/auth';
import { measure, percentile, startBenchEnvironment, table, type Timing } from './support';

const ANCHOR = '2026-06-30';
const WINDOW = { from: new Date('2025-07-01T00:00:00Z'), to: new Date('2026-07-01T00:00:00Z') };
const TARGET_P95_MS = 200;

const BREAKDOWN = `query Bench($measure: BreakdownMeasure!, $by: BreakdownDimension!, $window: WindowInput) {
  breakdown(measure: $measure, by: $by, window: $window) { total totalValue buckets { key count value } }
}`;
const FACETS = `{ facets { regions { value count } sectors { value count } participantKinds { value count }
  partnershipTypes { value count } stages { value count } interactionKinds { value count } flowKinds { value count } } }`;

export async function aggregationsBench(): Promise<string> {
  const env = await startBenchEnvironment();
  const driver = neo4j.driver(env.target.uri, neo4j.auth.basic(env.target.user, env.target.password));
  const headers = { 'content-type': 'application/json', ...(await authHeader('ANALYST')) };
  const post = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(env.app.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  try {
    const seeded = await seedDemoEcosystem(env.app.gateway, { size: 'medium', seed: 11, anchor: ANCHOR });
    const pairs: [Timing, Timing][] = [];
    for (const measureName of Object.values(BreakdownMeasure)) {
      for (const by of Object.values(BreakdownDimension).filter((dimension) => groupsMeasure(measureName, dimension))) {
        const windowed = isWindowed(measureName, by);
        const query: BreakdownQuery = {
          measure: measureName,
          by,
          scope: {},
          window: windowed ? WINDOW : undefined,
          interval: 'month',
        };
        const variables = {
          measure: measureName,
          by,
          window: windowed ? { from: WINDOW.from.toISOString(), to: WINDOW.to.toISOString() } : undefined,
        };
        pairs.push([
          await measure(`${measureName} by ${by}`, () => post(BREAKDOWN, variables)),
          await measure('driver', async () => {
            const session = driver.session();
            try {
              await session.executeRead(async (tx) => {
                for (const statement of [breakdownBuckets(query), breakdownTotal(query)]) {
                  await tx.run(statement.cypher, statement.params);
                }
              });
            } finally {
              await session.close();
            }
          }),
        ]);
      }
    }
    pairs.push([
      await measure('facets (7 fields)', () => post(FACETS, {})),
      await measure('driver', async () => {
        const session = driver.session();
        try {
          await session.executeRead(async (tx) => {
            for (const name of FACET_NAMES) await tx.run(facet(name).cypher, facet(name).params);
          });
        } finally {
          await session.close();
        }
      }),
    ]);
    const worst = Math.max(...pairs.map(([api]) => percentile(api.samples, 95)));
    const rows = pairs.map(([api, base]) => [
      api.name,
      percentile(api.samples, 50),
      percentile(api.samples, 95),
      percentile(base.samples, 50),
      percentile(api.samples, 50) / percentile(base.samples, 50),
    ]);
    return [
      `### Aggregations on the medium seed (${seeded.nodes.toLocaleString('en-US')} nodes, ${seeded.relationships.toLocaleString('en-US')} relationships; one-year window; 30 runs after 5 warm-ups)`,
      '',
      `Target p95 ≤ ${TARGET_P95_MS} ms: ${worst <= TARGET_P95_MS ? 'met' : 'missed'} (worst p95 ${worst.toFixed(1)} ms).`,
      '',
      table(['breakdown (ANALYST, HTTP)', 'p50 ms', 'p95 ms', 'same statements via driver, p50 ms', 'ratio p50'], rows),
    ].join('\n');
  } finally {
    await driver.close();
    await env.close();
  }
}
