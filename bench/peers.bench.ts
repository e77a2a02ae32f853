/**
 * Peers (issue 13): ecograph as shipped in production mode beside the Neo4j GraphQL Library on
 * Apollo Server (bench/peers) and a bare node:http server sending one hand-written Cypher
 * statement (bench/hand-written-server.ts), all three on the same Neo4j and seed, each in its
 * own process. It first checks that the three return the same rows for every operation (and
 * stops if not), then runs the operations of bench/peers-queries.ts with autocannon,
 * interleaved (every repetition runs every operation on every server, the server order
 * rotating), and reports req/s, p50/p99, CPU per request of each server process and of Neo4j,
 * and ecograph's round trips, as ratios ecograph / peer and ecograph / hand-written.
 *
 * `npm run bench -- peers [--quick] [--tsx]`: medium seed, 3 × 10 s per operation and server;
 * --quick: small seed, 3 × 4 s. ecograph runs compiled (`npm run build`, then dist/main.js as
 * `npm run serve` does); --tsx runs src/main.ts through tsx instead. BENCH_PEERS_CONNECTIONS (8), BENCH_PEERS_SECONDS and BENCH_PEERS_REPS
 * override.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pidusage from 'pidusage';
import { currentTie } from '../src/model/party-tie';
import { deleteData } from '../src/seed/database';
import { seedDemoEcosystem } from '../src/seed/seed';
import type { SeedSize } from '../src/seed/profiles';
import { authHeader, TEST_JWT_SECRET } from '../test/support/auth';
import { freePort } from '../test/support/free-port';
import { ensurePeerInstalled, installedVersion, PEER_DIR } from './peers-install';
import { PEER_QUERIES, SERVERS, type Answer, type PeerQuery, type ServerName, type World } from './peers-queries';
import { startServerProcess, type ServerProcess } from './server-process';
import { startBenchEnvironment, table, type BenchEnvironment } from './support';

const ROOT = path.resolve(__dirname, '..');
const QUICK = process.argv.includes('--quick');
/** ecograph as `npm run serve` runs it (compiled by `npm run build`), or with --tsx from source. */
const ECOGRAPH_FROM_SOURCE = process.argv.includes('--tsx');
const SIZE: SeedSize = QUICK ? 'small' : 'medium';
const CONNECTIONS = Number(process.env.BENCH_PEERS_CONNECTIONS ?? 8);
const SECONDS = Number(process.env.BENCH_PEERS_SECONDS ?? (QUICK ? 4 : 10));
const REPS = Number(process.env.BENCH_PEERS_REPS ?? 3);
const WARMUP_SECONDS = QUICK ? 1 : 3;
const ROUND_TRIPS_HEADER = 'x-ecograph-round-trips';

interface Server {
  name: ServerName;
  process: ServerProcess;
  /** Where requests go (path of the origin). */
  path: string;
  headers: Record<string, string>;
}

interface Run {
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU time (ms) of the server process and of Neo4j during the run. */
  apiCpuMs: number;
  neo4jCpuMs: number | null;
}

const log = (line: string) => console.error(`[peers] ${line}`);

