/**
 * Exploration latency on the medium seed: each GraphQL exploration query side by side with
 * the nearest hand-written Cypher doing the same job through neo4j-driver directly (the
 * baseline), reported as p50/p95 and the ratio API / baseline.
 */
import { authHeader } from '../test/support/auth';
import { print, type DocumentNode } from 'graphql';
import neo4j from 'neo4j-driver';
import { toGlobalId } from '../src/core/global-id';
import { seedDemoEcosystem } from '../src/seed/seed';
import {
  CollaborationPathDocument,
  NeighborhoodDocument,
  SearchDocument,
  SubgraphDocument,
} from '../test/generated/operations';
import { measure, percentile, startBenchEnvironment, table, type Timing } from './support';

async function post(url: string, document: DocumentNode, variables: Record<string, unknown>): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await authHeader()) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}

export async function explorationBench(): Promise<string> {
  const env = await startBenchEnvironment();
  const driver = neo4j.driver(env.target.uri, neo4j.auth.basic(env.target.user, env.target.password));
  try {
    const seeded = await seedDemoEcosystem(env.app.gateway, { size: 'medium', seed: 11, anchor: '2026-06-30' });
    const cypher = async (query: string, params: Record<string, unknown>) => driver.executeQuery(query, params);

    const [hubRow] = (
      await cypher(
        `MATCH (p:Participant)-[:PARTY_TO]->() WITH p, count(*) AS d ORDER BY d DESC LIMIT 1 RETURN p.id AS id`,
        {},
      )
    ).records;
    const hub = String(hubRow?.get('id'));
    const [pairRow] = (
      await cypher(
        `MATCH (a:Participant {id: $hub})-[:PARTY_TO]->(:Partnership)<-[:PARTY_TO]-(m:Participant)
         -[:PARTY_TO]->(:Partnership)<-[:PARTY_TO]-(b:Participant)
         WHERE b <> a AND NOT EXISTS { (a)-[:PARTY_TO]->()<-[:PARTY_TO]-(b) }
         RETURN m.id AS from, b.id AS to LIMIT 1`,
        { hub },
      )
    ).records;
    const from = String(pairRow?.get('from'));
    const to = String(pairRow?.get('to'));
    const participant = (key: string) => toGlobalId('Participant', key);
    const url = env.app.url;

    const pairs: [Timing, Timing][] = [
      [
        await measure('neighborhood(depth 2, limit 100) of the top hub', () =>
          post(url, NeighborhoodDocument, { id: participant(hub), depth: 2, limit: 100 }),
        ),
        await measure('baseline: MATCH (a)-[:PARTY_TO*1..4]-(b) DISTINCT LIMIT 100', () =>
          cypher(`MATCH (a:Participant {id: $id})-[:PARTY_TO*1..4]-(b:Participant) RETURN DISTINCT b.id LIMIT 100`, {
            id: hub,
          }),
        ),
      ],
      [
        await measure('collaborationPath (shortest, maxHops 4)', () =>
          post(url, CollaborationPathDocument, {
            from: participant(from),
            to: participant(to),
            maxHops: 4,
            weighted: false,
          }),
        ),
        await measure('baseline: shortestPath((a)-[:PARTY_TO*..8]-(b))', () =>
          cypher(
            `MATCH (a:Participant {id: $from}), (b:Participant {id: $to})
             MATCH p = shortestPath((a)-[:PARTY_TO*..8]-(b)) RETURN [n IN nodes(p) | n.id]`,
            { from, to },
          ),
        ),
      ],
      [
        await measure('collaborationPath (weighted, maxHops 4)', () =>
          post(url, CollaborationPathDocument, {
            from: participant(from),
            to: participant(to),
            maxHops: 4,
            weighted: true,
          }),
        ),
        await measure('baseline: shortestPath (unweighted, same pair)', () =>
          cypher(
            `MATCH (a:Participant {id: $from}), (b:Participant {id: $to})
             MATCH p = shortestPath((a)-[:PARTY_TO*..8]-(b)) RETURN [n IN nodes(p) | n.id]`,
            { from, to },
          ),
        ),
      ],
      [
        await measure('subgraph(region Europe, limit 500)', () =>
          post(url, SubgraphDocument, { filter: { region: ['Europe'] }, limit: 500 }),
        ),
        await measure('baseline: region participants + ties, one Cypher', () =>
          cypher(
            `MATCH (p:Participant {region: 'Europe'}) WITH p LIMIT 500 WITH collect(p) AS ps
             UNWIND ps AS a MATCH (a)-[:PARTY_TO]->(s)<-[:PARTY_TO]-(b) WHERE b IN ps AND a.id < b.id
             RETURN a.id, b.id, s.id`,
            {},
          ),
        ),
      ],
      [
        await measure('search("robot", first 20)', () => post(url, SearchDocument, { text: 'robot', first: 20 })),
        await measure('baseline: fulltext queryNodes on participants', () =>
          cypher(
            `CALL db.index.fulltext.queryNodes('participant_search', 'robot*') YIELD node RETURN node.id LIMIT 20`,
            {},
          ),
        ),
      ],
    ];
    const rows = pairs.map(([api, base]) => [
      api.name,
      percentile(api.samples, 50),
      percentile(api.samples, 95),
      base.name,
      percentile(base.samples, 50),
      percentile(api.samples, 50) / percentile(base.samples, 50),
    ]);
    return [
      `### Exploration on the medium seed (${seeded.nodes.toLocaleString('en-US')} nodes, ${seeded.relationships.toLocaleString('en-US')} relationships; 30 runs after 5 warm-ups)`,
      '',
      table(['GraphQL query', 'p50 ms', 'p95 ms', 'baseline (driver + Cypher)', 'baseline p50 ms', 'ratio p50'], rows),
    ].join('\n');
  } finally {
    await driver.close();
    await env.close();
  }
}
