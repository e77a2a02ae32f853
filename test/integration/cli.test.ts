/**
 * The `ecograph` command line (issue 16, item 1, and the Gephi half of item 3), run as a user
 * runs it: the package's bin (scripts/bin/ecograph.cjs) in its own process, against the test
 * Neo4j, its answers compared with what the API says about the same graph.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';
import type { App } from '../../src/app';
import { currentTie } from '../../src/model/party-tie';
import { toGlobalId } from '../../src/core/global-id';
import { exportCollaboration } from '../../src/modules/exchange/collaboration-export';
import { GraphChangedError } from '../../src/modules/exchange/errors';
import type { CollaborationGraph } from '../../src/kpi/collaboration-graph';
import type { AnalyticsEngine } from '../../src/kpi/engine';
import { GraphologyEngine } from '../../src/kpi/graphology-engine';
import { deleteData } from '../../src/seed/database';
import { seedDemoEcosystem } from '../../src/seed/seed';
import { CliKpisDocument, type CliKpisQuery } from '../../scripts/cli/generated/operations';
import { kpiTable } from '../../scripts/cli/commands/kpis';
import { buildProgram } from '../../scripts/cli/program';
import {
  CliParticipantMetricsDocument,
  DemoParticipantExitDocument,
  type CliParticipantMetricsQuery,
} from '../generated/operations';
import { authHeader, TEST_JWT_SECRET } from '../support/auth';
import { execute, executeOk, mutateOk } from '../support/graphql-client';
import { startTestApp } from '../support/test-app';
import { testNeo4jTarget } from '../support/test-neo4j';

jest.setTimeout(600_000);

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'scripts/bin/ecograph.cjs');
const SCHEMAS = path.join(ROOT, 'graph/schemas');
const ANCHOR = '2026-06-30';
const WINDOW = { from: '2026-04-01T00:00:00.000Z', to: '2026-07-01T00:00:00.000Z' };

let app: App;
let home: string;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Promise<Outcome> {
  const target = testNeo4jTarget();
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    ECOGRAPH_HOME: home,
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
  };
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, env, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const graphVersion = () => app.gateway.graphVersion();

/** Every command, nested ones included, with its full name. */
function commandsOf(command: Command, prefix: string[] = []): { name: string; command: Command }[] {
  return command.commands.flatMap((sub) => {
    const name = [...prefix, sub.name()];
    return [{ name: name.join(' '), command: sub }, ...commandsOf(sub, name)];
  });
}

function schemaFiles(folder: string): XMLFileInfo[] {
  return fs
    .readdirSync(path.join(SCHEMAS, folder))
    .filter((file) => file.endsWith('.xsd'))
    .map((file) => ({ fileName: file, contents: fs.readFileSync(path.join(SCHEMAS, folder, file), 'utf8') }));
}

async function validate(file: string, folder: string, main: string): Promise<string[]> {
  const schemas = schemaFiles(folder);
  const result = await validateXML({
    xml: { fileName: path.basename(file), contents: fs.readFileSync(file, 'utf8') },
    schema: schemas.filter((schema) => schema.fileName === main),
    preload: schemas.filter((schema) => schema.fileName !== main),
  });
  return result.errors.map((error) => error.message);
}

type ApiParticipant = CliParticipantMetricsQuery['participants']['nodes'][number];

async function apiParticipants(): Promise<Map<string, ApiParticipant>> {
  const found = new Map<string, ApiParticipant>();
  let after: string | null | undefined;
  do {
    const { participants } = await executeOk(app.url, CliParticipantMetricsDocument, { after }, await authHeader());
    for (const node of participants.nodes) found.set(node.id, node);
    after = participants.pageInfo.hasNextPage ? participants.pageInfo.endCursor : null;
  } while (after);
  return found;
}

/** Shared non-terminated partnerships per pair of non-exited participants, counted here, independently. */
async function sharedPartnerships(): Promise<Map<string, number>> {
  const rows = await app.gateway.readRows({
    cypher: `MATCH (a:Participant)-${currentTie('ra')}->(s:Partnership)<-${currentTie('rb')}-(b:Participant)
WHERE a.id < b.id AND s.stage <> 'TERMINATED'
  AND a.status <> 'EXITED' AND b.status <> 'EXITED'
WITH a, b, count(DISTINCT s) AS shared
RETURN a.id AS a, b.id AS b, shared`,
    params: {},
  });
  return new Map(rows.map((row) => [`${String(row.a)}|${String(row.b)}`, Number(row.shared)]));
}

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'ecograph-cli-'));
  app = await startTestApp();
  await deleteData(app.gateway);
  await seedDemoEcosystem(app.gateway, { size: 'small', seed: 42, anchor: ANCHOR });
});