async function post(
  server: Server,
  body: Record<string, unknown>,
  extra: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(`${server.process.origin}${server.path}`, {
    method: 'POST',
    headers: { ...server.headers, ...extra },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as Answer;
  } catch {
    throw new Error(`${server.name} answered HTTP ${response.status}: ${text.slice(0, 300)}`);
  }
}

async function seedWorld(env: BenchEnvironment): Promise<World> {
  log(`seeding the ${SIZE} ecosystem...`);
  await deleteData(env.app.gateway);
  await seedDemoEcosystem(env.app.gateway, { size: SIZE, seed: 21, anchor: '2026-06-30' });
  // Active participants with partnerships and an ego network well under ecograph's node limit.
  const participants = await env.app.gateway.readRows({
    cypher: `MATCH (a:Participant {status: 'ACTIVE'})
WHERE EXISTS { (a)-${currentTie('r')}->() }
WITH a, COUNT { (a)-${currentTie('ra')}->()<-${currentTie('rb')}-(b:Participant) } AS reach
WHERE reach < 90
RETURN a.id AS id ORDER BY a.id LIMIT 20`,
    params: {},
  });
  const [pair] = await env.app.gateway.readRows({
    cypher: `MATCH (p:Participant) RETURN p.kind AS kind, p.region AS region, count(*) AS n
ORDER BY n DESC, kind, region LIMIT 1`,
    params: {},
  });
  if (participants.length === 0 || !pair) throw new Error('the seed has no participants to query');
  return {
    participantIds: participants.map((row) => String(row.id)),
    kind: String(pair.kind),
    region: String(pair.region),
  };
}

async function startServers(env: BenchEnvironment): Promise<Server[]> {
  const neo4jEnv = { NEO4J_URI: env.target.uri, NEO4J_USER: env.target.user, NEO4J_PASSWORD: env.target.password };
  const auth = await authHeader();
  const json = { 'content-type': 'application/json' };
  const answers = (path: string, body: object, headers: Record<string, string>) => async (origin: string) =>
    (await fetch(`${origin}${path}`, { method: 'POST', headers, body: JSON.stringify(body) })).ok;

  log('starting ecograph (production mode), the peer and the hand-written baseline...');
  const ecograph = await startServerProcess({
    entry: ECOGRAPH_FROM_SOURCE ? 'src/main.ts' : 'dist/main.js',
    typescript: ECOGRAPH_FROM_SOURCE,
    cwd: ROOT,
    port: await freePort(),
    env: {
      ...neo4jEnv,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      METRICS_TOKEN: crypto.randomBytes(24).toString('hex'),
      RATE_LIMIT_PER_MINUTE: '1000000',
      DEBUG_ROUND_TRIPS: 'true',
      // No background KPI computation competing with what is measured.
      KPI_WARM_ON_START: 'false',
    },
    ready: async (origin) => (await fetch(`${origin}/readyz`)).ok,
  });
  const peer = await startServerProcess({
    entry: 'server.ts',
    typescript: true,
    cwd: PEER_DIR,
    port: await freePort(),
    env: { ...neo4jEnv, NODE_ENV: 'production', JWT_SECRET: TEST_JWT_SECRET },
    ready: answers('/', { query: '{ __typename }' }, { ...json, ...auth }),
  });
  const handWritten = await startServerProcess({
    entry: 'bench/hand-written-server.ts',
    typescript: true,
    cwd: ROOT,
    port: await freePort(),
    env: neo4jEnv,
    ready: answers('/', { op: 'participantsByName', params: { limit: 1 } }, json),
  });
  return [
    { name: 'ecograph', process: ecograph, path: '/graphql', headers: { ...json, ...auth } },
    { name: 'peer', process: peer, path: '/', headers: { ...json, ...auth } },
    { name: 'hand-written', process: handWritten, path: '/', headers: json },
  ];
}

/** How many distinct requests an operation has (by-id operations walk the chosen participants). */
function variants(query: PeerQuery, world: World): number {
  if (query.write) return 1;
  const same = JSON.stringify(query.bodies.ecograph(world, 0)) === JSON.stringify(query.bodies.ecograph(world, 1));
  return same ? 1 : world.participantIds.length;
}

/** Fails loudly unless the three servers return the same rows for every request of every operation. */
async function checkSameRows(servers: Server[], world: World): Promise<void> {
  for (const query of PEER_QUERIES) {
    for (let n = 0; n < variants(query, world); n++) {
      const rows = await Promise.all(
        servers.map(async (server) => {
          const answer = await post(server, query.bodies[server.name](world, n));
          try {
            return JSON.stringify(query.rows[server.name](answer));
          } catch (error) {
            throw new Error(
              `${server.name}, "${query.title}": ${(error as Error).message}\n${JSON.stringify(answer).slice(0, 500)}`,
              { cause: error },
            );
          }
        }),
      );
      const [reference] = rows;
      servers.forEach((server, i) => {
        if (rows[i] !== reference) {
          throw new Error(
            `"${query.title}" (request ${n}): ${server.name} returned other rows than ecograph\n` +
              `ecograph: ${reference?.slice(0, 800)}\n${server.name}: ${rows[i]?.slice(0, 800)}`,
          );
        }
      });
    }
  }
  log('all three servers return the same rows for every operation');
}

async function roundTrips(ecograph: Server, world: World): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const query of PEER_QUERIES) {
    const answer = (await post(ecograph, query.bodies.ecograph(world, 0), { [ROUND_TRIPS_HEADER]: '1' })) as Answer & {
      extensions?: { roundTrips?: number };
    };
    counts.set(query.title, answer.extensions?.roundTrips ?? Number.NaN);
  }
  return counts;
}

