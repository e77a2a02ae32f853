/**
 * Per-caller rate limits (rate-limiter-flexible): each authenticated caller (token subject or
 * API key id) may run RATE_LIMIT_PER_MINUTE operations a minute; failed authentications are
 * limited per client address, so guessing credentials is slow too. In memory per replica
 * (the limit is per replica; docs/security.md).
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { GraphQLError } from 'graphql';

export interface RateLimits {
  perMinute: number;
  authFailuresPerMinute: number;
}

export class CallerRateLimiter {
  private readonly callers: RateLimiterMemory;
  private readonly failures: RateLimiterMemory;

  constructor(limits: RateLimits) {
    this.callers = new RateLimiterMemory({ points: limits.perMinute, duration: 60 });
    this.failures = new RateLimiterMemory({ points: limits.authFailuresPerMinute, duration: 60 });
  }

  /** Counts one operation of `caller`; throws RATE_LIMITED (HTTP 429) over the limit. */
  async consume(caller: string): Promise<void> {
    await this.callers.consume(caller).catch((rejection: unknown) => tooMany(rejection, 'operations'));
  }

  /** Counts one failed authentication from `address`; throws RATE_LIMITED over the limit. */
  async failedAuthentication(address: string): Promise<void> {
    await this.failures.consume(address).catch((rejection: unknown) => tooMany(rejection, 'failed authentications'));
  }

  /** Refuses (RATE_LIMITED) an address already over its failed-authentication limit. */
  async assertNotBlocked(address: string): Promise<void> {
    const state = await this.failures.get(address);
    if (state !== null && state.remainingPoints <= 0) tooMany(state, 'failed authentications');
  }
}

function tooMany(rejection: unknown, what: string): never {
  if (!(rejection instanceof RateLimiterRes)) throw rejection;
  const retryAfter = Math.ceil(rejection.msBeforeNext / 1000);
  throw new GraphQLError(`Too many ${what}: retry in ${retryAfter} s`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds: retryAfter,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) },
    },
  });
}
