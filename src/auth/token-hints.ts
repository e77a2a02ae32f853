/**
 * What start-up says about getting credentials, for every way authentication can be set up,
 * so nobody has to find `npm run auth:token` in the docs.
 */
import type { Config } from '../config/config';

export function tokenHints(config: Config): string[] {
  const { dev, jwt, apiKeysFile } = config.auth;
  const hints: string[] = [];
  if (dev && !jwt.jwksFile && !jwt.jwksUrl) {
    hints.push(
      'tokens for other roles (dev mode): npm run auth:token -- --role ANALYST  (or VIEWER; MANAGER also needs --sub <TeamMember id>)',
    );
  } else if (jwt.secret) {
    hints.push('mint a token (AUTH_JWT_SECRET): npm run auth:token -- --sub <who> --role ANALYST [--expires 12h]');
  } else if (jwt.jwksFile || jwt.jwksUrl) {
    hints.push(
      `tokens come from your identity provider (RS/ES-signed, checked against ${jwt.jwksUrl ?? jwt.jwksFile}; role in the "${jwt.roleClaim}" claim)`,
    );
  }
  if (apiKeysFile) {
    hints.push(
      'machine clients: npm run auth:api-key -- --id <client> --role MANAGER, then add the entry to AUTH_API_KEYS_FILE',
    );
  }
  return hints;
}
