/**
 * Every abuse limit of the configuration holds over both transports, HTTP and WebSocket. The
 * limits are enumerated from the loaded configuration (`config.limits` and
 * `config.api.rateLimits`): a new limit there fails this test until it has a probe here.
 * Each probe runs against its own app with that limit set small.
 */
import { getIntrospectionQuery } from 'graphql';
import type { App } from '../../src/app';
import { loadConfig } from '../../src/config/config';
import type { QueryLimits } from '../../src/security/query-limits';
import type { RateLimits } from '../../src/security/rate-limit';
import { CLOSE } from '../../src/server/live/close-codes';
import { bearer, codeOf, runOver, TRANSPORTS, type Transport } from '../support/limit-probes';
import { startTestApp } from '../support/test-app';

jest.setTimeout(120_000);

type LimitName = keyof QueryLimits | keyof RateLimits;

interface Probe {
  env: Record<string, string>;
  /** Exercises the limit over `transport` (a fresh app each time); fails unless it holds. */
  check(app: App, transport: Transport): Promise<void>;
}

/** A query-shaped limit: `under` runs, each of `over` is refused with `code`, on the given transport. */
function queryLimit(env: Record<string, string>, under: string[], over: string[], code: string): Probe {
  return {
    env,
    async check(app, transport) {
      const authorization = await bearer('limits-query');
      for (const query of under)
        expect([query, codeOf(await runOver(transport, app.url, query, authorization))]).toEqual([query, 'OK']);
      for (const query of over) {
        const outcome = await runOver(transport, app.url, query, authorization);
        expect([query, codeOf(outcome)]).toEqual([query, code]);
        expect(outcome.data ?? undefined).toBeUndefined();
        if (transport === 'http') expect(outcome.status).toBe(400);
      }
    },
  };
}

const nest = (levels: number, leaf: string, wrap: (inner: string) => string): string =>
  levels === 0 ? leaf : wrap(nest(levels - 1, leaf, wrap));

