/**
 * Issue 12, class 7: a slow consumer disconnected with 4509 and a refused subscription both
 * leave a structured log line, read here from the output of a real API process (src/main.ts in
 * its own Node.js process, JSON logs on stdout). The slow consumer is a real WebSocket client
 * that stops reading: its kernel buffers fill, the server's writes to it stall, and its queue
 * (WS_MAX_QUEUED_RESULTS) overflows while writes keep coming.
 */
import { parse } from 'graphql';
import WebSocket from 'ws';
import { ParticipantCreateDocument } from '../generated/operations';
import { startApiProcess, type ApiProcess } from '../support/api-process';
import { authHeader } from '../support/auth';
import { freePort } from '../support/free-port';
import { mutateOk } from '../support/graphql-client';
import { uniqueMarker } from '../support/graph';
import { wsClient } from '../support/ws-client';

jest.setTimeout(180_000);

const MAX_QUEUED = 8;
const SUBSCRIPTIONS = 40;
let api: ApiProcess;

beforeAll(async () => {
  api = await startApiProcess(await freePort(), {
    WS_MAX_QUEUED_RESULTS: String(MAX_QUEUED),
    WS_MAX_SUBSCRIBES_PER_SECOND: '1000',
    RATE_LIMIT_PER_MINUTE: '1000000',
    LOG_LEVEL: 'info',
  });
});
afterAll(async () => {
  await api?.stop();
});

/** The API process's JSON log lines so far. */
function logLines(): Record<string, unknown>[] {
  return api.output
    .join('')
    .split('\n')
    .flatMap((line) => {
      try {
        const parsed: unknown = JSON.parse(line);
        return parsed && typeof parsed === 'object' ? [parsed as Record<string, unknown>] : [];
      } catch {
        return [];
      }
    });
}

async function logged(message: string, timeoutMs = 15_000): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const line = logLines().find((entry) => entry.msg === message);
    if (line) return line;
    if (Date.now() > deadline)
      throw new Error(`no "${message}" log line; output:\n${api.output.join('').slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it('logs a refused subscription with its codes and caller', async () => {
  const client = wsClient(api.url);
  try {
    // A field the schema does not have: refused by validation before any execution.
    const refused = client.subscribe(parse('subscription { noSuchField }'));
    const [error] = await refused.firstError();
    expect(error?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  } finally {
    await client.dispose();
  }
  const line = await logged('subscription refused');
  expect(line).toMatchObject({
    level: 40,
    codes: ['GRAPHQL_VALIDATION_FAILED'],
    caller: { id: 'test-admin', role: 'ADMIN' },
  });
  expect(String(line.message)).not.toHaveLength(0);
});

it('logs a slow consumer it disconnects with 4509', async () => {
  // Large results (aliases of one field) on many subscriptions: the buffers fill in a few dozen events.
  const fields = Array.from({ length: 25 }, (_, i) => `s${i}: summary`).join(' ');
  const query = `subscription { ecosystemEvents { eventId kind at version summary ${fields} } }`;
  const socket = new WebSocket(api.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  const acknowledged = new Promise<void>((resolve) =>
    socket.on('message', (data) => {
      if ((JSON.parse(String(data)) as { type: string }).type === 'connection_ack') resolve();
    }),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  socket.send(JSON.stringify({ type: 'connection_init', payload: await authHeader('ADMIN') }));
  await acknowledged;
  const firstResult = new Promise<void>((resolve) =>
    socket.on('message', (data) => {
      if ((JSON.parse(String(data)) as { type: string }).type === 'next') resolve();
    }),
  );
  for (let i = 0; i < SUBSCRIPTIONS; i++) {
    socket.send(JSON.stringify({ id: `slow-${i}`, type: 'subscribe', payload: { query } }));
  }
  const marker = uniqueMarker('Slow');
  const admin = await authHeader('ADMIN');
  const write = (i: number) =>
    mutateOk(
      api.url,
      ParticipantCreateDocument,
      { input: { name: `${marker} ${i}`, kind: 'STARTUP', sector: 'AI', region: 'Europe' } },
      admin,
    );
  // The subscriptions deliver; then the client stops reading (TCP flow control does the rest).
  await write(0);
  await firstResult;
  socket.pause();

  let writes = 1;
  const deadline = Date.now() + 120_000;
  while (!logLines().some((entry) => entry.msg === 'slow consumer disconnected')) {
    if (Date.now() > deadline) throw new Error(`no 4509 after ${writes} writes`);
    await Promise.all([write(writes), write(writes + 1)]);
    writes += 2;
  }
  const line = await logged('slow consumer disconnected');
  expect(line).toMatchObject({
    level: 40,
    code: 4509,
    maxQueuedResults: MAX_QUEUED,
    caller: { id: 'test-admin', role: 'ADMIN' },
    requestId: expect.any(String),
  });
  // The client reads again and finds the close the server sent: 4509 Slow consumer.
  socket.resume();
  expect(await closed).toBe(4509);
  process.stderr.write(`[websocket-logs] 4509 after ${writes} writes with ${SUBSCRIPTIONS} subscriptions\n`);
});
