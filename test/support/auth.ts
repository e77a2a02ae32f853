/** Credentials for tests: the test API verifies HS256 tokens signed with this secret. */
import { signToken } from '../../src/auth/jwt';
import type { Role } from '../../src/auth/roles';

export const TEST_JWT_SECRET = 'ecograph-test-secret-0123456789abcdef';
const SETTINGS = { secret: TEST_JWT_SECRET, issuer: 'ecograph', audience: 'ecograph-api', roleClaim: 'role' };

const cache = new Map<string, Promise<string>>();

/** A bearer token for `role` (cached per role and subject). */
export function testToken(role: Role = 'ADMIN', sub = `test-${role.toLowerCase()}`, expiresIn?: string | number) {
  const key = `${role}|${sub}|${expiresIn ?? ''}`;
  let token = cache.get(key);
  if (!token || expiresIn !== undefined) {
    token = signToken(SETTINGS, { sub, role, expiresIn });
    cache.set(key, token);
  }
  return token;
}

export async function authHeader(role: Role = 'ADMIN', sub?: string): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await testToken(role, sub)}` };
}