const cpuMs = async (pid: number | undefined): Promise<number | null> => (pid ? (await pidusage(pid)).ctime : null);

async function load(server: Server, query: PeerQuery, world: World, seconds: number, neo4jPid?: number): Promise<Run> {
  let n = 0;
  let errors = 0;
  const request: autocannon.Request = {
    method: 'POST',
    path: server.path,
    headers: server.headers,
    setupRequest: (req: autocannon.Request) => ({
      ...req,
      body: JSON.stringify(query.bodies[server.name](world, n++)),
    }),
    onResponse: (status: number, body: string) => {
      // GraphQL errors come with HTTP 200; a cheap look for them in every answer.
      if (status !== 200 || body.includes('"errors"') || body.includes('"userErrors":[{')) errors += 1;
    },
  };
  const [api0, db0] = [await cpuMs(server.process.pid), await cpuMs(neo4jPid)];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      { url: server.process.origin, connections: CONNECTIONS, duration: seconds, timeout: 30, requests: [request] },
      (error: unknown, res: autocannon.Result) => (error ? reject(error) : resolve(res)),
    );
  });
  const [api1, db1] = [await cpuMs(server.process.pid), await cpuMs(neo4jPid)];
  return {
    requests: result.requests.total,
    seconds: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: errors + result.errors + result.timeouts,
    apiCpuMs: (api1 ?? 0) - (api0 ?? 0),
    neo4jCpuMs: db0 === null || db1 === null ? null : db1 - db0,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};

interface Summary {
  reqPerSec: number;
  p50: number;
  p99: number;
  apiCpuPerRequest: number;
  neo4jCpuPerRequest: number | null;
  errors: number;
}

function summarise(runs: Run[]): Summary {
  const requests = runs.reduce((sum, run) => sum + run.requests, 0);
  const neo4j = runs.every((run) => run.neo4jCpuMs !== null)
    ? runs.reduce((sum, run) => sum + (run.neo4jCpuMs ?? 0), 0) / requests
    : null;
  return {
    reqPerSec: median(runs.map((run) => run.requests / run.seconds)),
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    apiCpuPerRequest: runs.reduce((sum, run) => sum + run.apiCpuMs, 0) / requests,
    neo4jCpuPerRequest: neo4j,
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
  };
}

const ratio = (a: number | null, b: number | null) =>
  a === null || b === null || b === 0 ? 'n/a' : (a / b).toFixed(2);
const fixed = (value: number | null, digits = 2) => (value === null ? 'n/a' : value.toFixed(digits));

async function neo4jVersion(env: BenchEnvironment): Promise<string> {
  const [row] = await env.app.gateway.readRows({
    cypher: 'CALL dbms.components() YIELD name, versions RETURN versions[0] AS version',
    params: {},
  });
  return String(row?.version ?? 'unknown');
}

