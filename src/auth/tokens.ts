/**
 * Bearer-token verification with jose. HS256 only with JWT_SECRET; RS256/ES256 only with a JWKS (file or
 * URL): the algorithm is pinned to the kind of key, so a token cannot pick its own. `exp` and `sub` are
 * required; issuer and audience are enforced when configured; 30 s of clock skew is tolerated.
 */
import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type JWTVerifyOptions } from 'jose';
import type { Config } from '../config.js';
import { principalFromClaims, type Principal } from './principal.js';

export type VerifyToken = (token: string) => Promise<Principal>;

export class InvalidToken extends Error {}

export function createTokenVerifier(config: Config): VerifyToken {
  const secret = config.jwtSecret ? new TextEncoder().encode(config.jwtSecret) : undefined;
  const jwks = config.jwtJwksFile
    ? createLocalJWKSet(JSON.parse(readFileSync(config.jwtJwksFile, 'utf8')))
    : config.jwtJwksUrl ? createRemoteJWKSet(new URL(config.jwtJwksUrl)) : undefined;
  const common: JWTVerifyOptions = {
    issuer: config.jwtIssuer,
    audience: config.jwtAudience,
    clockTolerance: 30,
    requiredClaims: ['exp', 'sub'],
  };

  return async (token) => {
    try {
      const { alg } = decodeProtectedHeader(token);
      const { payload } = alg === 'HS256' && secret
        ? await jwtVerify(token, secret, { ...common, algorithms: ['HS256'] })
        : jwks ? await jwtVerify(token, jwks, { ...common, algorithms: ['RS256', 'ES256'] })
          : (() => { throw new InvalidToken('no key accepts this token'); })();
      return principalFromClaims(payload as Record<string, unknown>);
    } catch {
      // Why a token failed is not for the client to learn.
      throw new InvalidToken('token refused');
    }
  };
}
