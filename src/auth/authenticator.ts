/**
 * Turns the credentials a caller presents into a Viewer, the same way for HTTP headers and for
 * graphql-ws `connection_init` params: `Authorization: Bearer <jwt>`, `Authorization: ApiKey
 * <key>` or `x-api-key: <key>`. Every GraphQL operation needs one; there is no anonymous access.
 */
import { ApiKeyStore } from './api-keys';
import { AuthenticationError } from './errors';
import { JwtVerifier, type JwtSettings } from './jwt';
import type { Viewer } from './viewer';

export interface Credentials {
  authorization?: string;
  apiKey?: string;
}

export interface AuthSettings {
  jwt?: JwtSettings;
  apiKeysFile?: string;
}

export class Authenticator {
  private readonly jwt?: JwtVerifier;
  private readonly apiKeys?: ApiKeyStore;

  constructor(settings: AuthSettings) {
    if (settings.jwt) this.jwt = new JwtVerifier(settings.jwt);
    if (settings.apiKeysFile) this.apiKeys = ApiKeyStore.fromFile(settings.apiKeysFile);
  }

  async authenticate(credentials: Credentials): Promise<Viewer> {
    const { authorization, apiKey } = credentials;
    if (apiKey) return this.byApiKey(apiKey);
    if (!authorization) {
      throw new AuthenticationError(
        'Authentication required: send "Authorization: Bearer <token>" or "x-api-key: <key>"',
      );
    }
    const [scheme, value] = authorization.trim().split(/\s+/, 2);
    if (/^bearer$/i.test(scheme) && value) return this.byToken(value);
    if (/^apikey$/i.test(scheme) && value) return this.byApiKey(value);
    throw new AuthenticationError('The Authorization header must be "Bearer <token>" or "ApiKey <key>"');
  }

  private async byToken(token: string): Promise<Viewer> {
    if (!this.jwt) throw new AuthenticationError('Bearer tokens are not accepted here: use an API key');
    return this.jwt.verify(token);
  }

  private byApiKey(key: string): Viewer {
    const viewer = this.apiKeys?.lookup(key);
    if (!viewer) throw new AuthenticationError('Unknown API key');
    return viewer;
  }
}

/** Credentials from HTTP headers. */
export function httpCredentials(header: (name: string) => string | undefined): Credentials {
  return { authorization: header('authorization'), apiKey: header('x-api-key') };
}

/** Credentials from graphql-ws `connection_init` payload ({ authorization } or { apiKey }). */
export function connectionCredentials(params: Readonly<Record<string, unknown>> | undefined): Credentials {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    authorization: text(params?.authorization) ?? text(params?.Authorization),
    apiKey: text(params?.apiKey) ?? text(params?.['x-api-key']),
  };
}
