/**
 * `ecograph import` (issue 16, item 2), run as a user runs it — the package's bin in its own
 * process against the test Neo4j — on the example files in graph/examples: what lands, what a
 * re-run changes (nothing), what a file with bad rows reports and writes, the mapping of a CRM
 * export, the three formats agreeing, and a SIGKILLed import resumed to the same graph.
 */
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { App } from '../../src/app';
import { PARTY_TO } from '../../src/model/party-tie';
import { deleteData } from '../../src/seed/database';
import { seedDemoEcosystem } from '../../src/seed/seed';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../src/seed/vocabulary';
import type { ImportReport } from '../../src/modules/exchange/entities/importer';
import { FILE_STEMS, KIND_NAMES, KINDS } from '../../src/modules/exchange/entities/kinds';
import { ImportEcosystemDocument } from '../generated/operations';
import { authHeader, TEST_JWT_SECRET } from '../support/auth';
import { execute, executeOk } from '../support/graphql-client';
import { startTestApp } from '../support/test-app';
import { testNeo4jTarget } from '../support/test-neo4j';

jest.setTimeout(600_000);

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'scripts/bin/ecograph.cjs');
const EXAMPLES = path.join(ROOT, 'graph/examples');
const ECOSYSTEM = path.join(EXAMPLES, 'ai-ecosystem');
const BAD_ROWS = path.join(EXAMPLES, 'bad-rows');
/** The kinds the example ecosystem has files for (the others are for round trips: stage history, governance…). */
const EXAMPLE_KINDS = KIND_NAMES.filter((kind) => fs.existsSync(path.join(ECOSYSTEM, `${FILE_STEMS[kind]}.csv`)));

let app: App;
let home: string;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

function env(): NodeJS.ProcessEnv {
  const target = testNeo4jTarget();
  return {
    ...process.env,
    NODE_ENV: 'test',
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    ECOGRAPH_HOME: home,
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
  };
}

function cli(...args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, env: env(), maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

async function importJson(...args: string[]): Promise<{ code: number; report: ImportReport; stderr: string }> {
  const outcome = await cli('import', ...args, '--json');
  if (!outcome.stdout.trim()) throw new Error(`no report (exit ${outcome.code}): ${outcome.stderr}`);
  return { code: outcome.code, report: JSON.parse(outcome.stdout) as ImportReport, stderr: outcome.stderr };
}

const graphVersion = () => app.gateway.graphVersion();

/** The rows of an example CSV, read here with the CSV library directly (not the importer). */
function csvRows(dir: string, stem: string): Record<string, string>[] {
  const file = path.join(dir, `${stem}.csv`);
  return fs.existsSync(file)
    ? (parse(fs.readFileSync(file), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[])
    : [];
}

const IMPORTED = ['TeamMember', 'Participant', 'Partnership', 'Interaction', 'Initiative', 'Goal', 'StageChange'];
const LINKS = [
  PARTY_TO,
  'OWNS',
  'HAD_STAGE',
  'WITHIN',
  'ENGAGED_IN',
  'VALUE_FLOW',
  'UNDER',
  'CONTRIBUTES_TO',
  'OWNED_BY',
  'FOR',
];
/** Bookkeeping instants: when a row was written, which two imports at different times cannot share. */
const BOOKKEEPING = ['createdAt', 'updatedAt'];

/** Every node and relationship of the given labels and types with every property (but `leaveOut`), sorted. */
async function dump(
  labels: readonly string[] = IMPORTED,
  types: readonly string[] = LINKS,
  leaveOut: readonly string[] = BOOKKEEPING,
): Promise<string[]> {
  const nodes = await app.gateway.readRows({
    cypher: `MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels)
RETURN labels(n)[0] AS label, properties(n) AS props`,
    params: { labels },
  });
  const relationships = await app.gateway.readRows({
    cypher: `MATCH (a)-[r]->(b) WHERE type(r) IN $types
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props`,
    params: { types },
  });
  const clean = (props: unknown) =>
    JSON.stringify(
      Object.entries(props as Record<string, unknown>)
        .filter(([key]) => !leaveOut.includes(key))
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  return [
    ...nodes.map((row) => `${String(row.label)} ${clean(row.props)}`),
    ...relationships.map((row) => `${String(row.from)} ${String(row.type)} ${String(row.to)} ${clean(row.props)}`),
  ].sort();
}

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const [row] = await app.gateway.readRows({ cypher, params });
  return Number(row?.count ?? 0);
}

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'ecograph-import-'));
  app = await startTestApp();
});

