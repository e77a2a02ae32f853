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

// Short driver limits, so each test can measure the call without a deadline as its baseline.
const neo4jConfig = loadConfig({
  NEO4J_MAX_RETRY_MS: '3000',
  NEO4J_ACQUISITION_TIMEOUT_MS: '3000',
  NEO4J_CONNECTION_TIMEOUT_MS: '3000',
}).neo4j;
const DEADLINE_MS = 800;
/**
 * A call bounded by the deadline must end well before the same call without one, measured in
 * the same test on the same (possibly busy) machine: no fixed wall-clock bound. Without the
 * deadline each call takes ≥ 3 s; with it ~0.8 s; a deadline that did not work gives ~1.
 */
const AT_MOST_OF_UNBOUNDED = 0.6;
/** Timers never fire early, but Date.now() (the deadline) and performance.now() may differ by a tick. */
const CLOCK_TICK_MS = 50;

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

    it('answers SERVICE_UNAVAILABLE at the deadline instead of after the driver retries (NEO4J_MAX_RETRY_MS)', async () => {
      const statement = { cypher: 'RETURN 1', params: {} };
      const unbounded = await failure(() => gatewayOn(driver).readRows(statement));
      expect(unbounded.error).toBeInstanceOf(ServiceUnavailableError);
      expect(unbounded.elapsedMs).toBeGreaterThan(neo4jConfig.maxRetryMs);

      const bounded = gatewayOn(driver).withDeadline(Date.now() + DEADLINE_MS);
      const { error, elapsedMs } = await failure(() => bounded.readRows(statement));
      expect(error.code).toBe('SERVICE_UNAVAILABLE');
      expect(elapsedMs).toBeGreaterThanOrEqual(DEADLINE_MS - CLOCK_TICK_MS);
      expect(elapsedMs).toBeLessThan(AT_MOST_OF_UNBOUNDED * unbounded.elapsedMs);
    });
  });

  describe('with a server that accepts connections and never answers', () => {
    let server: net.Server;
    const sockets = new Set<net.Socket>();
    /** Connections the server accepted so far. */
    let connections = 0;
    let driver: Driver;
    beforeAll(async () => {
      server = net.createServer((socket) => {
        connections++;
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
      const work = (gateway: Gateway) => () => gateway.write((tx) => tx.run({ cypher: 'RETURN 1', params: {} }));
      const unbounded = await failure(work(gatewayOn(driver)));
      expect(unbounded.error).toBeInstanceOf(ServiceUnavailableError);
      expect(unbounded.elapsedMs).toBeGreaterThan(neo4jConfig.acquisitionTimeoutMs - CLOCK_TICK_MS);

      const { error, elapsedMs } = await failure(work(gatewayOn(driver).withDeadline(Date.now() + DEADLINE_MS)));
      expect(error.code).toBe('SERVICE_UNAVAILABLE');
      expect(elapsedMs).toBeGreaterThanOrEqual(DEADLINE_MS - CLOCK_TICK_MS);
      expect(elapsedMs).toBeLessThan(AT_MOST_OF_UNBOUNDED * unbounded.elapsedMs);
    });

    it('fails at once with DEADLINE_EXCEEDED once the deadline has passed: no connection is even opened', async () => {
      const opened = connections;
      const bounded = await failure(() =>
        gatewayOn(driver)
          .withDeadline(Date.now() + DEADLINE_MS)
          .writeRows({ cypher: 'RETURN 1', params: {} }),
      );
      const afterBounded = connections;
      expect(afterBounded).toBeGreaterThan(opened); // given time, the driver does connect
      const expired = await failure(() =>
        gatewayOn(driver)
          .withDeadline(Date.now() - 1)
          .writeRows({ cypher: 'RETURN 1', params: {} }),
      );
      expect(expired.error.code).toBe('DEADLINE_EXCEEDED');
      expect(connections).toBe(afterBounded);
      // "At once": far quicker than the same call given the time to try (measured just before).
      expect(expired.elapsedMs).toBeLessThan(bounded.elapsedMs / 4);
    });
  });
});
