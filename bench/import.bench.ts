/**
 * Import throughput (issue 16): `ecograph import`'s engine against a raw neo4j-driver script —
 * what a user would write instead: read the same JSON Lines files, resolve keys in memory, and
 * CREATE each kind with `UNWIND $rows` in 10,000-row batches, with no validation, no lookups,
 * no change detection, no audit. Both read the entity export of the seed (medium; `--large`
 * for the large one), write into an emptied database on the same Neo4j, alternately, several
 * rounds; reported as nodes/s and relationships/s (median) and the import/raw ratio.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { createRequestContext } from '../src/context/context';
import { Gateway } from '../src/db/gateway';
import { exportEntities } from '../src/exchange/entities/entity-export';
import { directorySink } from '../src/exchange/entities/entity-sinks';
import { importForRequest } from '../src/exchange/entities/import-service';
import { openSources } from '../src/exchange/entities/source';
import { FILE_STEMS, KIND_NAMES, KINDS, type KindName } from '../src/exchange/entities/kinds';
import { deleteData, graphCounts } from '../src/seed/database';
import { seedDemoEcosystem } from '../src/seed/seed';
import type { SeedSize } from '../src/seed/profiles';
import type { GraphKey, Tally } from '../src/seed/statements';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../src/seed/vocabulary';
import { percentile, startBenchEnvironment, table } from './support';

const BATCH = 10_000;
const ROUNDS: Record<SeedSize, number> = { small: 3, medium: 3, large: 1 };

type Json = Record<string, unknown>;

/** The raw script's statement for a kind: CREATE, datetimes converted, links by MATCH on id. */
function rawStatement(kind: KindName): string {
  const spec = KINDS[kind];
  const instants = spec.stored.instants.map((p) => `, n.${p} = datetime(row.instants.${p})`).join('');
  const integers = (spec.stored.integers ?? []).map((p) => `, n.${p} = toInteger(row.props.${p})`).join('');
  const stamps = ', n.createdAt = datetime(row.createdAt), n.updatedAt = datetime(row.updatedAt)';
  if (kind === 'valueFlows') {
    return `UNWIND $rows AS row
MATCH (a:Participant {id: row.from}), (b:Participant {id: row.to})
CREATE (a)-[n:VALUE_FLOW]->(b)
SET n = row.props${instants}${stamps}`;
  }
  const links = spec.links.map((link) => {
    const type = link.type === 'party' ? 'PARTY_TO' : link.type;
    const rel = link.role
      ? `[:${type} {role: item.role${link.type === 'party' ? ', addedAt: n.startedAt' : ''}}]`
      : `[:${type}]`;
    const pattern = link.direction === 'out' ? `(n)-${rel}->(x)` : `(x)-${rel}->(n)`;
    return `CALL (n, row) { UNWIND row.links.${link.field} AS item MATCH (x:${KINDS[link.target].label} {id: item.id}) CREATE ${pattern} }`;
  });
  return [
    `UNWIND $rows AS row`,
    `CREATE (n:${spec.label})`,
    `SET n = row.props${instants}${integers}${stamps}`,
    ...(links.length ? ['WITH n, row', ...links] : []),
  ].join('\n');
}

/** The raw script: one kind after another, keys resolved in memory, 10k rows per transaction. */
async function rawImport(gateway: Gateway, dir: string): Promise<void> {
  const ids = new Map<string, string>();
  for (const kind of KIND_NAMES) {
    const file = path.join(dir, `${FILE_STEMS[kind]}.jsonl`);
    if (!fs.existsSync(file)) continue;
    const spec = KINDS[kind];
    const cypher = rawStatement(kind);
    let rows: Json[] = [];
    const flush = async () => {
      if (rows.length === 0) return;
      const params = { rows };
      rows = [];
      await gateway.write((tx) => tx.run({ cypher, params }));
    };
    const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line) continue;
      const record = JSON.parse(line) as Json;
      const id = record.id as string;
      ids.set(`${kind}:${String(record.externalId)}`, id);
      const props: Json = { id };
      if (record.externalId !== id) props.externalId = record.externalId;
      for (const p of [...spec.stored.plain, ...(spec.stored.integers ?? [])])
        if (record[p] !== undefined) props[p] = record[p];
      const instants: Json = {};
      for (const p of spec.stored.instants) instants[p] = record[p] ?? null;
      const links: Json = {};
      const idOf = (target: KindName, key: string) => ids.get(`${target}:${key}`);
      for (const link of spec.links) {
        const value = record[link.field];
        const items = value === undefined ? [] : Array.isArray(value) ? (value as string[]) : [value as string];
        links[link.field] = items.map((item) => {
          const colon = link.role ? item.lastIndexOf(':') : -1;
          return colon > 0
            ? { id: idOf(link.target, item.slice(0, colon)), role: item.slice(colon + 1) }
            : { id: idOf(link.target, item) };
        });
      }
      const row: Json = { props, instants, links, createdAt: record.createdAt, updatedAt: record.updatedAt };
      if (kind === 'valueFlows') {
        props.partnershipId = idOf('partnerships', record.partnership as string);
        row.from = idOf('participants', record.from as string);
        row.to = idOf('participants', record.to as string);
      }
      rows.push(row);
      if (rows.length >= BATCH) await flush();
    }
    await flush();
  }
}

