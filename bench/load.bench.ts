/**
 * Load (docs/resilience.md): autocannon, N connections for T seconds against the API running
 * as its own process on the medium seed, with a mix of reads, KPI reads and writes; reports
 * req/s, p50/p99 and every error by code (5xx must be zero). Then the same load while Neo4j is
 * restarted mid-run: errors may only be SERVICE_UNAVAILABLE, and none once the API recovered.
 *
 * BENCH_LOAD_CONNECTIONS and BENCH_LOAD_SECONDS change N and T (16 and 20 by default).
 */
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { print, type DocumentNode } from 'graphql';
import { toGlobalId } from '../src/core/global-id';
import { deleteData } from '../src/seed/database';
import { seedDemoEcosystem } from '../src/seed/seed';
import {
  BrokersDocument,
  GoalAddProgressDocument,
  ParticipantCreateDocument,
  ParticipantDocument,
  ParticipantEngagementKpiDocument,
  ParticipantsWithPartnershipsDocument,
} from '../test/generated/operations';
import { authHeader } from '../test/support/auth';
import { startApiProcess } from './api-process';
import { percentile, startBenchEnvironment, table } from './support';

const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 16);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
/** Load before the restart, and after the API has recovered. */
const BEFORE_RESTART_MS = 5_000;
const AFTER_RECOVERY_MS = 10_000;

type Kind = 'read' | 'kpi' | 'write';

interface Operation {
  kind: Kind;
  document: DocumentNode;
  variables: () => Record<string, unknown>;
}

interface Sample {
  kind: Kind;
  /** performance.now() when sent and when answered. */
  sentAt: number;
  at: number;
  status: number;
  /** extensions.code of every error (HTTP_<status> for a body that is not GraphQL). */
  codes: string[];
}

interface World {
  participantIds: string[];
  sectors: string[];
  goalIds: string[];
}

const pick = <T>(values: T[]): T => values[Math.floor(Math.random() * values.length)] as T;
let writes = 0;

/**
 * Each connection cycles through these: 4 reads (a page of participants with their
 * partnerships, a participant by id), 2 KPI reads (PageRank brokers from the cached structural
 * KPIs, one participant's engagement over the default window), 2 writes (a participant, an
 * addition to a goal under its lock). The ecosystem dashboard (`ecosystem.health`, ~1.7 s on
 * medium, recomputed after every write) is left out: it is polled, not hammered.
 */
function operations(world: World): Operation[] {
  const list: Operation = {
    kind: 'read',
    document: ParticipantsWithPartnershipsDocument,
    variables: () => ({ first: 20, filter: { sector: [pick(world.sectors)] } }),
  };
  const node: Operation = {
    kind: 'read',
    document: ParticipantDocument,
    variables: () => ({ id: pick(world.participantIds) }),
  };
  return [
    list,
    { kind: 'kpi', document: BrokersDocument, variables: () => ({ metric: 'PAGE_RANK', top: 10 }) },
    node,
    {
      kind: 'write',
      document: ParticipantCreateDocument,
      variables: () => {
        writes += 1;
        const key = `load-${process.pid}-${writes}`;
        return {
          input: {
            name: `Load ${key}`,
            kind: 'STARTUP',
            sector: pick(world.sectors),
            region: 'Europe',
            clientKey: key,
          },
        };
      },
    },
    list,
    { kind: 'kpi', document: ParticipantEngagementKpiDocument, variables: () => ({ id: pick(world.participantIds) }) },
    node,
    {
      kind: 'write',
      document: GoalAddProgressDocument,
      variables: () => ({ input: { goalId: pick(world.goalIds), amount: 1 } }),
    },
  ];
}

function codesOf(status: number, body: string): string[] {
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[]; data?: unknown };
    const codes = (parsed.errors ?? []).map((error) => error.extensions?.code ?? 'NO_CODE');
    return codes.length === 0 && status >= 300 ? [`HTTP_${status}`] : codes;
  } catch {
    return [`HTTP_${status}`];
  }
}

