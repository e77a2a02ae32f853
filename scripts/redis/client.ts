/**
 * A single-use ioredis connection for the local server's checks and stop, and for tests:
 * connects at once (or fails with the socket's error, e.g. ECONNREFUSED), never retries or
 * queues commands while disconnected, so a server that is not there is reported, not awaited.
 */
import { Redis } from 'ioredis';

export async function oneShotClient(port: number, host = '127.0.0.1', connectTimeoutMs = 1_000): Promise<Redis> {
  const client = new Redis({
    host,
    port,
    lazyConnect: true,
    connectTimeout: connectTimeoutMs,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  // ioredis rejects connect() with a bare "Connection is closed."; the socket's own error
  // (ECONNREFUSED, a timeout) comes as an 'error' event first and is what the caller gets.
  let failure: Error | undefined;
  client.on('error', (error: Error) => (failure ??= error));
  try {
    await client.connect();
  } catch (error) {
    release(client);
    throw failure ?? error;
  }
  return client;
}

/**
 * Closes the connection unless it has already ended (the server closed it, as after SHUTDOWN,
 * or it never opened): ioredis' disconnect() on an ended client keeps the process alive ~2 s.
 */
export function release(client: Redis): void {
  if (client.status !== 'end') client.disconnect();
}