function total(counts: Tally, keys: readonly string[]): number {
  return keys.reduce((sum, key) => sum + (counts[key as GraphKey] ?? 0), 0);
}

export async function importBench(
  size: SeedSize = process.argv.includes('--large') ? 'large' : 'medium',
): Promise<string> {
  const env = await startBenchEnvironment();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecograph-import-bench-'));
  const exported = path.join(dir, 'export');
  try {
    const gateway = new Gateway(env.app.driver, { database: 'neo4j', queryTimeoutMs: 3_600_000 });
    await deleteData(gateway);
    await seedDemoEcosystem(gateway, {
      size,
      seed: 42,
      anchor: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
      log: () => undefined,
    });
    const seeded = await graphCounts(gateway);
    await exportEntities(gateway, directorySink(exported, 'jsonl'));
    const labels = NODE_LABELS;
    const types = RELATIONSHIP_TYPES;

    const rates = new Map<string, { nodes: number[]; relationships: number[] }>();
    const runs: [string, () => Promise<void>][] = [
      ['raw neo4j-driver UNWIND script', () => rawImport(gateway, exported)],
      [
        'ecograph import',
        async () => {
          const ctx = createRequestContext(env.app.gateway, env.app.services, crypto.randomUUID(), {
            kind: 'user',
            id: 'bench',
            role: 'ADMIN',
          });
          const report = await importForRequest(ctx, {
            sources: openSources(exported),
            dryRun: false,
            batchSize: BATCH,
          });
          if (report.problems.length > 0)
            throw new Error(`import refused ${report.problems.length} rows: ${JSON.stringify(report.problems[0])}`);
        },
      ],
    ];
    for (let round = 0; round < ROUNDS[size]; round += 1) {
      for (const [name, run] of runs) {
        await deleteData(gateway);
        const started = performance.now();
        await run();
        const seconds = (performance.now() - started) / 1000;
        const counts = await graphCounts(gateway);
        const nodes = total(counts, labels);
        const relationships = total(counts, types);
        if (nodes !== total(seeded, labels) || relationships !== total(seeded, types)) {
          throw new Error(
            `${name} wrote ${nodes} nodes / ${relationships} relationships, the seed has ${total(seeded, labels)} / ${total(seeded, types)}`,
          );
        }
        const entry = rates.get(name) ?? { nodes: [], relationships: [] };
        entry.nodes.push(nodes / seconds);
        entry.relationships.push(relationships / seconds);
        rates.set(name, entry);
        console.error(`[import] ${size} ${name} round ${round + 1}: ${seconds.toFixed(1)} s`);
      }
    }
    const median = (name: string, key: 'nodes' | 'relationships') => percentile(rates.get(name)?.[key] ?? [], 50);
    const raw = runs[0]?.[0] as string;
    const rows = runs.map(([name]) => [
      name,
      median(name, 'nodes'),
      median(name, 'relationships'),
      median(name, 'nodes') / median(raw, 'nodes'),
      median(name, 'relationships') / median(raw, 'relationships'),
    ]);
    return [
      `Import throughput on the ${size} seed's entity export (${total(seeded, labels).toLocaleString('en-US')} nodes, ${total(seeded, types).toLocaleString('en-US')} relationships), median of ${ROUNDS[size]} rounds, same Neo4j, ${BATCH.toLocaleString('en-US')}-row batches`,
      table(['writer', 'nodes/s', 'relationships/s', 'nodes/s ratio', 'relationships/s ratio'], rows),
    ].join('\n\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await env.close();
  }
}
