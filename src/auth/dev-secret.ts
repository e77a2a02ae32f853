/**
 * The dev mode's signing secret, kept in ECOGRAPH_HOME (owner-only file) so that a restart of
 * `npm start` keeps issued tokens valid and `npm run auth:token` can mint tokens for other
 * roles against the same local API. Never used in production (config refuses AUTH_DEV there).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const FILE = 'dev-jwt-secret';

export function devSecretPath(home: string): string {
  return path.join(home, FILE);
}

/** The secret of an earlier dev-mode start, if there was one. */
export function readDevSecret(home: string): string | undefined {
  try {
    const secret = fs.readFileSync(devSecretPath(home), 'utf8').trim();
    return secret.length >= 32 ? secret : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export function readOrCreateDevSecret(home: string): string {
  const existing = readDevSecret(home);
  if (existing) return existing;
  fs.mkdirSync(home, { recursive: true });
  const secret = crypto.randomBytes(32).toString('base64url');
  fs.writeFileSync(devSecretPath(home), `${secret}\n`, { mode: 0o600 });
  return secret;
}