afterAll(async () => {
  await app?.stop();
  fs.rmSync(home, { recursive: true, force: true });
});

describe('importing the example ecosystem', () => {
  let first: ImportReport;
  let versionBefore: number;

  beforeAll(async () => {
    await deleteData(app.gateway);
    versionBefore = await graphVersion();
    const outcome = await importJson(ECOSYSTEM);
    expect(outcome.code).toBe(0);
    first = outcome.report;
  });

  it('creates every record of every file, with its relationships', async () => {
    expect(first.problems).toEqual([]);
    expect(EXAMPLE_KINDS).toHaveLength(7);
    for (const kind of EXAMPLE_KINDS) {
      const rows = csvRows(ECOSYSTEM, FILE_STEMS[kind]);
      expect(rows.length).toBeGreaterThan(0);
      expect(first.kinds[kind]).toEqual({
        read: rows.length,
        created: rows.length,
        updated: 0,
        unchanged: 0,
        refused: 0,
      });
      const stored =
        kind === 'valueFlows'
          ? await count('MATCH ()-[r:VALUE_FLOW]->() WHERE r.externalId IS NOT NULL RETURN count(r) AS count')
          : await count(`MATCH (n:${KINDS[kind].label}) WHERE n.externalId IS NOT NULL RETURN count(n) AS count`);
      expect(stored).toBe(rows.length);
    }
    const parties = csvRows(ECOSYSTEM, 'partnerships').reduce(
      (sum, row) => sum + (row.parties ?? '').split(';').length,
      0,
    );
    expect(await count(`MATCH (:Participant)-[r:${PARTY_TO}]->(:Partnership) RETURN count(r) AS count`)).toBe(parties);
    const engaged = csvRows(ECOSYSTEM, 'interactions').reduce(
      (sum, row) => sum + (row.participants ?? '').split(';').length,
      0,
    );
    expect(await count('MATCH (:Participant)-[r:ENGAGED_IN]->(:Interaction) RETURN count(r) AS count')).toBe(engaged);
    // Each partnership's stage is recorded as its first StageChange.
    expect(
      await count(
        "MATCH (p:Partnership)-[:HAD_STAGE]->(s:StageChange {reason: 'imported'}) WHERE s.to = p.stage RETURN count(s) AS count",
      ),
    ).toBe(csvRows(ECOSYSTEM, 'partnerships').length);
  });

  it('writes one transaction per batch, each with its audit entry and its event', async () => {
    expect(first.batches).toBe(EXAMPLE_KINDS.length);
    expect(await graphVersion()).toBe(versionBefore + first.batches);
    expect(
      await count("MATCH (a:AuditEntry {operation: 'importEcosystem', actor: 'cli'}) RETURN count(a) AS count"),
    ).toBe(first.batches);
    expect(
      await count(
        "MATCH (e:OutboxEvent) WHERE e.kind = 'GRAPH_CHANGED' AND e.body CONTAINS 'importEcosystem' RETURN count(e) AS count",
      ),
    ).toBe(first.batches);
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = { version: await graphVersion(), graph: await dump() };
    const again = await importJson(ECOSYSTEM);
    expect(again.code).toBe(0);
    expect(again.report.batches).toBe(0);
    for (const kind of EXAMPLE_KINDS) {
      const read = csvRows(ECOSYSTEM, FILE_STEMS[kind]).length;
      expect(again.report.kinds[kind]).toEqual({ read, created: 0, updated: 0, unchanged: read, refused: 0 });
    }
    expect(await graphVersion()).toBe(before.version);
    expect(await dump()).toEqual(before.graph);
  });

  it('updates a changed name in place and refuses a stage rewrite, naming the mutation that keeps history', async () => {
    const dir = fs.mkdtempSync(path.join(home, 'changed-'));
    const participants = fs.readFileSync(path.join(ECOSYSTEM, 'participants.csv'), 'utf8').split('\n');
    const [key, name] = (participants[1] as string).split(',');
    participants[1] = (participants[1] as string).replace(`,${name},`, `,${name} Renamed,`);
    fs.writeFileSync(path.join(dir, 'participants.csv'), participants.join('\n'));
    const partnerships = csvRows(ECOSYSTEM, 'partnerships');
    const target = partnerships.find((row) => row.stage !== 'TERMINATED') as Record<string, string>;
    const lines = fs.readFileSync(path.join(ECOSYSTEM, 'partnerships.csv'), 'utf8').split('\n');
    const index = lines.findIndex((line) => line.startsWith(`${target.externalId},`));
    lines[index] = (lines[index] as string).replace(`,${target.stage},`, ',TERMINATED,');
    fs.writeFileSync(path.join(dir, 'partnerships.csv'), lines.join('\n'));
    const versionBeforeChange = await graphVersion();

    const changed = await importJson(dir);
    expect(changed.code).toBe(1);
    expect(changed.report.kinds.participants).toMatchObject({
      updated: 1,
      unchanged: participants.filter(Boolean).length - 2,
    });
    expect(changed.report.problems).toEqual([
      expect.objectContaining({
        code: 'HISTORY',
        file: 'partnerships.csv',
        line: index + 1,
        column: 'stage',
        externalId: target.externalId,
      }),
    ]);
    expect(changed.report.problems[0]?.reason).toContain('partnershipMoveStage');
    expect(await graphVersion()).toBe(versionBeforeChange + 1);
    expect(await count('MATCH (p:Participant {externalId: $key}) RETURN count(p) AS count', { key })).toBe(1);
    const [row] = await app.gateway.readRows({
      cypher: 'MATCH (p:Participant {externalId: $key}) RETURN p.name AS name',
      params: { key },
    });
    expect(row?.name).toBe(`${name} Renamed`);
    const [stage] = await app.gateway.readRows({
      cypher: 'MATCH (p:Partnership {externalId: $key}) RETURN p.stage AS stage',
      params: { key: target.externalId },
    });
    expect(stage?.stage).toBe(target.stage);
  });
});