afterAll(async () => {
  await app?.stop();
  fs.rmSync(home, { recursive: true, force: true });
});

describe('commands and usage', () => {
  it('documents every command and subcommand in its --help', async () => {
    const commands = commandsOf(buildProgram());
    expect(commands.map(({ name }) => name)).toEqual(
      expect.arrayContaining(['start', 'serve', 'db start', 'db stop', 'db status', 'migrate', 'seed', 'kpis']),
    );
    expect(commands.map(({ name }) => name)).toEqual(expect.arrayContaining(['export', 'token', 'api-key', 'build']));
    for (const { name, command } of commands) {
      expect([name, command.description().length > 10]).toEqual([name, true]);
      expect(command.helpInformation()).toContain(`Usage: ecograph ${name}`);
    }
    const help = await cli('--help');
    expect(help.code).toBe(0);
    for (const { name } of commands.filter(({ name }) => !name.includes(' '))) expect(help.stdout).toContain(name);
  });

  it.each([
    [
      ['seed', '--size', 'huge'],
      "option '--size <size>' argument 'huge' is invalid. must be one of small, medium, large",
    ],
    [['kpis', '--window', '0d'], 'must be a number of days between 1 and 3660'],
    [['export', '--format', 'svg'], 'must be one of gexf, graphml'],
    [['export'], "required option '--format <format>' not specified"],
    [['token', '--role', 'OWNER'], 'must be one of ADMIN, MANAGER, ANALYST, VIEWER'],
    [['frobnicate'], "unknown command 'frobnicate'"],
  ])('`ecograph %j` exits 2, says what to fix and changes nothing', async (args, message) => {
    const before = await graphVersion();
    const outcome = await cli(...args);
    expect(outcome).toMatchObject({ code: 2, stdout: '' });
    expect(outcome.stderr).toContain(message);
    expect(await graphVersion()).toBe(before);
  });

  it('refuses seeding over existing data with exit code 2 and the flag that would do it', async () => {
    const before = await graphVersion();
    const outcome = await cli('seed', '--size', 'small');
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('Run again with --reset');
    expect(await graphVersion()).toBe(before);
  });
});

describe('ecograph kpis', () => {
  /** What differs between two computations of the same graph: when and how long, and Louvain's tie-breaking in GDS. */
  function comparable(ecosystem: CliKpisQuery['ecosystem']) {
    const { provenance, modularity, communities, ...health } = ecosystem.health;
    expect([modularity, communities]).toEqual([expect.any(Number), expect.any(Number)]);
    return { ...ecosystem, health: { ...health, engine: provenance.engine, version: provenance.version } };
  }

  it('prints the figures the API answers for the same window', async () => {
    const outcome = await cli('kpis', '--window', '91d', '--to', WINDOW.to, '--format', 'json');
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    const printed = JSON.parse(outcome.stdout) as CliKpisQuery['ecosystem'];
    expect(printed.window).toEqual({ ...WINDOW, days: 91 });

    let answered: CliKpisQuery | undefined;
    while (!answered) {
      // The API's first KPI read may run out of its request budget while the computation goes on.
      const { data, errors } = await execute(app.url, CliKpisDocument, { window: WINDOW }, await authHeader());
      if (errors?.length && errors.some((error) => error.extensions?.code !== 'DEADLINE_EXCEEDED')) {
        throw new Error(JSON.stringify(errors));
      }
      answered = data ?? undefined;
    }
    expect(comparable(printed)).toEqual(comparable(answered.ecosystem));
    expect(printed.health.participants).toBeGreaterThan(200);

    // The table shows the same answer for people.
    const table = kpiTable(printed);
    expect(table).toContain(`health score               ${printed.health.score.toFixed(1)} / 100`);
    expect(table).toContain(`graph version ${printed.health.provenance.version}`);
  });
});

