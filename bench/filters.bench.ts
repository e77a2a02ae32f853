/**
 * Case-insensitive text filters on the medium seed (docs/api.md, "Text filters"): a page
 * filtered by a case-changed region or sector side by side with the same page asked with the
 * stored spelling (ratio ≈ 1 when canonicalising costs nothing per request), and the statement
 * that reads the value list again after a write next to the filtered page it precedes.
 */
import { print, type DocumentNode } from 'graphql';
import neo4j from 'neo4j-driver';
import { readFilterValues } from '../src/db/filter-values.queries';
import { seedDemoEcosystem } from '../src/seed/seed';
import { authHeader } from '../test/support/auth';
import { FacetsDocument, ParticipantsDocument } from '../test/generated/operations';
import { measure, percentile, startBenchEnvironment, table, type Timing } from './support';

async function post(url: string, document: DocumentNode, variables: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await authHeader()) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A spelling of `value` that differs from it in case (and is no stored spelling). */
const recased = (value: string) => (value === value.toUpperCase() ? value.toLowerCase() : value.toUpperCase());

export async function filtersBench(): Promise<string> {
  const env = await startBenchEnvironment();
  const driver = neo4j.driver(env.target.uri, neo4j.auth.basic(env.target.user, env.target.password));
  try {
    const seeded = await seedDemoEcosystem(env.app.gateway, { size: 'medium', seed: 11, anchor: '2026-06-30' });
    const url = env.app.url;
    const facets = (await post(url, FacetsDocument, {})) as {
      facets: { regions: { value: string }[]; sectors: { value: string }[] };
    };
    const region = facets.facets.regions[0]?.value ?? 'Europe';
    const sector = facets.facets.sectors[0]?.value ?? 'AI';
    const page = (filter: Record<string, unknown>) => () => post(url, ParticipantsDocument, { first: 50, filter });

    const pairs: [Timing, Timing][] = [
      [
        await measure(
          `participants(kind COMPANY, region "${recased(region)}")`,
          page({ kind: ['COMPANY'], region: [recased(region)] }),
        ),
        await measure(`the same, region "${region}" as stored`, page({ kind: ['COMPANY'], region: [region] })),
      ],
      [
        await measure(`participants(sector "${recased(sector)}")`, page({ sector: [recased(sector)] })),
        await measure(`the same, sector "${sector}" as stored`, page({ sector: [sector] })),
      ],
      [
        await measure('reading the value list again (after a write)', () =>
          driver.executeQuery(readFilterValues().cypher, {}),
        ),
        await measure(`participants(kind COMPANY, region "${region}")`, page({ kind: ['COMPANY'], region: [region] })),
      ],
    ];
    const rows = pairs.map(([measured, base]) => [
      measured.name,
      percentile(measured.samples, 50),
      percentile(measured.samples, 95),
      base.name,
      percentile(base.samples, 50),
      percentile(measured.samples, 50) / percentile(base.samples, 50),
    ]);
    return [
      `### Case-insensitive filters on the medium seed (${seeded.nodes.toLocaleString('en-US')} nodes; 30 runs after 5 warm-ups)`,
      '',
      table(['measured', 'p50 ms', 'p95 ms', 'beside', 'p50 ms', 'ratio p50'], rows),
    ].join('\n');
  } finally {
    await driver.close();
    await env.close();
  }
}