describe('a file with bad rows', () => {
  // graph/examples/bad-rows/README.md lists them: file, line (header = line 1), column.
  const BAD = [
    ['participants.csv', 6, 'kind', 'INVALID'],
    ['participants.csv', 7, 'sector', 'INVALID'],
    ['participants.csv', 8, 'joinedAt', 'INVALID'],
    ['participants.csv', 9, 'externalId', 'DUPLICATE'],
    ['participants.csv', 10, 'exitedAt', 'RULE'],
    ['partnerships.csv', 4, 'subtype', 'RULE'],
    ['partnerships.csv', 5, 'parties', 'UNKNOWN_REFERENCE'],
    ['interactions.csv', 4, 'participants', 'RULE'],
    ['interactions.csv', 5, 'at', 'INVALID'],
    ['interactions.csv', 6, 'at', 'INVALID'],
    ['value-flows.csv', 4, 'amount', 'INVALID'],
    ['value-flows.csv', 5, 'to', 'RULE'],
    ['value-flows.csv', 6, 'amount', 'INVALID'],
  ] as const;
  const asListed = (report: ImportReport) => report.problems.map((p) => [p.file, p.line, p.column, p.code]);
  const rowsIn = (dir: string) =>
    ['team-members', 'participants', 'partnerships', 'interactions', 'value-flows'].reduce(
      (sum, stem) => sum + csvRows(dir, stem).length,
      0,
    );

  beforeAll(() => deleteData(app.gateway));

  it('--dry-run reports each bad row precisely and writes nothing', async () => {
    const before = { version: await graphVersion(), graph: await dump() };
    const dry = await importJson(BAD_ROWS, '--dry-run');
    expect(dry.code).toBe(1);
    expect(asListed(dry.report)).toEqual(BAD);
    for (const problem of dry.report.problems) expect(problem.reason.length).toBeGreaterThan(10);
    expect(await graphVersion()).toBe(before.version);
    expect(await dump()).toEqual(before.graph);
  });

  it('without --dry-run the good rows land and the report lists the rest', async () => {
    const outcome = await importJson(BAD_ROWS, '--report', path.join(home, 'report.json'));
    expect(outcome.code).toBe(1);
    expect(asListed(outcome.report)).toEqual(BAD);
    expect(JSON.parse(fs.readFileSync(path.join(home, 'report.json'), 'utf8'))).toEqual(outcome.report);
    const created = Object.values(outcome.report.kinds).reduce((sum, counts) => sum + counts.created, 0);
    expect(created).toBe(rowsIn(BAD_ROWS) - BAD.length);
    expect(await count('MATCH (n) WHERE n.externalId IS NOT NULL RETURN count(n) AS count')).toBe(
      created - (outcome.report.kinds.valueFlows?.created ?? 0),
    );
  });

  it('a second run of the corrected files completes the import with no duplicates', async () => {
    const fixed = path.join(home, 'fixed');
    fs.cpSync(BAD_ROWS, fixed, { recursive: true });
    const replace = (file: string, line: number, from: string, to: string) => {
      const lines = fs.readFileSync(path.join(fixed, file), 'utf8').split('\n');
      expect(lines[line - 1]).toContain(from);
      lines[line - 1] = (lines[line - 1] as string).replace(from, to);
      fs.writeFileSync(path.join(fixed, file), lines.join('\n'));
    };
    const bad = (file: string, line: number) =>
      fs.readFileSync(path.join(BAD_ROWS, file), 'utf8').split('\n')[line - 1] as string;
    // Each bad value replaced by a good one (the duplicate key renamed).
    replace('participants.csv', 6, 'Vendor', 'COMPANY');
    replace('participants.csv', 7, ',,', ',FinTech,');
    replace('participants.csv', 8, '14/03/2025', '2025-03-14');
    replace('participants.csv', 9, 'bo-03', 'bo-03b');
    replace('participants.csv', 10, bad('participants.csv', 10).split(',').slice(-1)[0] as string, '');
    replace('partnerships.csv', 4, 'ACADEMIC', 'PLATFORM');
    replace('partnerships.csv', 5, 'bo-99', 'bo-02');
    replace('interactions.csv', 4, 'bo-09', 'bo-02');
    replace('interactions.csv', 5, '2026-03-05 14:00', '2026-03-05T14:00:00Z');
    replace('interactions.csv', 6, '2031-01-15', '2026-01-15');
    replace('value-flows.csv', 4, ',0,', ',100,');
    replace('value-flows.csv', 5, ',bo-04,bo-04,', ',bo-04,bo-01,');
    replace('value-flows.csv', 6, '-3500', '3500');

    const second = await importJson(fixed);
    expect(second.report.problems).toEqual([]);
    expect(second.code).toBe(0);
    const created = Object.values(second.report.kinds).reduce((sum, counts) => sum + counts.created, 0);
    expect(created).toBe(BAD.length);
    const keys = await app.gateway.readRows({
      cypher: `MATCH (n) WHERE n.externalId IS NOT NULL RETURN labels(n)[0] AS label, n.externalId AS key
UNION ALL MATCH ()-[n:VALUE_FLOW]->() WHERE n.externalId IS NOT NULL RETURN 'VALUE_FLOW' AS label, n.externalId AS key`,
      params: {},
    });
    const distinct = new Set(keys.map((row) => `${String(row.label)}:${String(row.key)}`));
    expect(distinct.size).toBe(keys.length);
    expect(keys.length).toBe(rowsIn(fixed));
  });
});