function requests(world: World, headers: Record<string, string>, samples: Sample[]): autocannon.Request[] {
  return operations(world).map((operation) => {
    const query = print(operation.document);
    return {
      method: 'POST',
      path: '/graphql',
      headers,
      setupRequest: (request: autocannon.Request, context: object) => {
        Object.assign(context, { sentAt: performance.now(), kind: operation.kind });
        return { ...request, body: JSON.stringify({ query, variables: operation.variables() }) };
      },
      onResponse: (status: number, body: string, context: object) => {
        const { sentAt, kind } = context as { sentAt: number; kind: Kind };
        samples.push({ kind, sentAt, at: performance.now(), status, codes: codesOf(status, body) });
      },
    };
  });
}

/** Runs autocannon; `during` (if given) runs alongside and decides when it stops. */
function fire(
  origin: string,
  requestList: autocannon.Request[],
  during?: (instance: autocannon.Instance) => Promise<void>,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections: CONNECTIONS,
        duration: during ? 3_600 : SECONDS,
        // Longer than the request deadline: a slow answer is measured, not cut off.
        timeout: 30,
        requests: requestList,
      },
      (error: unknown, result: autocannon.Result) => (error ? reject(error) : resolve(result)),
    );
    during?.(instance).then(
      () => instance.stop(),
      (error: unknown) => {
        instance.stop();
        reject(error);
      },
    );
  });
}

/** Duration, requests, req/s, p50 and p99 of one autocannon run. */
function figures(result: autocannon.Result): string[] {
  return [
    result.duration.toFixed(1),
    String(result.requests.total),
    result.requests.average.toFixed(1),
    String(result.latency.p50),
    String(result.latency.p99),
  ];
}

const failed = (sample: Sample) => sample.codes.length > 0 || sample.status >= 500;
const seconds = (ms: number) => (ms / 1000).toFixed(1);

function codeCounts(samples: Sample[]): string {
  const counts = new Map<string, number>();
  for (const code of samples.flatMap((sample) => sample.codes)) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].map(([code, count]) => `${code} × ${count}`).join(', ') || 'none';
}

function kindLatencies(samples: Sample[]): string {
  return (['read', 'kpi', 'write'] as Kind[])
    .map((kind) => {
      const times = samples.filter((s) => s.kind === kind && !failed(s)).map((s) => s.at - s.sentAt);
      return `${kind} ${percentile(times, 50).toFixed(0)}/${percentile(times, 99).toFixed(0)}`;
    })
    .join(', ');
}

async function seedWorld(env: Awaited<ReturnType<typeof startBenchEnvironment>>): Promise<World> {
  await deleteData(env.app.gateway);
  await seedDemoEcosystem(env.app.gateway, { size: 'medium', seed: 21, anchor: '2026-06-30' });
  const participants = await env.app.gateway.readRows({
    cypher: 'MATCH (p:Participant) RETURN p.id AS id, p.sector AS sector LIMIT 2000',
    params: {},
  });
  const goals = await env.app.gateway.readRows({
    cypher: `MATCH (g:Goal) WHERE g.metric <> 'satisfaction' RETURN g.id AS id LIMIT 50`,
    params: {},
  });
  return {
    participantIds: participants.map((row) => toGlobalId('Participant', row.id as string)),
    sectors: [...new Set(participants.map((row) => row.sector as string))],
    goalIds: goals.map((row) => toGlobalId('Goal', row.id as string)),
  };
}

