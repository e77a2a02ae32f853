/** Transport-level behaviour: health endpoints, graphql-ws on the same path, graceful shutdown. */
import { createClient, type Client } from 'graphql-ws';
import { print } from 'graphql';
import WebSocket from 'ws';
import { authHeader } from '../support/auth';
import type { App } from '../../src/app';
import { ParticipantCreateDocument, ParticipantDocument } from '../generated/operations';
import { mutateOk } from '../support/graphql-client';
import { uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';

let app: App;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.stop();
});

const base = () => app.url.replace(/\/graphql$/, '');

/** What a masked error must not show: Cypher, Neo4j's codes, stack frames, source paths. */
const LEAKS = /MATCH|RETURN|Neo4j|Neo\.|stacktrace|\bat \S+ \(|\.ts\b|\/src\/|node_modules/;

function wsClient(url: string): Client {
  return createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    connectionParams: async () => authHeader(),
  });
}

it('/healthz answers while the process is alive; /readyz when Neo4j answers and migrations are applied', async () => {
  const health = await fetch(`${base()}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok' });
  const ready = await fetch(`${base()}/readyz`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready' });
});

it('serves queries over graphql-ws on the same path as HTTP', async () => {
  const created = await mutateOk(app.url, ParticipantCreateDocument, {
    input: { name: 'Socket Works', kind: 'COMMUNITY', sector: uniqueMarker('ws'), region: 'Asia-Pacific' },
  });
  const id = created.participantCreate.participant!.id;
  const client = wsClient(app.url);
  try {
    const result = await new Promise<unknown>((resolve, reject) => {
      let value: unknown;
      client.subscribe(
        { query: print(ParticipantDocument), variables: { id } },
        { next: (data) => (value = data), error: reject, complete: () => resolve(value) },
      );
    });
    expect(result).toEqual({ data: { participant: expect.objectContaining({ id, name: 'Socket Works' }) } });
  } finally {
    await client.dispose();
  }
});

it('a forged cursor is a client error: BAD_USER_INPUT, with a message and nothing internal', async () => {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await authHeader()) },
    body: JSON.stringify({ query: '{ participants(first: 5, after: "bm90LWEtY3Vyc29y") { totalCount } }' }),
  });
  const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
  expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  expect(JSON.stringify(body)).not.toMatch(LEAKS);
});

describe('internal errors are masked: no message, no stack, no Cypher, no path reach the client', () => {
  /**
   * Two real faults, no mocks: a participant whose name Neo4j holds as an integer beyond 2^53
   * (the value mapping in src/db/values.ts throws a RangeError inside the resolver), and an
   * interaction whose weight is a string (Neo4j itself fails the engagement statement with a
   * type error, which the gateway wraps as an InternalError carrying Neo4j's message).
   * The app logs at error level into `logged`, so each test also proves the fault it meant
   * happened on the server: a masked response alone could hide any other failure.
   */
  let faulty: App;
  const logged: string[] = [];
  const marker = uniqueMarker('masking');
  let oversized: string;
  let mistyped: string;

  const createIn = async (name: string) =>
    (
      await mutateOk(faulty.url, ParticipantCreateDocument, {
        input: { name, kind: 'COMMUNITY', sector: marker, region: 'Asia-Pacific' },
      })
    ).participantCreate.participant!.id;

  beforeAll(async () => {
    faulty = await startTestApp({ LOG_LEVEL: 'error' }, { logTo: { write: (line: string) => void logged.push(line) } });
    oversized = await createIn('Oversized Name');
    mistyped = await createIn('Mistyped Weight');
    await faulty.gateway.writeRows({
      cypher: `MATCH (big:Participant {sector: $marker, name: 'Oversized Name'})
MATCH (typo:Participant {sector: $marker, name: 'Mistyped Weight'})
SET big.name = 9007199254740993
CREATE (typo)-[:ENGAGED_IN]->(:Interaction {id: $marker, kind: 'MEETING', at: datetime('2026-01-15T00:00:00Z'), weight: 'heavy'})`,
      params: { marker },
    });
  });
  afterAll(async () => {
    await faulty.gateway.writeRows({
      cypher:
        'MATCH (n) WHERE (n:Participant AND n.sector = $marker) OR (n:Interaction AND n.id = $marker) DETACH DELETE n',
      params: { marker },
    });
    await faulty.stop();
  });

  const serverLog = (message: string) =>
    logged
      .map((line) => JSON.parse(line) as { msg: string; err?: { message?: string } })
      .filter((line) => line.msg === message);

  async function post(query: string): Promise<{ data: unknown; errors: Record<string, unknown>[] }> {
    const response = await fetch(faulty.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await authHeader()) },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data: unknown; errors: Record<string, unknown>[] };
  }

  function expectMasked(errors: Record<string, unknown>[] | undefined, path: string[]): void {
    expect(errors).toEqual([{ message: 'Internal server error', path, extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(JSON.stringify(errors)).not.toMatch(LEAKS);
  }

  it('an unexpected exception in a resolver (HTTP and WebSocket)', async () => {
    const query = `{ participant(id: "${oversized}") { id name } }`;
    const body = await post(query);
    expectMasked(body.errors, ['participant']);
    const client = wsClient(faulty.url);
    try {
      const overSocket = await new Promise<{ errors?: unknown }>((resolve, reject) =>
        client.subscribe({ query }, { next: resolve, error: reject, complete: () => undefined }),
      );
      expectMasked(overSocket.errors as Record<string, unknown>[], ['participant']);
    } finally {
      await client.dispose();
    }
    const causes = serverLog('unexpected error').map((line) => line.err?.message);
    expect(causes).toContain('Neo4j integer 9007199254740993 does not fit in a JavaScript number');
  });

  it('a raw Neo4j error (a type error in a statement)', async () => {
    const body = await post(
      `{ participant(id: "${mistyped}") { engagement(window: { from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z" }) { score } } }`,
    );
    expectMasked(body.errors, ['participant', 'engagement']);
    const causes = serverLog('internal error').map((line) => line.err?.message ?? '');
    expect(causes.some((cause) => /^Neo4j Neo\.ClientError\.Statement\.\w+: /.test(cause))).toBe(true);
  });
});

it('stops gracefully: open WebSockets are closed, the port is released, /readyz of the stopped app is gone', async () => {
  const second = await startTestApp();
  const socket = new WebSocket(second.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
  await new Promise((resolve) => socket.once('open', resolve));
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  await second.stop();
  // graphql-ws closes its sockets on dispose with 1001 "Going away": the server is going down.
  expect(await closed).toBe(1001);
  await expect(fetch(second.url.replace(/\/graphql$/, '/healthz'))).rejects.toThrow();
});