const PROBES = {
  maxTokens: queryLimit(
    { GRAPHQL_MAX_TOKENS: '100' },
    ['{ __typename }'],
    [`{ ${'__typename '.repeat(120)} }`],
    'GRAPHQL_PARSE_FAILED',
  ),
  maxDepth: queryLimit(
    { GRAPHQL_MAX_DEPTH: '4' },
    ['{ participants(first: 1) { nodes { id } } }'],
    [
      '{ participants(first: 1) { nodes { partnerships(first: 1) { nodes { parties(first: 1) { nodes { id } } } } } } }',
      // The same depth hidden in fragments.
      '{ participants(first: 1) { ...P } } fragment P on ParticipantConnection { nodes { partnerships(first: 1) { ...Q } } } fragment Q on PartnershipConnection { nodes { parties(first: 1) { nodes { id } } } }',
      // `__type` is data-depth like any field.
      `{ __type(name: "Query") { fields { type ${nest(6, '{ name }', (inner) => `{ ofType ${inner} }`)} } } }`,
    ],
    'DEPTH_LIMIT_EXCEEDED',
  ),
  // Introspection does not bypass depth: clients' standard query passes, anything deeper does not.
  maxIntrospectionDepth: queryLimit(
    { GRAPHQL_MAX_DEPTH: '4', GRAPHQL_INTROSPECTION: 'true' },
    [
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
        oneOf: true,
      }),
    ],
    [
      `{ __schema { types { fields { type ${nest(30, '{ name }', (inner) => `{ ofType ${inner} }`)} } } } }`,
      `{ __schema { queryType ${nest(20, '{ name }', (inner) => `{ name ofType ${inner} }`)} } }`,
    ],
    'DEPTH_LIMIT_EXCEEDED',
  ),
  maxAliases: queryLimit(
    { GRAPHQL_MAX_ALIASES: '2' },
    ['{ a: viewer { role } b: viewer { role } }'],
    [
      '{ a: viewer { role } b: viewer { role } c: viewer { role } }',
      '{ ...F ... on Query { c: viewer { role } } } fragment F on Query { a: viewer { role } b: viewer { role } }',
      '{ a: viewer { r: role s: role t: role } }',
    ],
    'ALIAS_LIMIT_EXCEEDED',
  ),
  maxDirectives: queryLimit(
    { GRAPHQL_MAX_DIRECTIVES: '3' },
    [
      '{ __typename @include(if: true) __typename @skip(if: false) ...F @include(if: true) } fragment F on Query { __typename }',
    ],
    [
      '{ __typename @include(if: true) __typename @skip(if: false) __typename @include(if: true) __typename @include(if: true) }',
      // The review's case: directives on repeated fragment spreads.
      `{ ${'...F @include(if: true) '.repeat(300)} } fragment F on Query { __typename }`,
      `{ ...F @include(if: true) ...F @include(if: true) } fragment F on Query { __typename @skip(if: false) }`,
      '{ ... on Query @include(if: true) { ... on Query @include(if: true) { ... on Query @include(if: true) { ... @include(if: true) { __typename } } } } }',
    ],
    'DIRECTIVE_LIMIT_EXCEEDED',
  ),
  maxCost: queryLimit(
    { GRAPHQL_MAX_COST: '500' },
    ['{ participants(first: 1) { totalCount } }'],
    ['{ participants(first: 100) { nodes { id name kind sector region } } }'],
    'COST_LIMIT_EXCEEDED',
  ),
  // One budget per caller whichever transport it uses: used up on one, refused on both.
  perMinute: {
    env: { RATE_LIMIT_PER_MINUTE: '3' },
    async check(app, transport) {
      const caller = await bearer(`limits-rate-${transport}`);
      for (let i = 0; i < 3; i += 1)
        expect(codeOf(await runOver(transport, app.url, '{ __typename }', caller))).toBe('OK');
      for (const over of TRANSPORTS) {
        const refused = await runOver(over, app.url, '{ __typename }', caller);
        expect([over, codeOf(refused)]).toEqual([over, 'RATE_LIMITED']);
        expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
        expect(refused.errors?.[0]?.message).toMatch(/Too many operations: retry in \d+ s/);
        if (over === 'http') expect(refused.status).toBe(429);
      }
      // Another caller has its own budget.
      expect(
        codeOf(await runOver(transport, app.url, '{ __typename }', await bearer(`limits-other-${transport}`))),
      ).toBe('OK');
    },
  },
  // Guessing from one address is slowed on both transports; credentials that worked go on working.
  authFailuresPerMinute: {
    env: { RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: '3' },
    async check(app, transport) {
      const colleague = await bearer(`limits-colleague-${transport}`);
      expect(codeOf(await runOver(transport, app.url, '{ __typename }', colleague))).toBe('OK');
      const failure = async (over: Transport, guess: string) => {
        const outcome = await runOver(over, app.url, '{ __typename }', `Bearer guess-${guess}`);
        return over === 'http' ? `${outcome.status} ${codeOf(outcome)}` : `close ${outcome.closeCode}`;
      };
      const refused = { http: '401 UNAUTHENTICATED', ws: `close ${CLOSE.unauthorized.code}` };
      const limited = { http: '429 RATE_LIMITED', ws: `close ${CLOSE.rateLimited.code}` };
      for (let i = 0; i < 3; i += 1) expect(await failure(transport, String(i))).toBe(refused[transport]);
      for (const over of TRANSPORTS) expect(await failure(over, `more-${over}`)).toBe(limited[over]);
      // A valid credential already used from this address is not locked out, on either transport.
      for (const over of TRANSPORTS) {
        expect([over, codeOf(await runOver(over, app.url, '{ __typename }', colleague))]).toEqual([over, 'OK']);
      }
    },
  },
} satisfies Record<LimitName, Probe>;

it('has a probe for every limit of the configuration', () => {
  const config = loadConfig({ AUTH_DEV: 'true' });
  expect(Object.keys(PROBES).sort()).toEqual(Object.keys({ ...config.limits, ...config.api.rateLimits }).sort());
});

describe.each(Object.entries(PROBES))('%s', (_name, probe: Probe) => {
  it.each(TRANSPORTS)('holds over %s', async (transport) => {
    const app = await startTestApp({ RATE_LIMIT_PER_MINUTE: '1000000', ...probe.env });
    try {
      await probe.check(app, transport);
    } finally {
      await app.stop();
    }
  });
});
