/**
 * Every error answer of the HTTP pipeline is GraphQL-shaped JSON with `extensions.code`, in
 * every mode (NODE_ENV unset, test, production): never an HTML page, a stack or a file path.
 *
 * The body-parser error types are read from the installed body-parser and raw-body sources, so
 * a new type after an upgrade fails this test until it is listed here. Types a client can cause
 * are sent to the real API; the others (our pipeline never produces them: no `verify`, no
 * urlencoded parser, nothing reads the stream before the parser) go through the same handler.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import express from 'express';
import type { App } from '../../src/app';
import { createLogger } from '../../src/observability/logger';
import { httpErrorHandler } from '../../src/server/http-errors';
import { testToken } from '../support/auth';
import { startTestApp } from '../support/test-app';

jest.setTimeout(120_000);

const MAX_BODY = 2048;
const ROOT = path.resolve(__dirname, '..', '..');

/** `type` values body-parser and the raw-body it loads can give their errors. */
function bodyParserErrorTypes(): string[] {
  const expressDir = path.dirname(require.resolve('express/package.json', { paths: [ROOT] }));
  const bodyParserDir = path.dirname(require.resolve('body-parser/package.json', { paths: [expressDir] }));
  const rawBody = require.resolve('raw-body', { paths: [bodyParserDir] });
  const sources = [rawBody, ...listJs(path.join(bodyParserDir, 'lib')), path.join(bodyParserDir, 'index.js')];
  const types = new Set<string>();
  for (const file of sources) {
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/\btype\b[^'\n]*'([a-zA-Z]+(?:\.[a-zA-Z]+)+)'/g)) {
      types.add(match[1]);
    }
  }
  return [...types].sort();
}

function listJs(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? listJs(path.join(dir, entry.name))
        : entry.name.endsWith('.js')
          ? [path.join(dir, entry.name)]
          : [],
    );
}

interface Sent {
  headers?: Record<string, string>;
  body: string | Buffer;
}
interface TypeCase {
  status: number;
  code: string;
  /** Requests that make the real API raise this type; none when our pipeline cannot produce it. */
  requests: Sent[];
}

const json = { 'content-type': 'application/json' };
/** Every type the sources name, with what the client gets. */
const TYPES: Record<string, TypeCase> = {
  'entity.parse.failed': {
    status: 400,
    code: 'BAD_REQUEST',
    requests: [
      { headers: json, body: '{"query": ' },
      { headers: json, body: 'null' },
      { headers: json, body: '"{ __typename }"' },
      { headers: json, body: '42' },
    ],
  },
  'entity.too.large': {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    requests: [
      {
        headers: json,
        body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(4 * MAX_BODY) } }),
      },
      // Small on the wire, over the limit once inflated.
      {
        headers: { ...json, 'content-encoding': 'gzip' },
        body: zlib.gzipSync(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(8 * MAX_BODY) } })),
      },
    ],
  },
  'charset.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    requests: [
      { headers: { 'content-type': 'application/json; charset=klingon' }, body: '{"query":"{ __typename }"}' },
      { headers: { 'content-type': 'application/json; charset=iso-8859-1' }, body: '{"query":"{ __typename }"}' },
    ],
  },
  'encoding.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    requests: [{ headers: { ...json, 'content-encoding': 'compress' }, body: '{"query":"{ __typename }"}' }],
  },
  // The client is gone before an answer could reach it.
  'request.aborted': { status: 400, code: 'BAD_REQUEST', requests: [] },
  // Node's parser holds a body to its Content-Length.
  'request.size.invalid': { status: 400, code: 'BAD_REQUEST', requests: [] },
  // Nothing reads or decodes the request stream before the parser.
  'stream.encoding.set': { status: 500, code: 'INTERNAL_SERVER_ERROR', requests: [] },
  'stream.not.readable': { status: 500, code: 'INTERNAL_SERVER_ERROR', requests: [] },
  // No `verify` option, no urlencoded parser.
  'entity.verify.failed': { status: 403, code: 'FORBIDDEN', requests: [] },
  'parameters.too.many': { status: 413, code: 'PAYLOAD_TOO_LARGE', requests: [] },
  'querystring.parse.rangeError': { status: 400, code: 'BAD_REQUEST', requests: [] },
};

