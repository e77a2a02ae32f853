/**
 * The one place environment variables are read. Everything is validated at start-up and all
 * problems are reported together, one line each, naming the variable and what to fix.
 */
import { BlockList, isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import type { QueryLimits } from '../security/query-limits';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

const int = (min: number, max: number) =>
  z.coerce
    .number({ message: 'must be a whole number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);
const memorySize = z.string().regex(/^\d+[kmg]$/i, 'must be a size such as 512m or 2g');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: int(0, 65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHUTDOWN_GRACE_MS: int(0, 600_000).default(10_000),

  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a Bolt URI such as neo4j://host:7687 or bolt://127.0.0.1:7687')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  /** Per-transaction timeout sent to the server; a request never waits longer on one query. */
  NEO4J_QUERY_TIMEOUT_MS: int(100, 600_000).default(15_000),
  NEO4J_CONNECTION_TIMEOUT_MS: int(100, 120_000).default(5_000),
  NEO4J_ACQUISITION_TIMEOUT_MS: int(100, 120_000).default(5_000),
  /** Upper bound on the driver's retries of a managed transaction (its default is 30 s). */
  NEO4J_MAX_RETRY_MS: int(0, 120_000).default(5_000),
  NEO4J_MAX_POOL_SIZE: int(1, 1000).default(50),
  /**
   * Background work (KPI recomputations and the graph-version reads that trigger them) runs at
   * most this many transactions at once, and never more than BACKGROUND_MAX_POOL_SHARE of the
   * pool: requests keep the rest of the connections however slow the database gets.
   */
  BACKGROUND_MAX_TRANSACTIONS: int(1, 100).default(4),
  BACKGROUND_MAX_POOL_SHARE: z.coerce
    .number({ message: 'must be a number' })
    .gt(0, 'must be more than 0')
    .max(0.5, 'must be at most 0.5 (requests need the larger part of the pool)')
    .default(0.25),

  /** Local server started by the project's scripts when NEO4J_URI is not set. */
  ECOGRAPH_HOME: z.string().min(1).default(path.join(REPO_ROOT, '.ecograph')),
  /** The explorer's build (web/), served at `/` (src/server/web-app.ts). */
  WEB_DIST_DIR: z
    .string()
    .min(1)
    .default(path.join(REPO_ROOT, 'web', 'dist')),
  NEO4J_BOLT_PORT: int(1, 65535).default(7687),
  NEO4J_HEAP: memorySize.default('4g'),
  NEO4J_PAGECACHE: memorySize.default('4g'),

  /** Lets a request ask for `extensions.roundTrips` (header x-ecograph-round-trips: 1). */
  DEBUG_ROUND_TRIPS: z.enum(['true', 'false']).default('false'),

  /** Analytics: which engine computes the structural KPIs (auto = the one measured cheaper for the graph). */
  ANALYTICS_ENGINE: z.enum(['auto', 'gds', 'graphology']).default('auto'),
  /**
   * With ANALYTICS_ENGINE=auto: participants from which GDS computes the KPIs (when the server
   * has it), up to the exact-betweenness threshold; the in-process engine otherwise. Unset:
   * the measured crossover (AUTO_GDS_FROM_PARTICIPANTS in src/kpi/definitions.ts, docs/kpis.md
   * "Which engine").
   */
  ANALYTICS_AUTO_GDS_FROM_PARTICIPANTS: int(1, 1_000_000_000).optional(),
  /** Quiet time after the last write before KPIs are recomputed in the background. */
  KPI_DEBOUNCE_MS: int(0, 600_000).default(2_000),
  /** Compute the KPIs in the background at start, so no request waits for the first computation. */
  KPI_WARM_ON_START: z.enum(['true', 'false']).default('true'),
  /**
   * After a write, bring degrees, counts, density and components to the new version at once
   * (one graph load, linear work) while the global KPIs wait for the debounced recomputation.
   */
  KPI_INCREMENTAL: z.enum(['true', 'false']).default('true'),
  /**
   * Run the in-process engine in a worker thread, so request latency does not depend on a KPI
   * computation (docs/kpis.md, "The analytics worker"); false: on the API's own thread.
   */
  ANALYTICS_WORKER: z.enum(['true', 'false']).default('true'),
  /** Transaction timeout for whole-graph analytics statements (not request-bound). */
  ANALYTICS_QUERY_TIMEOUT_MS: int(1_000, 3_600_000).default(600_000),

  /** Per-operation limits, HTTP and WebSocket alike (docs/security.md). */
  GRAPHQL_MAX_TOKENS: int(100, 1_000_000).default(5_000),
  GRAPHQL_MAX_DEPTH: int(2, 100).default(12),
  /** Depth of a document that asks for `__schema`, introspection included (the standard query needs 21). */
  GRAPHQL_MAX_INTROSPECTION_DEPTH: int(2, 100).default(21),
  GRAPHQL_MAX_ALIASES: int(0, 1_000).default(30),
  GRAPHQL_MAX_DIRECTIVES: int(0, 1_000).default(30),
  GRAPHQL_MAX_COST: int(10, 100_000_000).default(50_000),

  /**
   * Operations per caller per minute (HTTP and WebSocket), and failed authentications per client
   * address per minute. Shared through Redis across replicas when REDIS_URL is set.
   */
  RATE_LIMIT_PER_MINUTE: int(1, 1_000_000).default(1_200),
  RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: int(1, 10_000).default(30),
  /** Largest accepted HTTP request body. */
  GRAPHQL_MAX_BODY_BYTES: int(1_024, 100 * 1024 * 1024).default(1024 * 1024),
  /** Schema introspection and the Apollo explorer page: default on, except in production. */
  GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).optional(),
  GRAPHQL_EXPLORER: z.enum(['true', 'false']).optional(),

  /** WebSocket subscriptions (docs/subscriptions.md). */
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: int(1, 10_000).default(50),
  WS_MAX_SUBSCRIBES_PER_SECOND: int(1, 10_000).default(20),
  /** Results queued for one slow subscriber before its connection is closed (4509). */
  WS_MAX_QUEUED_RESULTS: int(1, 100_000).default(256),
  WS_KEEPALIVE_MS: int(1_000, 600_000).default(15_000),
  /**
   * The outbox (docs/subscriptions.md): every replica's relay also reads new entries this
   * often, so events reach it without Redis (outage, a replica killed after its commit).
   */
  OUTBOX_POLL_MS: int(50, 60_000).default(1_000),
  /**
   * The resume window (`after:` on subscriptions): how far back the server replays. Outbox
   * entries are history and are never deleted; past the window a resume is refused (reload).
   */
  OUTBOX_RESUME_MAX_EVENTS: int(1, 100_000_000).default(100_000),
  OUTBOX_RESUME_MAX_AGE_HOURS: int(1, 87_600).default(168),
  /** Test and maintenance hook: the relay of this replica publishes nothing (other replicas still read the outbox). */
  OUTBOX_RELAY_PAUSED: z.enum(['true', 'false']).default('false'),
  /** Events go through Redis pub/sub, so every replica's subscribers get them; rate limits are counted there too. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, 'must be a Redis URL such as redis://127.0.0.1:6379')
    .optional(),

  /** Authentication (docs/security.md). Dev mode: a generated secret and an ADMIN token printed at start. */
  AUTH_DEV: z.enum(['true', 'false']).default('false'),
  /** HS256 shared secret for Bearer JWTs. */
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters (256 bits)').optional(),
  /** A JWKS (JSON Web Key Set) file or URL for asymmetric JWTs (RS256, ES256, EdDSA …). */
  AUTH_JWKS_FILE: z.string().min(1).optional(),
  AUTH_JWKS_URL: z.url('must be a URL').optional(),
  AUTH_JWT_ISSUER: z.string().min(1).default('ecograph'),
  AUTH_JWT_AUDIENCE: z.string().min(1).default('ecograph-api'),
  /** The claim holding the role (ADMIN, MANAGER, ANALYST, VIEWER). */
  AUTH_ROLE_CLAIM: z.string().min(1).default('role'),
  /** What ANALYST and VIEWER see of analytics: FULL (names included) or AGGREGATE (numbers only). */
  DISCLOSURE_ANALYST: z.enum(['FULL', 'AGGREGATE']).default('FULL'),
  DISCLOSURE_VIEWER: z.enum(['FULL', 'AGGREGATE']).default('AGGREGATE'),
  /** JSON file of hashed API keys ([{ id, role, sha256 }]); `npm run auth:api-key` makes entries. */
  AUTH_API_KEYS_FILE: z.string().min(1).optional(),

  /** Demo data `npm start` seeds into an empty database. */
  SEED_SIZE: z.enum(['small', 'medium', 'large']).default('small'),
  SEED: int(0, 2 ** 31 - 1).default(42),

  /** Observability (docs/observability.md): Prometheus metrics at `/metrics` on the API's port. */
  METRICS_ENABLED: z.enum(['true', 'false']).default('true'),
  /** When set, `/metrics` answers only with `Authorization: Bearer <METRICS_TOKEN>`; required in production. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Distinct operation names given their own metric labels; later names are counted as `other`. */
  METRICS_MAX_OPERATION_NAMES: int(1, 10_000).default(200),

  /**
   * Resilience (docs/resilience.md): every database call of one GraphQL operation (HTTP, or a
   * query / mutation over WebSocket) ends by this deadline; its transactions get the time left
   * as their server-side timeout.
   */
  REQUEST_DEADLINE_MS: int(100, 600_000).default(10_000),
});

export type Env = z.infer<typeof schema>;

export interface Config {
  env: Env['NODE_ENV'];
  http: { host: string; port: number; shutdownGraceMs: number };
  log: { level: Env['LOG_LEVEL'] };
  debug: { roundTrips: boolean };
  analytics: {
    engine: Env['ANALYTICS_ENGINE'];
    /** `auto`: participants from which GDS computes; undefined = the measured crossover. */
    autoGdsFromParticipants?: number;
    debounceMs: number;
    queryTimeoutMs: number;
    warmOnStart: boolean;
    incremental: boolean;
    /** The in-process engine runs in a worker thread. */
    worker: boolean;
  };
  neo4j: {
    /** Unset: use the local server the project's scripts start. */
    uri?: string;
    user: string;
    password?: string;
    database: string;
    queryTimeoutMs: number;
    connectionTimeoutMs: number;
    acquisitionTimeoutMs: number;
    maxRetryMs: number;
    maxPoolSize: number;
  };
  background: {
    /** BACKGROUND_MAX_TRANSACTIONS, lowered to BACKGROUND_MAX_POOL_SHARE of the pool. */
    maxTransactions: number;
  };
  local: { home: string; boltPort: number; heap: string; pageCache: string };
  seed: { size: Env['SEED_SIZE']; seed: number };
  limits: QueryLimits;
  api: {
    rateLimits: { perMinute: number; authFailuresPerMinute: number };
    maxBodyBytes: number;
    introspection: boolean;
    explorer: boolean;
    /** Production: no "Did you mean …?" field suggestions in errors. */
    maskSuggestions: boolean;
  };
  websocket: {
    maxSubscriptionsPerConnection: number;
    maxSubscribesPerSecond: number;
    maxQueuedResults: number;
    keepAliveMs: number;
  };
  redis: { url?: string };
  outbox: { pollMs: number; resumeMaxEvents: number; resumeMaxAgeMs: number; relayPaused: boolean };
  web: { distDir: string };
  auth: {
    /** Explicit local-development mode: a generated secret unless AUTH_JWT_SECRET is set. */
    dev: boolean;
    jwt: {
      secret?: string;
      jwksFile?: string;
      jwksUrl?: string;
      issuer: string;
      audience: string;
      roleClaim: string;
    };
    apiKeysFile?: string;
    disclosure: { ANALYST: 'FULL' | 'AGGREGATE'; VIEWER: 'FULL' | 'AGGREGATE' };
  };
  observability: {
    metrics: { enabled: boolean; token?: string; maxOperationNames: number };
  };
  request: {
    /** Time budget of one operation, from its arrival (REQUEST_DEADLINE_MS). */
    deadlineMs: number;
  };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** True for `localhost`, 127.0.0.0/8 and ::1 (also in their IPv4-mapped IPv6 form). */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost') return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare)?.[1];
  const address = mapped ?? bare;
  const family = isIP(address);
  return family !== 0 && LOOPBACK.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Serving the API needs authentication configured (the database scripts do not): a JWT key
 * source, an API key file, or the explicit dev mode.
 */
export function requireAuthConfigured(config: Config): void {
  const { dev, jwt, apiKeysFile } = config.auth;
  if (dev || jwt.secret || jwt.jwksFile || jwt.jwksUrl || apiKeysFile) return;
  throw new ConfigError([
    'Authentication is not configured: set AUTH_JWT_SECRET, AUTH_JWKS_FILE or AUTH_JWKS_URL and/or AUTH_API_KEYS_FILE' +
      (config.env === 'production' ? '' : ', or AUTH_DEV=true for local development (`npm start` does this)'),
  ]);
}

/** The connections background work may hold: its share of the pool, rounded down. */
function backgroundShare(env: Pick<Env, 'NEO4J_MAX_POOL_SIZE' | 'BACKGROUND_MAX_POOL_SHARE'>): number {
  return Math.floor(env.NEO4J_MAX_POOL_SIZE * env.BACKGROUND_MAX_POOL_SHARE);
}

/** Parses and validates the environment; throws one ConfigError listing every problem. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "unset" (the usual `FOO= npm start` case).
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = schema.safeParse(cleaned);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const given = cleaned[name];
        return `${name} ${issue.message}${given !== undefined ? ` (got "${given}")` : ''}`;
      });
  // Cross-field rules, checked on the raw values so they are reported with the others.
  if (cleaned.NEO4J_URI && !cleaned.NEO4J_PASSWORD) {
    problems.push('NEO4J_PASSWORD is required when NEO4J_URI is set');
  }
  const jwtSources = ['AUTH_JWT_SECRET', 'AUTH_JWKS_FILE', 'AUTH_JWKS_URL'].filter((name) => cleaned[name]);
  if (jwtSources.length > 1) problems.push(`Set only one of ${jwtSources.join(', ')}`);
  if (cleaned.NODE_ENV === 'production' && cleaned.AUTH_DEV === 'true') {
    problems.push(
      'AUTH_DEV must not be true in production: configure AUTH_JWT_SECRET, AUTH_JWKS_* or AUTH_API_KEYS_FILE',
    );
  }
  // Metrics tell an outsider traffic, error rates and operation names: never open in production.
  if (cleaned.NODE_ENV === 'production' && cleaned.METRICS_ENABLED !== 'false' && !cleaned.METRICS_TOKEN) {
    problems.push(
      'METRICS_TOKEN is required in production while metrics are on: set METRICS_TOKEN (16+ characters, ' +
        'scrapers send "Authorization: Bearer <token>"), or METRICS_ENABLED=false',
    );
  }
  // Development defaults (introspection, the explorer page, field suggestions, dev tokens) are
  // for one person's machine: an unset NODE_ENV must not hand them to the network.
  if (cleaned.NODE_ENV === undefined && cleaned.HOST !== undefined && !isLoopbackHost(cleaned.HOST)) {
    problems.push(
      `NODE_ENV must be set when HOST is not a loopback address (got HOST "${cleaned.HOST}"): ` +
        'set NODE_ENV=production to serve the network, or NODE_ENV=development to keep the development defaults there on purpose',
    );
  }
  if (parsed.success && backgroundShare(parsed.data) < 1) {
    const { NEO4J_MAX_POOL_SIZE: pool, BACKGROUND_MAX_POOL_SHARE: share } = parsed.data;
    problems.push(
      `BACKGROUND_MAX_POOL_SHARE ${share} of NEO4J_MAX_POOL_SIZE ${pool} leaves no connection for background work ` +
        '(KPI recomputations): raise NEO4J_MAX_POOL_SIZE or BACKGROUND_MAX_POOL_SHARE',
    );
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const env = parsed.data;
  return {
    env: env.NODE_ENV,
    http: { host: env.HOST, port: env.PORT, shutdownGraceMs: env.SHUTDOWN_GRACE_MS },
    log: { level: env.LOG_LEVEL },
    debug: { roundTrips: env.DEBUG_ROUND_TRIPS === 'true' },
    analytics: {
      engine: env.ANALYTICS_ENGINE,
      autoGdsFromParticipants: env.ANALYTICS_AUTO_GDS_FROM_PARTICIPANTS,
      debounceMs: env.KPI_DEBOUNCE_MS,
      warmOnStart: env.KPI_WARM_ON_START === 'true',
      incremental: env.KPI_INCREMENTAL === 'true',
      worker: env.ANALYTICS_WORKER === 'true',
      queryTimeoutMs: env.ANALYTICS_QUERY_TIMEOUT_MS,
    },
    neo4j: {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
      queryTimeoutMs: env.NEO4J_QUERY_TIMEOUT_MS,
      connectionTimeoutMs: env.NEO4J_CONNECTION_TIMEOUT_MS,
      acquisitionTimeoutMs: env.NEO4J_ACQUISITION_TIMEOUT_MS,
      maxRetryMs: env.NEO4J_MAX_RETRY_MS,
      maxPoolSize: env.NEO4J_MAX_POOL_SIZE,
    },
    background: { maxTransactions: Math.min(env.BACKGROUND_MAX_TRANSACTIONS, backgroundShare(env)) },
    local: {
      home: env.ECOGRAPH_HOME,
      boltPort: env.NEO4J_BOLT_PORT,
      heap: env.NEO4J_HEAP,
      pageCache: env.NEO4J_PAGECACHE,
    },
    seed: { size: env.SEED_SIZE, seed: env.SEED },
    api: {
      rateLimits: {
        perMinute: env.RATE_LIMIT_PER_MINUTE,
        authFailuresPerMinute: env.RATE_LIMIT_AUTH_FAILURES_PER_MINUTE,
      },
      maxBodyBytes: env.GRAPHQL_MAX_BODY_BYTES,
      introspection: (env.GRAPHQL_INTROSPECTION ?? String(env.NODE_ENV !== 'production')) === 'true',
      explorer: (env.GRAPHQL_EXPLORER ?? String(env.NODE_ENV !== 'production')) === 'true',
      maskSuggestions: env.NODE_ENV === 'production',
    },
    limits: {
      maxTokens: env.GRAPHQL_MAX_TOKENS,
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxIntrospectionDepth: env.GRAPHQL_MAX_INTROSPECTION_DEPTH,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxDirectives: env.GRAPHQL_MAX_DIRECTIVES,
      maxCost: env.GRAPHQL_MAX_COST,
    },
    websocket: {
      maxSubscriptionsPerConnection: env.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
      maxSubscribesPerSecond: env.WS_MAX_SUBSCRIBES_PER_SECOND,
      maxQueuedResults: env.WS_MAX_QUEUED_RESULTS,
      keepAliveMs: env.WS_KEEPALIVE_MS,
    },
    redis: { url: env.REDIS_URL },
    outbox: {
      pollMs: env.OUTBOX_POLL_MS,
      resumeMaxEvents: env.OUTBOX_RESUME_MAX_EVENTS,
      resumeMaxAgeMs: env.OUTBOX_RESUME_MAX_AGE_HOURS * 3_600_000,
      relayPaused: env.OUTBOX_RELAY_PAUSED === 'true',
    },
    web: { distDir: env.WEB_DIST_DIR },
    auth: {
      dev: env.AUTH_DEV === 'true',
      jwt: {
        secret: env.AUTH_JWT_SECRET,
        jwksFile: env.AUTH_JWKS_FILE,
        jwksUrl: env.AUTH_JWKS_URL,
        issuer: env.AUTH_JWT_ISSUER,
        audience: env.AUTH_JWT_AUDIENCE,
        roleClaim: env.AUTH_ROLE_CLAIM,
      },
      apiKeysFile: env.AUTH_API_KEYS_FILE,
      disclosure: { ANALYST: env.DISCLOSURE_ANALYST, VIEWER: env.DISCLOSURE_VIEWER },
    },
    observability: {
      metrics: {
        enabled: env.METRICS_ENABLED === 'true',
        token: env.METRICS_TOKEN,
        maxOperationNames: env.METRICS_MAX_OPERATION_NAMES,
      },
    },
    request: { deadlineMs: env.REQUEST_DEADLINE_MS },
  };
}
