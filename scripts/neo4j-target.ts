/**
 * Where the scripts' Neo4j is: NEO4J_URI when set (nothing is started), else the local
 * development server, started if it is not running yet.
 */
import type { Config } from '../src/config/config';
import { configuredTarget, type Neo4jTarget } from '../src/db/driver';
import { devInstance } from './local-instance';
import type { LocalNeo4j } from './neo4j/local-server';

export interface ResolvedTarget {
  target: Neo4jTarget;
  /** The local server, when this call started it (so the caller can stop it again). */
  startedHere?: LocalNeo4j;
}

export async function resolveNeo4j(config: Config, log?: (line: string) => void): Promise<ResolvedTarget> {
  const configured = configuredTarget(config.neo4j);
  if (configured) return { target: configured };
  const server = devInstance(config, log);
  const wasRunning = server.runningPid() !== undefined;
  const target = await server.start();
  return { target, startedHere: wasRunning ? undefined : server };
}
