/** Transport-level behaviour: health endpoints, graphql-ws on the same path, graceful shutdown. */
import { createClient, type Client } from 'graphql-ws';
import { print } from 'graphql';
import WebSocket from 'ws';
import { authHeader } from '../support/auth';
import type { App } from '../../src/app';
import { ParticipantCreateDocument, ParticipantDocument } from '../generated/operations';
import { executeOk } from '../support/graphql-client';
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
  const created = await executeOk(app.url, ParticipantCreateDocument, {
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

it('masks internal errors and never leaks Cypher or stack traces', async () => {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await authHeader()) },
    body: JSON.stringify({ query: '{ participants(first: 5, after: "bm90LWEtY3Vyc29y") { totalCount } }' }),
  });
  const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
  expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  expect(JSON.stringify(body)).not.toMatch(/MATCH|stacktrace|at .*\.ts/);
});

it('stops gracefully: open WebSockets are closed, the port is released, /readyz of the stopped app is gone', async () => {
  const second = await startTestApp();
  const socket = new WebSocket(second.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
  await new Promise((resolve) => socket.once('open', resolve));
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  await second.stop();
  expect(await closed).toBeGreaterThanOrEqual(1000);
  await expect(fetch(second.url.replace(/\/graphql$/, '/healthz'))).rejects.toThrow();
});