describe('ecograph export', () => {
  let participants: Map<string, ApiParticipant>;
  let shared: Map<string, number>;

  beforeAll(async () => {
    participants = await apiParticipants();
    shared = await sharedPartnerships();
  });

  /** Each node: a participant who has not exited, with the API's name and metrics; each edge: its shared partnerships. */
  function expectTheEcosystem(graph: Graph, read: (attributes: Record<string, unknown>, name: string) => unknown) {
    const current = [...participants.values()].filter((participant) => participant.status !== 'EXITED');
    expect(graph.order).toBe(current.length);
    for (const participant of current) {
      const attributes = graph.getNodeAttributes(participant.id);
      const metrics = participant.metrics;
      if (!metrics) throw new Error(`no metrics for ${participant.id}, a participant who has not exited`);
      expect(read(attributes, 'name')).toBe(participant.name);
      expect(Number(read(attributes, 'degree'))).toBe(metrics.degree);
      expect(Number(read(attributes, 'weightedDegree'))).toBe(metrics.weightedDegree);
      for (const metric of ['pageRank', 'betweenness', 'closeness', 'eigenvector'] as const) {
        expect([participant.id, metric, Number(read(attributes, metric))]).toEqual([
          participant.id,
          metric,
          expect.closeTo(metrics[metric], 6),
        ]);
      }
    }
    expect(graph.size).toBe(shared.size);
    graph.forEachEdge((_edge, attributes, source, target) => {
      const [a, b] = [source, target].map((id) => Buffer.from(id, 'base64url').toString().split(':')[1]).sort();
      expect([a, b, Number(attributes.weight)]).toEqual([a, b, shared.get(`${a}|${b}`)]);
    });
  }

  it('writes GEXF 1.3 that validates against the published schema and carries every metric', async () => {
    const file = path.join(home, 'ecosystem.gexf');
    const outcome = await cli('export', '--format', 'gexf', '--out', file, '--json');
    expect(outcome.code).toBe(0);
    const summary = JSON.parse(outcome.stdout) as { nodes: number; edges: number; version: number };
    expect(summary.version).toBe(await graphVersion());
    expect(await validate(file, 'gexf-1.3', 'gexf.xsd')).toEqual([]);

    const graph = parseGexf(Graph, fs.readFileSync(file, 'utf8'));
    expect([graph.order, graph.size]).toEqual([summary.nodes, summary.edges]);
    expectTheEcosystem(graph, (attributes, name) => (name === 'name' ? attributes.label : attributes[name]));
    expect(fs.readdirSync(home).filter((entry) => entry.includes('partial'))).toEqual([]);
  });

  it('writes GraphML that validates against the published schema and carries every metric', async () => {
    const file = path.join(home, 'ecosystem.graphml');
    const outcome = await cli('export', '--format', 'graphml', '--out', file);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain(`wrote ${file}`);
    expect(await validate(file, 'graphml', 'graphml.xsd')).toEqual([]);

    const graph = parseGraphml(Graph, fs.readFileSync(file, 'utf8'));
    expectTheEcosystem(graph, (attributes, name) => attributes[name]);
  });

  it('writes to standard output when no file is given, nothing else on it', async () => {
    const outcome = await cli('export', '--format', 'graphml');
    expect(outcome.code).toBe(0);
    expect(outcome.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml')).toBe(true);
    expect(outcome.stdout.trimEnd().endsWith('</graphml>')).toBe(true);
  });
});

describe('an export describes one state of the graph', () => {
  /** The in-process engine, with a participant exiting through the API during its first `times` computations. */
  function engineWithExits(times: number): AnalyticsEngine & { exited: string[] } {
    const inner = new GraphologyEngine();
    const exited: string[] = [];
    return {
      name: inner.name,
      exited,
      async compute(graph: CollaborationGraph) {
        const analytics = await inner.compute(graph);
        if (exited.length < times) {
          const id = toGlobalId('Participant', graph.nodes[exited.length]?.id ?? '');
          await mutateOk(app.url, DemoParticipantExitDocument, { id }, await authHeader());
          exited.push(id);
        }
        return analytics;
      },
    };
  }

  it('computes again when a write lands meanwhile, and describes the later state', async () => {
    const engine = engineWithExits(1);
    const exported = await exportCollaboration(app.gateway, engine, app.services.clock);
    expect(engine.exited).toHaveLength(1);
    expect(exported.description.version).toBe(await graphVersion());
    expect(exported.graph.hasNode(engine.exited[0] ?? '')).toBe(false);
  });

  it('gives up with GRAPH_CHANGED, writing nothing, when writes keep landing', async () => {
    const engine = engineWithExits(3);
    const failure = exportCollaboration(app.gateway, engine, app.services.clock);
    await expect(failure).rejects.toBeInstanceOf(GraphChangedError);
    await expect(failure).rejects.toMatchObject({ code: 'GRAPH_CHANGED', attempts: 3 });
    expect(engine.exited).toHaveLength(3);
  });
});
