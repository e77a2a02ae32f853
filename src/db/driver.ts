/** Builds the one neo4j-driver instance, with timeouts short enough for an interactive API. */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config/config';

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
}

export function createDriver(target: Neo4jTarget, config: Config['neo4j']): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    // The driver's defaults (30 s connect, 60 s pool wait, 30 s retries) would hold a request
    // hostage when Neo4j is down; fail fast and let the client retry.
    connectionTimeout: config.connectionTimeoutMs,
    connectionAcquisitionTimeout: config.acquisitionTimeoutMs,
    maxTransactionRetryTime: config.maxRetryMs,
    maxConnectionPoolSize: config.maxPoolSize,
    disableLosslessIntegers: false,
    userAgent: 'ecograph',
  });
}

/** The target from the configuration; undefined when the local server should be used. */
export function configuredTarget(config: Config['neo4j']): Neo4jTarget | undefined {
  if (!config.uri || config.password === undefined) return undefined;
  return { uri: config.uri, user: config.user, password: config.password };
}