describe('formats and mapping', () => {
  it('imports the same graph from CSV files, JSON Lines files and one JSON document', async () => {
    const documentDir = path.join(home, 'formats');
    const jsonlDir = path.join(documentDir, 'jsonl');
    fs.mkdirSync(jsonlDir, { recursive: true });
    const document: Record<string, Record<string, string>[]> = {};
    for (const kind of EXAMPLE_KINDS) {
      const rows = csvRows(ECOSYSTEM, FILE_STEMS[kind]);
      document[kind] = rows;
      fs.writeFileSync(
        path.join(jsonlDir, `${FILE_STEMS[kind]}.jsonl`),
        rows.map((row) => JSON.stringify(row)).join('\n'),
      );
    }
    fs.writeFileSync(path.join(documentDir, 'ecosystem.json'), JSON.stringify(document));

    const graphs: string[][] = [];
    for (const source of [ECOSYSTEM, jsonlDir, path.join(documentDir, 'ecosystem.json')]) {
      await deleteData(app.gateway);
      const outcome = await importJson(source);
      expect(outcome.report.problems).toEqual([]);
      graphs.push(await dump());
    }
    expect(graphs[0]?.length).toBeGreaterThan(100);
    expect(graphs[1]).toEqual(graphs[0]);
    expect(graphs[2]).toEqual(graphs[0]);
  });

  it('imports a CRM export as it is through a column mapping, listing the columns it left out', async () => {
    await deleteData(app.gateway);
    const crm = path.join(EXAMPLES, 'crm-export');
    const mapping = JSON.parse(fs.readFileSync(path.join(crm, 'mapping.json'), 'utf8')) as {
      participants: { file: string; columns: Record<string, string>; values?: Record<string, Record<string, string>> };
    };
    const outcome = await importJson(crm, '--mapping', path.join(crm, 'mapping.json'));
    expect(outcome.report.problems).toEqual([]);
    expect(outcome.code).toBe(0);
    const accounts = parse(fs.readFileSync(path.join(crm, mapping.participants.file)), {
      columns: true,
      bom: true,
    }) as Record<string, string>[];
    const keyColumn = Object.entries(mapping.participants.columns).find(
      ([, field]) => field === 'externalId',
    )?.[0] as string;
    const kindColumn = Object.entries(mapping.participants.columns).find(
      ([, field]) => field === 'kind',
    )?.[0] as string;
    expect(outcome.report.kinds.participants?.created).toBe(accounts.length);
    for (const account of accounts) {
      const [row] = await app.gateway.readRows({
        cypher: 'MATCH (p:Participant {externalId: $key}) RETURN p.kind AS kind',
        params: { key: account[keyColumn] },
      });
      const translated = mapping.participants.values?.kind?.[account[kindColumn] as string] ?? account[kindColumn];
      expect(String(row?.kind)).toBe(
        String(translated)
          .toUpperCase()
          .replace(/[\s-]+/g, '_'),
      );
    }
    const unmapped = Object.keys(accounts[0] as object).filter((column) => !(column in mapping.participants.columns));
    expect(outcome.report.ignoredColumns[mapping.participants.file]).toEqual(unmapped);
  });

  it('refuses a path with nothing to import with exit code 2 and what to name the files', async () => {
    const empty = fs.mkdtempSync(path.join(home, 'empty-'));
    const outcome = await cli('import', empty);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('participants.csv');
  });
});

