/**
 * The client side of the subscriptions benchmark, run as a child process so that opening and
 * parsing for 1,000 clients does not run on the API's event loop (bench/subscriptions.bench.ts
 * forks it). The parent drives it over IPC: open N clients (graphql-ws, or bare `ws`), collect
 * receipt times, close. A receipt is stamped when the message reaches the application callback,
 * parsed: graphql-ws's `next` sink, or the bare socket's `message` handler after JSON.parse.
 */
import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { testToken } from '../test/support/auth';

export type ClientCommand =
  | { op: 'clock'; sent: number }
  | {
      op: 'open';
      transport: 'graphql-ws' | 'bare';
      url: string;
      count: number;
      query?: string;
      /** Role of the subscribers' tokens (each client signs its own subject). */
      role?: 'VIEWER';
    }
  | { op: 'count' }
  | { op: 'collect' }
  | { op: 'close' };

export type ClientReply =
  | { op: 'clock'; sent: number; child: number }
  | { op: 'opened'; count: number }
  | { op: 'count'; receipts: number; errors: string[] }
  | {
      op: 'collect';
      /** Receipt instants (child clock, ms since the epoch) per interaction id. */
      receipts: Record<string, number[]>;
      /** Size of one received message as the server framed it (JSON text, bytes). */
      messageBytes: number;
      errors: string[];
    }
  | { op: 'closed' };

/** High-resolution wall-clock milliseconds, comparable across processes on one machine. */
export const now = (): number => performance.timeOrigin + performance.now();

/** Opened per batch: 1,000 simultaneous handshakes would overflow the listen backlog (511). */
const OPEN_BATCH = 50;

/** Stands for graphql-ws's subscription id (a UUID) when sizing the server's `next` frame. */
const FRAME_ID = '00000000-0000-4000-8000-000000000000';

interface Engagement {
  engagementUpdated: { interactionId: string };
}

class Clients {
  private receipts = new Map<string, number[]>();
  private count = 0;
  private messageBytes = 0;
  private errors: string[] = [];
  private closers: (() => Promise<void>)[] = [];

  private receive(key: string, at: number, bytes: number): void {
    let times = this.receipts.get(key);
    if (!times) this.receipts.set(key, (times = []));
    times.push(at);
    this.count += 1;
    this.messageBytes ||= bytes;
  }

  private fail(error: unknown): void {
    if (this.errors.length < 20) this.errors.push(error instanceof Error ? error.message : JSON.stringify(error));
  }

  async openGraphqlWs(url: string, query: string, index: number): Promise<void> {
    const token = await testToken('VIEWER', `bench-viewer-${index}`);
    let client: Client | undefined;
    let disposing = false;
    const connected = new Promise<void>((resolve, reject) => {
      client = createClient({
        url,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
        on: {
          connected: () => resolve(),
          closed: (event) => {
            const { code, reason } = event as { code?: number; reason?: string };
            if (!disposing) this.fail(new Error(`closed by the server: ${code} ${reason}`));
            reject(new Error(`closed: ${code} ${reason}`));
          },
        },
      });
    });
    const opened = client as unknown as Client;
    opened.subscribe<Engagement>(
      { query },
      {
        next: (result) => {
          const at = now();
          const key = result.data?.engagementUpdated.interactionId;
          if (!key) return this.fail(result.errors ?? 'no data');
          this.receive(key, at, Buffer.byteLength(JSON.stringify({ id: FRAME_ID, type: 'next', payload: result })));
        },
        error: (error) => this.fail(error),
        complete: () => undefined,
      },
    );
    await connected;
    this.closers.push(async () => {
      disposing = true;
      await opened.dispose();
    });
  }

  async openBare(url: string): Promise<void> {
    const socket = new WebSocket(url);
    socket.on('message', (data: Buffer) => {
      const text = data.toString();
      const message = JSON.parse(text) as { payload: { data: Engagement } };
      this.receive(message.payload.data.engagementUpdated.interactionId, now(), data.length);
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    this.closers.push(
      () =>
        new Promise<void>((resolve) => {
          socket.once('close', () => resolve());
          socket.close();
        }),
    );
  }

  async open(command: Extract<ClientCommand, { op: 'open' }>): Promise<number> {
    for (let start = 0; start < command.count; start += OPEN_BATCH) {
      const batch = Array.from({ length: Math.min(OPEN_BATCH, command.count - start) }, (_, i) =>
        command.transport === 'bare'
          ? this.openBare(command.url)
          : this.openGraphqlWs(command.url, command.query as string, start + i),
      );
      const results = await Promise.allSettled(batch);
      for (const result of results) if (result.status === 'rejected') this.fail(result.reason);
    }
    return this.closers.length;
  }

  collect(): Extract<ClientReply, { op: 'collect' }> {
    const reply = {
      op: 'collect' as const,
      receipts: Object.fromEntries(this.receipts),
      messageBytes: this.messageBytes,
      errors: this.errors,
    };
    this.receipts = new Map();
    this.count = 0;
    this.errors = [];
    return reply;
  }

  counted(): Extract<ClientReply, { op: 'count' }> {
    return { op: 'count', receipts: this.count, errors: this.errors };
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.closers.map((close) => close()));
    this.closers = [];
    this.receipts = new Map();
    this.count = 0;
    this.messageBytes = 0;
  }
}

async function handle(clients: Clients, command: ClientCommand): Promise<ClientReply> {
  switch (command.op) {
    case 'clock':
      return { op: 'clock', sent: command.sent, child: now() };
    case 'open':
      return { op: 'opened', count: await clients.open(command) };
    case 'count':
      return clients.counted();
    case 'collect':
      return clients.collect();
    case 'close':
      await clients.close();
      return { op: 'closed' };
  }
}

if (process.send) {
  const clients = new Clients();
  process.on('message', (command: ClientCommand) => {
    handle(clients, command)
      .then((reply) => process.send?.(reply))
      .catch((error: unknown) => {
        console.error(error);
        process.exit(1);
      });
  });
  // The parent went away: do not linger.
  process.on('disconnect', () => process.exit(0));
}
