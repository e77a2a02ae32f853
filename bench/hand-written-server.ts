/**
 * The baseline of `npm run bench -- peers`: bare node:http and neo4j-driver, one hand-written
 * Cypher statement per request (bench/peers-queries.ts), no GraphQL, no auth, no limits. What
 * the same answers cost with nothing but the statement and JSON in between.
 *
 * POST / with {"op": name, "params": {...}} → {"rows": [...]}. Env: PORT, NEO4J_URI,
 * NEO4J_USER, NEO4J_PASSWORD.
 */
import http from 'node:http';
import neo4j from 'neo4j-driver';
import { HAND_WRITTEN_CYPHER } from './peers-queries';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
}

/** JSON numbers that are integers go to Neo4j as integers (LIMIT needs one). */
function toParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Number.isInteger(value) ? neo4j.int(value as number) : value]),
  );
}

const driver = neo4j.driver(
  required('NEO4J_URI'),
  neo4j.auth.basic(required('NEO4J_USER'), required('NEO4J_PASSWORD')),
  {
    disableLosslessIntegers: true,
  },
);

async function answer(body: string): Promise<unknown[]> {
  const { op, params } = JSON.parse(body) as { op: string; params: Record<string, unknown> };
  const statement = HAND_WRITTEN_CYPHER[op];
  if (!statement) throw new Error(`unknown op "${op}"`);
  const result = await driver.executeQuery(statement.cypher, toParams(params ?? {}), {
    routing: statement.write ? neo4j.routing.WRITE : neo4j.routing.READ,
  });
  return result.records.map((record) => record.toObject());
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    answer(Buffer.concat(chunks).toString('utf8')).then(
      (rows) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ rows }));
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
      },
    );
  });
});

server.listen(Number(required('PORT')), '127.0.0.1');
const stop = () => {
  server.close(() => void driver.close().then(() => process.exit(0)));
  server.closeAllConnections();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