describe('a round trip through the entity export', () => {
  it('seed → export JSON → import into an empty database gives the same graph and the same KPIs', async () => {
    await deleteData(app.gateway);
    // History up to yesterday: nothing the seed made is in the future for the import's clock.
    const anchor = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await seedDemoEcosystem(app.gateway, { size: 'small', seed: 7, anchor });
    const kpiArgs = ['kpis', '--format', 'json', '--window', '90d', '--to', anchor];
    // What is computed from the graph; not when or at which version. Communities included: they are
    // deterministic for a graph whatever order it was loaded in (docs/kpis.md).
    const figures = (json: string) => {
      const { health, ...rest } = JSON.parse(json) as { health: Record<string, unknown> };
      const { provenance, ...figuresOfHealth } = health;
      expect(provenance).toBeDefined();
      expect(typeof figuresOfHealth.modularity).toBe('number');
      return { ...rest, health: figuresOfHealth };
    };
    const everything = () => dump(NODE_LABELS, RELATIONSHIP_TYPES, []);
    /** Nodes per label and relationships per type: lines are `Label {…}` or `from TYPE to {…}`. */
    const countsOf = (lines: string[]) => {
      const counts = new Map<string, number>();
      for (const line of lines) {
        const [first, second] = line.split(' ');
        const key = (NODE_LABELS as readonly string[]).includes(first as string) ? first : second;
        counts.set(key as string, (counts.get(key as string) ?? 0) + 1);
      }
      return counts;
    };
    const seeded = await everything();
    expect(seeded.length).toBeGreaterThan(10_000);
    expect([...countsOf(seeded).keys()].sort()).toEqual([...NODE_LABELS, ...RELATIONSHIP_TYPES].sort());
    const kpisBefore = await cli(...kpiArgs);
    expect(kpisBefore.code).toBe(0);

    const file = path.join(home, 'round-trip.json');
    const exported = await cli('export', '--format', 'json', '--out', file, '--json');
    expect(exported.code).toBe(0);
    const summary = JSON.parse(exported.stdout) as { records: Record<string, number> };
    expect(Object.keys(summary.records)).toEqual([...KIND_NAMES]);

    await deleteData(app.gateway);
    expect(await everything()).toEqual([]);
    const imported = await importJson(file);
    expect(imported.report.problems).toEqual([]);
    expect(imported.code).toBe(0);

    const restored = await everything();
    expect(countsOf(restored)).toEqual(countsOf(seeded));
    expect(restored).toEqual(seeded);
    const kpisAfter = await cli(...kpiArgs);
    expect(kpisAfter.code).toBe(0);
    expect(figures(kpisAfter.stdout)).toEqual(figures(kpisBefore.stdout));
  });
});

