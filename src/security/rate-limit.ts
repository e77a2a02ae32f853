/**
 * Per-caller rate limits (rate-limiter-flexible), the same for HTTP requests and for operations
 * sent over graphql-ws: each authenticated caller (token subject or API key id) may run
 * RATE_LIMIT_PER_MINUTE operations a minute. Counted in memory per replica, or in Redis when
 * REDIS_URL is set, so every replica sees the same counts (each replica keeps an in-memory
 * limiter as insurance while Redis is unreachable).
 *
 * Failed authentications are limited per client address: after RATE_LIMIT_AUTH_FAILURES_PER_MINUTE
 * failures an address gets 429 for unknown credentials without them being checked, so guessing
 * is slowed to that many guesses a minute. Credentials that authenticated before ("known good",
 * remembered by a hash for a day) are still checked and admitted: the other people behind the
 * same address (an office NAT) keep working while one client there fails.
 */
import crypto from 'node:crypto';
import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type IRateLimiterOptions,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

/**
 * What a caller presented: the shape of src/auth's Credentials, not imported from there
 * (auth depends on config, which depends on this folder: test/unit/folders.test.ts).
 */
export interface PresentedCredentials {
  authorization?: string;
  apiKey?: string;
}

export interface RateLimits {
  perMinute: number;
  authFailuresPerMinute: number;
}

const WINDOW_SECONDS = 60;
/** How long a credential that authenticated stays admitted from an address that is blocked. */
const KNOWN_GOOD_SECONDS = 24 * 60 * 60;
/** A replica re-marks a credential known good in the store at most this often. */
const REMARK_MS = 10 * 60_000;
const KEY_PREFIX = 'ecograph:rate';

/** `extensions.code` of every rate-limit refusal, HTTP (429) and WebSocket alike. */
export const RATE_LIMITED = 'RATE_LIMITED';

export class CallerRateLimiter {
  private readonly operations: RateLimiterAbstract;
  private readonly failures: RateLimiterAbstract;
  private readonly knownGood: RateLimiterAbstract;
  private readonly recentlyMarked = new LRUCache<string, true>({ max: 10_000, ttl: REMARK_MS });

  private constructor(
    private readonly limits: RateLimits,
    limiter: (options: IRateLimiterOptions & { keyPrefix: string }) => RateLimiterAbstract,
    private readonly redis?: Redis,
  ) {
    this.operations = limiter({ keyPrefix: `${KEY_PREFIX}:ops`, points: limits.perMinute, duration: WINDOW_SECONDS });
    this.failures = limiter({
      keyPrefix: `${KEY_PREFIX}:auth-failures`,
      points: limits.authFailuresPerMinute,
      duration: WINDOW_SECONDS,
    });
    this.knownGood = limiter({ keyPrefix: `${KEY_PREFIX}:known`, points: 1, duration: KNOWN_GOOD_SECONDS });
  }

  /** In memory (one replica), or in Redis at `redisUrl` (shared by every replica using it). */
  static async create(
    limits: RateLimits,
    options: { redisUrl?: string; onError?: (error: unknown) => void } = {},
  ): Promise<CallerRateLimiter> {
    if (!options.redisUrl) return new CallerRateLimiter(limits, (settings) => new RateLimiterMemory(settings));
    const redis = new Redis(options.redisUrl, {
      lazyConnect: true,
      // Fail fast while Redis is away: the insurance limiter answers instead of requests waiting.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectionName: 'ecograph-rate-limits',
    });
    redis.on('error', (error: unknown) => options.onError?.(error));
    await redis.connect();
    return new CallerRateLimiter(
      limits,
      (settings) =>
        new RateLimiterRedis({ ...settings, storeClient: redis, insuranceLimiter: new RateLimiterMemory(settings) }),
      redis,
    );
  }

  /** Counts one operation of `caller`; throws RATE_LIMITED (HTTP 429) over the limit. */
  async consume(caller: string): Promise<void> {
    await this.operations.consume(caller).catch((rejection: unknown) => tooMany(rejection, 'operations'));
  }

  /**
   * Runs `verify` on `credentials` presented from `address`, within the failed-authentication
   * limit: throws RATE_LIMITED when the address is blocked and the credentials are not known
   * good, or when this failure is one too many; otherwise passes `verify`'s result or error on.
   */
  async authenticate<T>(address: string, credentials: PresentedCredentials, verify: () => Promise<T>): Promise<T> {
    const fingerprint = fingerprintOf(credentials);
    const failures = await this.failures.get(address);
    if (
      failures &&
      failures.consumedPoints >= this.limits.authFailuresPerMinute &&
      !(await this.isKnown(fingerprint))
    ) {
      tooMany(failures, 'failed authentications from this address');
    }
    let result: T;
    try {
      result = await verify();
    } catch (error) {
      await this.failures
        .consume(address)
        .catch((rejection: unknown) => tooMany(rejection, 'failed authentications from this address'));
      throw error;
    }
    await this.markKnown(fingerprint);
    return result;
  }

  async close(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }

  private async isKnown(fingerprint: string): Promise<boolean> {
    return this.recentlyMarked.has(fingerprint) || (await this.knownGood.get(fingerprint)) !== null;
  }

  private async markKnown(fingerprint: string): Promise<void> {
    if (this.recentlyMarked.has(fingerprint)) return;
    await this.knownGood.set(fingerprint, 1, KNOWN_GOOD_SECONDS);
    this.recentlyMarked.set(fingerprint, true);
  }
}

/** A hash of what the caller presented: credentials themselves are never stored. */
function fingerprintOf({ authorization, apiKey }: PresentedCredentials): string {
  return crypto
    .createHash('sha256')
    .update(`${authorization ?? ''}\n${apiKey ?? ''}`)
    .digest('base64url');
}

function tooMany(rejection: unknown, what: string): never {
  if (!(rejection instanceof RateLimiterRes)) throw rejection;
  const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
  throw new GraphQLError(`Too many ${what}: retry in ${retryAfter} s`, {
    extensions: {
      code: RATE_LIMITED,
      retryAfterSeconds: retryAfter,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) },
    },
  });
}

/** The same refusal for a WebSocket client: no HTTP status or headers. */
export function withoutHttp(error: GraphQLError): GraphQLError {
  const { http: _http, ...extensions } = error.extensions;
  return new GraphQLError(error.message, { extensions });
}
