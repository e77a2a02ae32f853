/** Authentication: JWT verification (jose) and hashed API keys. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateApiKey, hashApiKey } from '../../src/auth/api-keys';
import { Authenticator } from '../../src/auth/authenticator';
import { AuthenticationError } from '../../src/auth/errors';
import { signToken } from '../../src/auth/jwt';

const jwt = {
  secret: 'unit-test-secret-0123456789abcdef0123',
  issuer: 'ecograph',
  audience: 'ecograph-api',
  roleClaim: 'role',
};

function keysFile(entries: unknown): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ecograph-keys-')), 'keys.json');
  fs.writeFileSync(file, JSON.stringify(entries));
  return file;
}

describe('Bearer JWT', () => {
  const auth = new Authenticator({ jwt });

  it('accepts a valid token and reads subject, role and expiry', async () => {
    const token = await signToken(jwt, { sub: 'ana', role: 'ANALYST', expiresIn: '1h' });
    const viewer = await auth.authenticate({ authorization: `Bearer ${token}` });
    expect(viewer).toMatchObject({ kind: 'user', id: 'ana', role: 'ANALYST' });
    expect(viewer.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 3_500_000);
  });

  it.each([
    [
      'an expired token',
      () => signToken(jwt, { sub: 'x', role: 'ADMIN', expiresIn: Math.floor(Date.now() / 1000) - 120 }),
      /expired/,
    ],
    [
      'another audience',
      () => signToken({ ...jwt, audience: 'someone-else' }, { sub: 'x', role: 'ADMIN' }),
      /"aud" claim/,
    ],
    ['another issuer', () => signToken({ ...jwt, issuer: 'evil' }, { sub: 'x', role: 'ADMIN' }), /"iss" claim/],
    [
      'another secret',
      () => signToken({ ...jwt, secret: 'a-completely-different-secret-value!!' }, { sub: 'x', role: 'ADMIN' }),
      /invalid/,
    ],
    ['an unknown role', () => signToken(jwt, { sub: 'x', role: 'ROOT' as never }), /must be one of/],
  ])('refuses %s with UNAUTHENTICATED and a reason', async (_what, make, reason) => {
    const token = await make();
    const refusal = auth.authenticate({ authorization: `Bearer ${token}` });
    await expect(refusal).rejects.toBeInstanceOf(AuthenticationError);
    await expect(refusal).rejects.toThrow(reason);
  });

  it('refuses missing credentials and unknown schemes, saying what to send', async () => {
    await expect(auth.authenticate({})).rejects.toThrow(/Authorization: Bearer <token>/);
    await expect(auth.authenticate({ authorization: 'Basic abc' })).rejects.toThrow(/must be "Bearer <token>"/);
  });
});

describe('API keys', () => {
  it('stores only hashes and finds the caller by key', async () => {
    const { key, entry } = generateApiKey('ci-loader', 'MANAGER');
    expect(entry.sha256).toBe(hashApiKey(key));
    expect(JSON.stringify(entry)).not.toContain(key);
    const auth = new Authenticator({ apiKeysFile: keysFile([entry]) });
    await expect(auth.authenticate({ apiKey: key })).resolves.toEqual({
      kind: 'service',
      id: 'ci-loader',
      role: 'MANAGER',
    });
    await expect(auth.authenticate({ authorization: `ApiKey ${key}` })).resolves.toMatchObject({ id: 'ci-loader' });
    await expect(auth.authenticate({ apiKey: `${key}x` })).rejects.toThrow('Unknown API key');
    await expect(auth.authenticate({ authorization: 'Bearer abc' })).rejects.toThrow(/not accepted here/);
  });

  it('names the entry and field of a malformed keys file', () => {
    const file = keysFile([{ id: 'ok', role: 'BOSS', sha256: 'abc' }]);
    expect(() => new Authenticator({ apiKeysFile: file })).toThrow(
      /\[0\.role\].*\[0\.sha256\]|\[0\.sha256\].*\[0\.role\]/,
    );
  });
});
