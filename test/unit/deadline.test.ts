/**
 * The request deadline against a Neo4j that is not there: nothing listening (connections
 * refused, the driver retries) and a server that accepts connections but never answers (the
 * driver waits for its connection timeout). No real database is needed for either.
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Neo4jError, type Driver } from 'neo4j-driver';
import { ConfigError, loadConfig } from '../../src/config/config';
import { AppError, DeadlineExceededError, ServiceUnavailableError } from '../../src/core/errors';
import { createDriver } from '../../src/db/driver';
import { Gateway, mapNeo4jError } from '../../src/db/gateway';
import { freePort } from '../support/free-port';

const neo4jConfig = loadConfig({ NEO4J_MAX_RETRY_MS: '3000' }).neo4j;
const DEADLINE_MS = 800;
/** Timer and scheduling slack on a busy 2-core machine. */
const SLACK_MS = 700;

async function failure(work: () => Promise<unknown>): Promise<{ error: AppError; elapsedMs: number }> {
  const start = performance.now();
  try {
    await work();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { error, elapsedMs: performance.now() - start };
  }
  throw new Error('expected the call to fail');
}

function gatewayOn(driver: Driver): Gateway {
  return new Gateway(driver, { database: 'neo4j', queryTimeoutMs: neo4jConfig.queryTimeoutMs });
}

describe('request deadline', () => {
  it('is configured by REQUEST_DEADLINE_MS, 10 s by default', () => {
    expect(loadConfig({}).request.deadlineMs).toBe(10_000);
    expect(loadConfig({ REQUEST_DEADLINE_MS: '2500' }).request.deadlineMs).toBe(2_500);
    expect(() => loadConfig({ REQUEST_DEADLINE_MS: '5' })).toThrow(ConfigError);
  });

  it('maps a server-side transaction timeout to DEADLINE_EXCEEDED', () => {
    const timedOut = new Neo4jError(
      'The transaction has not completed within the timeout specified at its start by the client.',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      '25N06',
      'error: transaction rollback',
    );
    const mapped = mapNeo4jError(timedOut);
    expect(mapped).toBeInstanceOf(DeadlineExceededError);
    expect((mapped as AppError).code).toBe('DEADLINE_EXCEEDED');
  });

  describe('with nothing listening on the Bolt port', () => {
    let driver: Driver;
    beforeAll(async () => {
      driver = createDriver({ uri: `bolt://127.0.0.1:${await freePort()}`, user: 'neo4j', password: 'x' }, neo4jConfig);
    });
    afterAll(() => driver.close());

    it('answers SERVICE_UNAVAILABLE at the deadline instead of after the driver retries', async () => {
      const bounded = gatewayOn(driver).withDeadline(Date.now() + DEADLINE_MS);
      const { error, elapsedMs } = await failure(() => bounded.readRows({ cypher: 'RETURN 1', params: {} }));
      expect(error.code).toBe('SERVICE_UNAVAILABLE');
      expect(elapsedMs).toBeGreaterThanOrEqual(DEADLINE_MS - 50);
      expect(elapsedMs).toBeLessThan(DEADLINE_MS + SLACK_MS);
    });

    it('without a deadline fails only when the driver gives up retrying (NEO4J_MAX_RETRY_MS)', async () => {
      const { error, elapsedMs } = await failure(() => gatewayOn(driver).readRows({ cypher: 'RETURN 1', params: {} }));
      expect(error).toBeInstanceOf(ServiceUnavailableError);
      expect(elapsedMs).toBeGreaterThan(neo4jConfig.maxRetryMs);
    });

    it('fails at once with DEADLINE_EXCEEDED once the deadline has passed', async () => {
      const expired = gatewayOn(driver).withDeadline(Date.now() - 1);
      const { error, elapsedMs } = await failure(() => expired.writeRows({ cypher: 'RETURN 1', params: {} }));
      expect(error.code).toBe('DEADLINE_EXCEEDED');
      expect(elapsedMs).toBeLessThan(100);
    });
  });

  describe('with a server that accepts connections and never answers', () => {
    let server: net.Server;
    const sockets = new Set<net.Socket>();
    let driver: Driver;
    beforeAll(async () => {
      server = net.createServer((socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      driver = createDriver({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'x' }, neo4jConfig);
    });
    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      // Let the driver see its connections close first: a still-pending acquisition would keep
      // the process alive after the tests.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await driver.close();
      await new Promise((resolve) => server.close(resolve));
    });

    it('answers SERVICE_UNAVAILABLE at the deadline, well before the driver gives up waiting for a connection', async () => {
      expect(neo4jConfig.acquisitionTimeoutMs).toBeGreaterThan(DEADLINE_MS + SLACK_MS);
      const bounded = gatewayOn(driver).withDeadline(Date.now() + DEADLINE_MS);
      const { error, elapsedMs } = await failure(() =>
        bounded.write((tx) => tx.run({ cypher: 'RETURN 1', params: {} })),
      );
      expect(error.code).toBe('SERVICE_UNAVAILABLE');
      expect(elapsedMs).toBeGreaterThanOrEqual(DEADLINE_MS - 50);
      expect(elapsedMs).toBeLessThan(DEADLINE_MS + SLACK_MS);
    });
  });
});
