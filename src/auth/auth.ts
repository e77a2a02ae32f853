/**
 * Builds the process's Authenticator from config. In the explicit dev mode a secret is made
 * up once and kept in ECOGRAPH_HOME (unless AUTH_JWT_SECRET is given) and an ADMIN token for it
 * is returned, for `npm start` to print; `npm run auth:token` signs other roles with it.
 */
import { requireAuthConfigured, type Config } from '../config/config';
import { readOrCreateDevSecret } from './dev-secret';
import { Authenticator } from './authenticator';
import { signToken } from './jwt';

export interface Auth {
  authenticator: Authenticator;
  /** Dev mode only: a 12-hour ADMIN token. */
  devToken?: string;
}

export const DEV_SUBJECT = 'dev-admin';

export async function createAuth(config: Config): Promise<Auth> {
  requireAuthConfigured(config);
  const { dev, jwt, apiKeysFile } = config.auth;
  const hasJwt = Boolean(jwt.secret || jwt.jwksFile || jwt.jwksUrl);
  if (!dev) return { authenticator: new Authenticator({ jwt: hasJwt ? jwt : undefined, apiKeysFile }) };
  const settings =
    jwt.jwksFile || jwt.jwksUrl ? jwt : { ...jwt, secret: jwt.secret ?? readOrCreateDevSecret(config.local.home) };
  const devToken = settings.secret
    ? await signToken({ ...settings, secret: settings.secret }, { sub: DEV_SUBJECT, role: 'ADMIN' })
    : undefined;
  return { authenticator: new Authenticator({ jwt: settings, apiKeysFile }), devToken };
}