function gitRevision(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

export async function peersBench(): Promise<string> {
  ensurePeerInstalled(log);
  if (!ECOGRAPH_FROM_SOURCE) {
    log('npm run build (ecograph as npm run serve runs it)...');
    // npm's output goes to stderr: stdout carries the tables.
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  }
  const env = await startBenchEnvironment();
  let servers: Server[] = [];
  try {
    const loadBefore = os.loadavg()[0] ?? 0;
    const world = await seedWorld(env);
    servers = await startServers(env);
    const neo4jPid = env.neo4j?.runningPid();
    await checkSameRows(servers, world);
    const ecograph = servers.find((server) => server.name === 'ecograph') as Server;
    const trips = await roundTrips(ecograph, world);

    log(`warming up (${WARMUP_SECONDS} s per operation and server)...`);
    for (const query of PEER_QUERIES) for (const server of servers) await load(server, query, world, WARMUP_SECONDS);

    const runs = new Map<string, Run[]>();
    for (let rep = 0; rep < REPS; rep++) {
      for (const query of PEER_QUERIES) {
        // Rotate who goes first so that no server always follows the same neighbour.
        const order = servers.map((_, i) => servers[(i + rep) % servers.length] as Server);
        for (const server of order) {
          const key = `${query.title}|${server.name}`;
          log(`rep ${rep + 1}/${REPS}: ${query.title} on ${server.name}`);
          runs.set(key, [...(runs.get(key) ?? []), await load(server, query, world, SECONDS, neo4jPid)]);
        }
      }
    }
    const summary = (query: PeerQuery, server: ServerName) => summarise(runs.get(`${query.title}|${server}`) ?? []);

    const ratios = PEER_QUERIES.map((query) => {
      const [e, p, h] = SERVERS.map((server) => summary(query, server)) as [Summary, Summary, Summary];
      return [
        query.title,
        ratio(e.reqPerSec, p.reqPerSec),
        ratio(e.p99, p.p99),
        ratio(e.reqPerSec, h.reqPerSec),
        ratio(e.p99, h.p99),
        ratio(e.apiCpuPerRequest, p.apiCpuPerRequest),
        ratio(e.apiCpuPerRequest, h.apiCpuPerRequest),
        ratio(e.neo4jCpuPerRequest, p.neo4jCpuPerRequest),
        String(trips.get(query.title)),
      ];
    });
    const figures = PEER_QUERIES.flatMap((query) =>
      SERVERS.map((server) => {
        const s = summary(query, server);
        return [
          query.title,
          server,
          s.reqPerSec.toFixed(0),
          String(s.p50),
          String(s.p99),
          fixed(s.apiCpuPerRequest),
          fixed(s.neo4jCpuPerRequest),
          String(s.errors),
        ];
      }),
    );
    const cpus = os.cpus();
    const context = [
      `${new Date().toISOString().slice(0, 10)}, ecograph ${gitRevision()} (production mode: JWT auth, limits, logs, ` +
        `metrics with METRICS_TOKEN; rate limit raised; ${ECOGRAPH_FROM_SOURCE ? 'src/main.ts through tsx' : 'compiled dist/main.js'}) · @neo4j/graphql ${installedVersion('@neo4j/graphql')} ` +
        `on @apollo/server ${installedVersion('@apollo/server')} · Neo4j ${await neo4jVersion(env)} · Node ${process.version} · ` +
        `${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB; ` +
        `load average ${loadBefore.toFixed(1)} before the run, ${(os.loadavg()[0] ?? 0).toFixed(1)} after it`,
      `${SIZE} seed; autocannon, ${CONNECTIONS} connections, ${REPS} interleaved repetitions × ${SECONDS} s per operation ` +
        `and server (medians of the repetitions; CPU per request = CPU time of the process / requests over all repetitions).`,
    ];
    return [
      `### Peers: ecograph vs the Neo4j GraphQL Library and hand-written Cypher (${SIZE} seed${QUICK ? ', --quick' : ''})`,
      '',
      ...context,
      '',
      table(
        [
          'operation',
          'req/s ecograph / peer',
          'p99 ecograph / peer',
          'req/s ecograph / hand-written',
          'p99 ecograph / hand-written',
          'API CPU/req ecograph / peer',
          'API CPU/req ecograph / hand-written',
          'Neo4j CPU/req ecograph / peer',
          'ecograph round trips',
        ],
        ratios,
      ),
      '',
      table(
        ['operation', 'server', 'req/s', 'p50 ms', 'p99 ms', 'API CPU ms/req', 'Neo4j CPU ms/req', 'errors'],
        figures,
      ),
      '',
      'Peer and hand-written baseline: one Cypher statement (one round trip) per request by construction.',
    ].join('\n');
  } finally {
    await Promise.all(servers.map((server) => server.process.stop()));
    pidusage.clear();
    await env.close();
  }
}