export async function loadBench(): Promise<string> {
  const env = await startBenchEnvironment();
  try {
    const world = await seedWorld(env);
    const api = await startApiProcess(env.target);
    const headers = { 'content-type': 'application/json', ...(await authHeader()) };
    try {
      // The first KPI read waits for the start-up computation: not part of the measurement.
      await fetch(`${api.origin}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: print(BrokersDocument), variables: { metric: 'PAGE_RANK', top: 10 } }),
      });

      const steadySamples: Sample[] = [];
      const steady = await fire(api.origin, requests(world, headers, steadySamples));
      const rows: (string | number)[][] = [
        ['steady', ...figures(steady), kindLatencies(steadySamples), String(steady['5xx']), codeCounts(steadySamples)],
      ];

      const neo4j = env.neo4j;
      if (!neo4j) {
        return report(rows, ['(NEO4J_URI is set: the restart run needs the throw-away Neo4j; skipped)']);
      }
      const samples: Sample[] = [];
      const marks = { stopAt: 0, downAt: 0, backAt: 0, recoveredAt: 0 };
      const restart = await fire(api.origin, requests(world, headers, samples), async () => {
        await new Promise((resolve) => setTimeout(resolve, BEFORE_RESTART_MS));
        marks.stopAt = performance.now();
        await neo4j.stop();
        marks.downAt = performance.now();
        await neo4j.start();
        marks.backAt = performance.now();
        while (!marks.recoveredAt) {
          marks.recoveredAt = samples.find((s) => s.sentAt >= marks.backAt && !failed(s))?.at ?? 0;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await new Promise((resolve) => setTimeout(resolve, AFTER_RECOVERY_MS));
      });
      const errors = samples.filter(failed);
      const afterRecovery = errors.filter((s) => s.sentAt > marks.recoveredAt);
      const unexpected = errors.filter((s) => s.codes.some((code) => code !== 'SERVICE_UNAVAILABLE'));
      rows.push([
        'Neo4j restarted',
        ...figures(restart),
        kindLatencies(samples),
        String(restart['5xx']),
        codeCounts(samples),
      ]);
      const answeredBetween = (from: number, to: number) => errors.filter((s) => s.at >= from && s.at < to);
      const byStage = [
        `stopping: ${codeCounts(answeredBetween(marks.stopAt, marks.downAt))}`,
        `down: ${codeCounts(answeredBetween(marks.downAt, marks.backAt))}`,
        `Bolt back, before the first success: ${codeCounts(answeredBetween(marks.backAt, marks.recoveredAt))}`,
        `after: ${codeCounts(answeredBetween(marks.recoveredAt, Number.POSITIVE_INFINITY))}`,
      ].join('; ');
      const firstError = Math.min(...errors.map((s) => s.at));
      const lastError = Math.max(...errors.map((s) => s.at));
      const outage = table(
        [
          'Neo4j stop (SIGTERM) s',
          'Neo4j down → Bolt answers s',
          'errors answered from → to (s after stop)',
          'first success after Bolt answers s',
          'errors after recovery',
          'errors other than SERVICE_UNAVAILABLE',
        ],
        [
          [
            seconds(marks.downAt - marks.stopAt),
            seconds(marks.backAt - marks.downAt),
            errors.length ? `${seconds(firstError - marks.stopAt)} → ${seconds(lastError - marks.stopAt)}` : 'none',
            seconds(marks.recoveredAt - marks.backAt),
            String(afterRecovery.length),
            String(unexpected.length),
          ],
        ],
      );
      return report(rows, ['', '### The outage (second run)', '', outage, '', `Errors answered while ${byStage}.`]);
    } finally {
      await api.stop();
    }
  } finally {
    await env.close();
  }
}

function report(rows: (string | number)[][], extra: string[]): string {
  return [
    `### Load: ${CONNECTIONS} connections, medium seed, API in its own process (reads 4 : KPI reads 2 : writes 2)`,
    '',
    table(
      [
        'run',
        's',
        'requests',
        'req/s',
        'p50 ms',
        'p99 ms',
        'p50/p99 ms by kind (answered)',
        '5xx',
        'GraphQL errors by code',
      ],
      rows,
    ),
    ...extra,
  ].join('\n');
}
