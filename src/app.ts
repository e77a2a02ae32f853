/**
 * Composition root: driver → gateway → migrations → schema → HTTP + WebSocket server.
 * Used by `npm run serve` (src/main.ts), `npm start` (scripts/start.ts) and the tests.
 */
import type { Driver } from 'neo4j-driver';
import type { Config } from './config/config';
import { createDriver, type Neo4jTarget } from './db/driver';
import { Gateway } from './db/gateway';
import { migrate } from './db/migrations';
import type { Logger } from './logging/logger';
import { buildEcographSchema } from './schema/build-schema';
import { startServer } from './server/server';

export interface App {
  url: string;
  port: number;
  driver: Driver;
  gateway: Gateway;
  /** Drains clients, then closes the driver. Safe to call twice. */
  stop(): Promise<void>;
}

export function createGateway(driver: Driver, config: Config['neo4j']): Gateway {
  return new Gateway(driver, { database: config.database, queryTimeoutMs: config.queryTimeoutMs });
}

export async function startApp(options: { config: Config; target: Neo4jTarget; logger: Logger }): Promise<App> {
  const { config, target, logger } = options;
  const driver = createDriver(target, config.neo4j);
  try {
    const gateway = createGateway(driver, config.neo4j);
    await migrate(gateway, (line) => logger.info(line));
    const server = await startServer({ config, schema: await buildEcographSchema(), gateway, logger });
    let stopping: Promise<void> | undefined;
    return {
      url: server.url,
      port: server.port,
      driver,
      gateway,
      stop: () => {
        stopping ??= server.stop().finally(() => driver.close());
        return stopping;
      },
    };
  } catch (error) {
    await driver.close();
    throw error;
  }
}
