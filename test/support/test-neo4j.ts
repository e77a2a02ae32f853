/**
 * The Neo4j the integration tests use. Unless NEO4J_URI is set, global setup starts a
 * throw-away server (own port, own temp data folder) and publishes its address through
 * these environment variables, which the test workers inherit.
 */
import type { Neo4jTarget } from '../../src/db/driver';

export const TEST_ENV = {
  uri: 'ECOGRAPH_TEST_NEO4J_URI',
  password: 'ECOGRAPH_TEST_NEO4J_PASSWORD',
  home: 'ECOGRAPH_TEST_NEO4J_HOME',
} as const;

export function testNeo4jTarget(): Neo4jTarget {
  const uri = process.env[TEST_ENV.uri] ?? process.env.NEO4J_URI;
  const password = process.env[TEST_ENV.password] ?? process.env.NEO4J_PASSWORD;
  if (!uri || password === undefined) {
    throw new Error('No test Neo4j: run the integration tests through jest (global setup starts one)');
  }
  return { uri, user: process.env.NEO4J_USER ?? 'neo4j', password };
}