describe('the importEcosystem mutation', () => {
  const member = {
    externalId: 'mgr',
    name: 'Mina Manager',
    email: 'mina.manager@example.org',
    role: 'PARTNERSHIP_MANAGER',
  };
  const participants = [
    { externalId: 'm-a', name: 'Alpha Robotics', kind: 'STARTUP', sector: 'Robotics', region: 'Europe' },
    { externalId: 'm-b', name: 'Beta University', kind: 'UNIVERSITY', sector: 'Education', region: 'Europe' },
  ];
  const partnership = (key: string, owners: string[]) => ({
    externalId: key,
    name: `Joint lab ${key}`,
    type: 'RESEARCH',
    subtype: 'ACADEMIC',
    parties: ['m-a:LEAD', 'm-b:PARTNER'],
    owners,
    startedAt: '2026-01-05',
  });
  const interaction = (key: string, partnershipKey: string) => ({
    externalId: key,
    partnership: partnershipKey,
    kind: 'MEETING',
    at: '2026-02-01',
    participants: ['m-a', 'm-b'],
  });
  let managerId: string;

  beforeAll(async () => {
    await deleteData(app.gateway);
    const { importEcosystem } = await executeOk(app.url, ImportEcosystemDocument, {
      input: { document: { teamMembers: [member], participants, partnerships: [partnership('admin-lab', [])] } },
    });
    expect(importEcosystem?.report?.problems).toEqual([]);
    const [row] = await app.gateway.readRows({
      cypher: "MATCH (t:TeamMember {externalId: 'mgr'}) RETURN t.id AS id",
      params: {},
    });
    managerId = String(row?.id);
  });

  it('imports a document for ADMIN with the same report as the command line, and a dry run writes nothing', async () => {
    const document = { interactions: [interaction('i-1', 'admin-lab')] };
    const before = await graphVersion();
    const dry = await executeOk(app.url, ImportEcosystemDocument, { input: { document, dryRun: true } });
    expect(dry.importEcosystem?.report?.kinds).toEqual([
      { kind: 'interactions', read: 1, created: 1, updated: 0, unchanged: 0, refused: 0 },
    ]);
    expect(await graphVersion()).toBe(before);
    const real = await executeOk(app.url, ImportEcosystemDocument, { input: { document } });
    expect(real.importEcosystem?.report).toMatchObject({ dryRun: false, batches: 1, problems: [] });
    expect(await graphVersion()).toBe(before + 1);
    expect(
      await count(
        "MATCH (:Interaction {externalId: 'i-1'})-[:WITHIN]->(:Partnership {externalId: 'admin-lab'}) RETURN count(*) AS count",
      ),
    ).toBe(1);
  });

  it('lets a MANAGER import within the partnerships they own, and refuses the whole import otherwise', async () => {
    const manager = await authHeader('MANAGER', managerId);
    const before = await graphVersion();
    const outside = await execute(
      app.url,
      ImportEcosystemDocument,
      {
        input: {
          document: {
            partnerships: [partnership('own-lab', ['mgr']), partnership('other-lab', [])],
            interactions: [interaction('i-own', 'own-lab'), interaction('i-admin', 'admin-lab')],
          },
        },
      },
      manager,
    );
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(outside.errors?.[0]?.message).toContain('other-lab');
    expect(outside.errors?.[0]?.message).toContain('(and 1 more)');
    expect(await graphVersion()).toBe(before);
    const team = await execute(
      app.url,
      ImportEcosystemDocument,
      { input: { document: { teamMembers: [{ ...member, externalId: 'mgr-2', email: 'second@example.org' }] } } },
      manager,
    );
    expect(team.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await graphVersion()).toBe(before);

    const { importEcosystem } = await executeOk(
      app.url,
      ImportEcosystemDocument,
      {
        input: {
          document: {
            partnerships: [partnership('own-lab', ['mgr'])],
            interactions: [interaction('i-own', 'own-lab')],
          },
        },
      },
      manager,
    );
    expect(importEcosystem?.report?.problems).toEqual([]);
    expect(
      await count(
        "MATCH (:TeamMember {externalId: 'mgr'})-[:OWNS]->(p:Partnership {externalId: 'own-lab'}) RETURN count(p) AS count",
      ),
    ).toBe(1);
    expect(
      await count(
        "MATCH (:Interaction {externalId: 'i-own'})-[:WITHIN]->(:Partnership {externalId: 'own-lab'}) RETURN count(*) AS count",
      ),
    ).toBe(1);
    expect(
      await count("MATCH (n) WHERE n.externalId IN ['mgr-2', 'other-lab', 'i-admin'] RETURN count(n) AS count"),
    ).toBe(0);
  });

  it('refuses an ANALYST, and a document over the limits as a whole, writing nothing', async () => {
    const before = await graphVersion();
    const analyst = await execute(
      app.url,
      ImportEcosystemDocument,
      { input: { document: { participants } } },
      await authHeader('ANALYST'),
    );
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const many = Array.from({ length: 5_001 }, (_, index) => ({ ...participants[0], externalId: `bulk-${index}` }));
    const big = await executeOk(app.url, ImportEcosystemDocument, { input: { document: { participants: many } } });
    expect(big.importEcosystem?.report).toBeNull();
    expect(big.importEcosystem?.userErrors[0]?.message).toContain('ecograph import');
    const unknown = await executeOk(app.url, ImportEcosystemDocument, { input: { document: { partners: [] } } });
    expect(unknown.importEcosystem?.userErrors[0]?.message).toContain('unknown kind partners');
    expect(await graphVersion()).toBe(before);
  });
});

describe('an import killed mid-way', () => {
  it('ends, when run again, with exactly the graph an uninterrupted import makes', async () => {
    await deleteData(app.gateway);
    expect((await cli('import', ECOSYSTEM, '--batch-size', '5')).code).toBe(0);
    const uninterrupted = await dump();

    await deleteData(app.gateway);
    const start = await graphVersion();
    const child = spawn(process.execPath, [BIN, 'import', ECOSYSTEM, '--batch-size', '5'], {
      cwd: ROOT,
      env: env(),
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    // Killed once a few batches committed, while the rest are still to come.
    while ((await graphVersion()) < start + 5) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const partial = await dump();
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(uninterrupted.length);

    const resumed = await importJson(ECOSYSTEM, '--batch-size', '5');
    expect(resumed.code).toBe(0);
    const unchanged = Object.values(resumed.report.kinds).reduce((sum, counts) => sum + counts.unchanged, 0);
    expect(unchanged).toBeGreaterThan(0);
    expect(await dump()).toEqual(uninterrupted);
  });
});
