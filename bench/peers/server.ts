/**
 * The peer of `npm run bench -- peers`: the Neo4j GraphQL Library on Apollo Server 5
 * (standalone, node:http), production mode, verifying the same HS256 bearer tokens as ecograph
 * (every operation requires one: `extend schema @authentication` in type-defs.graphql).
 *
 * Its own package (bench/peers/package.json, installed by the bench on demand): the root
 * project never depends on @neo4j/graphql, so this file is outside the root tsconfig.
 *
 * Env: PORT, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, JWT_SECRET. GraphQL at any path once the
 * schema is built.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
}

async function main(): Promise<void> {
  const driver = neo4j.driver(
    required('NEO4J_URI'),
    neo4j.auth.basic(required('NEO4J_USER'), required('NEO4J_PASSWORD')),
  );
  const typeDefs = fs.readFileSync(path.join(__dirname, 'type-defs.graphql'), 'utf8');
  const library = new Neo4jGraphQL({
    typeDefs,
    driver,
    features: { authorization: { key: required('JWT_SECRET') } },
  });
  const server = new ApolloServer({ schema: await library.getSchema(), introspection: false });
  await startStandaloneServer(server, {
    listen: { host: '127.0.0.1', port: Number(required('PORT')) },
    context: async ({ req }) => ({ token: req.headers.authorization }),
  });
  const stop = () => {
    void server
      .stop()
      .then(() => driver.close())
      .then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
