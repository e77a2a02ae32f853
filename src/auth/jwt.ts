/**
 * Bearer JWT verification with `jose`: signature (HS256 shared secret, or a JWKS file/URL for
 * asymmetric keys), issuer, audience and expiry are all checked; the role comes from one claim.
 */
import fs from 'node:fs';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  SignJWT,
  type JWTVerifyGetKey,
  type JWTVerifyResult,
} from 'jose';
import { AuthenticationError } from './errors';
import { isRole, type Role } from './roles';
import type { Viewer } from './viewer';

export interface JwtSettings {
  secret?: string;
  jwksFile?: string;
  jwksUrl?: string;
  issuer: string;
  audience: string;
  roleClaim: string;
}

const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'];
/** Tolerated clock difference between the token issuer and us. */
const CLOCK_TOLERANCE_S = 30;

export class JwtVerifier {
  private readonly verifyToken: (token: string) => Promise<JWTVerifyResult>;

  constructor(private readonly settings: JwtSettings) {
    const options = (algorithms: string[]) => ({
      issuer: settings.issuer,
      audience: settings.audience,
      algorithms,
      clockTolerance: CLOCK_TOLERANCE_S,
      requiredClaims: ['exp', 'sub'],
    });
    if (settings.secret) {
      const key = new TextEncoder().encode(settings.secret);
      this.verifyToken = (token) => jwtVerify(token, key, options(['HS256']));
    } else {
      const keys: JWTVerifyGetKey = settings.jwksFile
        ? createLocalJWKSet(JSON.parse(fs.readFileSync(settings.jwksFile, 'utf8')))
        : settings.jwksUrl
          ? createRemoteJWKSet(new URL(settings.jwksUrl))
          : missingKeys();
      this.verifyToken = (token) => jwtVerify(token, keys, options(ASYMMETRIC));
    }
  }

  async verify(token: string): Promise<Viewer> {
    try {
      const { payload } = await this.verifyToken(token);
      const role = payload[this.settings.roleClaim];
      if (!payload.sub) throw new AuthenticationError('The token has no "sub" claim');
      if (!isRole(role)) {
        throw new AuthenticationError(
          `The token's "${this.settings.roleClaim}" claim must be one of ADMIN, MANAGER, ANALYST, VIEWER`,
        );
      }
      return {
        kind: 'user',
        id: payload.sub,
        role,
        expiresAt: payload.exp === undefined ? undefined : new Date(payload.exp * 1000),
      };
    } catch (error) {
      throw toAuthenticationError(error);
    }
  }
}

function missingKeys(): never {
  throw new Error('JwtVerifier needs a secret, a JWKS file or a JWKS URL');
}

function toAuthenticationError(error: unknown): AuthenticationError {
  if (error instanceof AuthenticationError) return error;
  if (error instanceof errors.JWTExpired) return new AuthenticationError('The token has expired: get a new one');
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new AuthenticationError(`The token's "${error.claim}" claim is not accepted (${error.reason})`);
  }
  if (error instanceof errors.JOSEError) {
    return new AuthenticationError('The token is invalid: bad signature, algorithm or format');
  }
  return new AuthenticationError('The token is invalid', { cause: error });
}

/** Signs an HS256 token (dev mode, tests, and the `npm run token` helper). */
export async function signToken(
  settings: Pick<JwtSettings, 'issuer' | 'audience' | 'roleClaim'> & { secret: string },
  claims: { sub: string; role: Role; expiresIn?: string | number },
): Promise<string> {
  return new SignJWT({ [settings.roleClaim]: claims.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '12h')
    .sign(new TextEncoder().encode(settings.secret));
}