/** Other refusals of the pipeline that are not body-parser's: each must have the same shape. */
const OTHER_REQUESTS: { what: string; method?: string; path?: string; sent?: Sent; status: number; code: string }[] = [
  {
    what: 'a POST that is not JSON',
    sent: { headers: { 'content-type': 'text/plain', 'apollo-require-preflight': '1' }, body: '{ __typename }' },
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    what: 'a POST as a form',
    sent: { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' },
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    what: 'a POST without a content type',
    sent: { body: Buffer.from('{"query":"{ __typename }"}') },
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    what: 'corrupt gzip',
    sent: { headers: { ...json, 'content-encoding': 'gzip' }, body: Buffer.from('not gzip at all') },
    status: 400,
    code: 'BAD_REQUEST',
  },
  { what: 'an empty JSON object', sent: { headers: json, body: '{}' }, status: 400, code: 'BAD_REQUEST' },
  { what: 'a JSON array (a batch)', sent: { headers: json, body: '[]' }, status: 400, code: 'BAD_REQUEST' },
  {
    what: 'variables as a string',
    sent: { headers: json, body: '{"query":"{ __typename }","variables":"{}"}' },
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    what: 'PUT',
    method: 'PUT',
    sent: { headers: json, body: '{"query":"{ __typename }"}' },
    status: 405,
    code: 'BAD_REQUEST', // Apollo's own refusal
  },
  { what: 'an unknown path', path: '/nothing-here', status: 404, code: 'NOT_FOUND' },
  { what: 'a GET without a query', path: '/graphql', status: 400, code: 'BAD_REQUEST' },
];

/** The promised shape, and nothing internal. */
async function expectGraphQLShaped(response: Response, status: number, code: string): Promise<void> {
  const text = await response.text();
  expect({ status: response.status, text }).toEqual({ status, text: expect.any(String) });
  expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
  expectNoInternals(text);
  const body = JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] };
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0].extensions.code).toBe(code);
  expect(body.errors[0].message.length).toBeGreaterThan(5);
}

function expectNoInternals(text: string): void {
  expect(text).not.toMatch(/<html|<pre|<!doctype/i);
  expect(text).not.toMatch(/\bat .+:\d+:\d+/); // a stack frame
  expect(text).not.toContain(ROOT);
  expect(text).not.toMatch(/node_modules|\/src\/|\.ts\b/);
}

describe.each([
  ['NODE_ENV unset', { NODE_ENV: '' }],
  ['test', {}],
  ['production', { NODE_ENV: 'production', METRICS_TOKEN: 'metrics-token-0123456789' }],
])('in %s mode', (_mode, env: Record<string, string>) => {
  let app: App;
  let origin: string;
  beforeAll(async () => {
    app = await startTestApp({ ...env, GRAPHQL_MAX_BODY_BYTES: String(MAX_BODY) });
    origin = new URL(app.url).origin;
  });
  afterAll(async () => {
    await app?.stop();
  });

  const send = async (sent: Sent, method = 'POST', at = '/graphql') =>
    fetch(`${origin}${at}`, {
      method,
      headers: { authorization: `Bearer ${await testToken()}`, ...sent.headers },
      body: sent.body,
    });

  it.each(Object.entries(TYPES).filter(([, typeCase]) => typeCase.requests.length > 0))(
    'answers body-parser error %s as JSON with its code',
    async (_type, { status, code, requests }) => {
      for (const sent of requests) await expectGraphQLShaped(await send(sent), status, code);
    },
  );

  it.each(OTHER_REQUESTS)('answers $what with $status $code', async ({ method, path: at, sent, status, code }) => {
    const response = sent
      ? await send(sent, method, at)
      : await fetch(`${origin}${at}`, { method: method ?? 'GET', headers: { accept: 'application/json' } }); // a browser's page request gets the explorer
    await expectGraphQLShaped(response, status, code);
  });

  it('answers a malformed request line and oversized headers as JSON too', async () => {
    const raw = async (request: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = net.connect(app.port, '127.0.0.1', () => socket.end(request));
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk.toString()));
        socket.on('close', () => resolve(answer));
        socket.on('error', reject);
      });
    const malformed = await raw('THIS IS NOT HTTP\r\n\r\n');
    expect(malformed).toMatch(/^HTTP\/1\.1 400 /);
    expect(malformed).toMatch(/content-type: application\/json/i);
    expect(malformed).toContain('"code":"BAD_REQUEST"');
    const huge = await raw(`GET /graphql HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(huge).toMatch(/^HTTP\/1\.1 431 /);
    expect(huge).toContain('"code":"REQUEST_HEADER_FIELDS_TOO_LARGE"');
  });
});

describe('body-parser error types', () => {
  it('are exactly the ones listed here (a new one after an upgrade must be added)', () => {
    expect(bodyParserErrorTypes()).toEqual(Object.keys(TYPES).sort());
  });

  // The same handler the API mounts, in a bare Express app, for the types no request can cause.
  it.each(Object.entries(TYPES))(
    '%s reaching the handler is answered as JSON with its code',
    async (type, typeCase) => {
      const bare = express();
      bare.set('env', 'development'); // the mode that shows stacks with Express's own handler
      bare.post('/', (_req, _res, next) => {
        // A server error's own message may hold internals: it must not reach the client.
        const message = typeCase.status >= 500 ? `${type} at ${ROOT}/src/x.ts:1:2` : `refused: ${type}`;
        next(Object.assign(new Error(message), { status: typeCase.status, type, expose: typeCase.status < 500 }));
      });
      bare.use(httpErrorHandler({ logger: createLogger({ level: 'silent' }), maxBodyBytes: MAX_BODY }));
      const server = bare.listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      try {
        const { port } = server.address() as net.AddressInfo;
        const response = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST' });
        await expectGraphQLShaped(response, typeCase.status, typeCase.code);
      } finally {
        server.close();
      }
    },
  );
});
