/**
 * Bearer-token verification with jose. HS256 only with JWT_SECRET; RS256/ES256 only with a JWKS (file or
 * URL): the algorithm is pinned to the kind of key, so a token cannot pick its own. `exp` and `sub` are
 * required; issuer and audience are enforced when configured; 30 s of clock skew is tolerated.
 *
 * A refused token says why when an honest client can fix it (expired, not yet valid, wrong issuer or
 * audience, a missing claim, no usable role); a bad signature, key or algorithm is only "invalid token",
 * which tells a forger nothing.
 *
 * A verified token is remembered, as Envoy's jwt_authn does (jwt_cache_config): a dashboard sends the same token
 * with every request, and checking its signature cost a small read a fifth of its CPU. An entry lives at most a
 * minute and never past exp plus the tolerated skew (when jose would refuse it), by the same wall clock jose
 * reads. A withdrawn key is thus honoured at most a minute longer than the key set itself is kept (see the
 * README on rotating keys). Refused tokens are never remembered.
 */
import { readFileSync } from 'node:fs';
import { LRUCache } from 'lru-cache';
import { createLocalJWKSet, createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTVerifyOptions } from 'jose';
import type { Config } from '../config.js';
import { principalFromClaims, principalProblem, type Principal } from './principal.js';

export type VerifyToken = (token: string) => Promise<Principal>;

/** The message is the reason, safe to show the client. */
export class InvalidToken extends Error {}

const CLOCK_TOLERANCE_S = 30;
const REMEMBER_MS = 60_000;

const CLAIM_REASONS: Record<string, string> = {
  nbf: 'it is not yet valid (nbf is in the future)',
  iss: 'its issuer (iss) is not the one this API accepts',
  aud: 'its audience (aud) is not this API',
  iat: 'its issue time (iat) is invalid',
};

/** What to tell the client about a jose failure. */
function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return `it expired at ${new Date(Number(error.payload.exp) * 1000).toISOString()}; get a new one`;
  if (error instanceof errors.JWTClaimValidationFailed) {
    return error.reason === 'missing' ? `it lacks the required claim "${error.claim}"` : CLAIM_REASONS[error.claim] ?? `its claim "${error.claim}" is invalid`;
  }
  if (error instanceof errors.JWKSTimeout) return 'the keys to check it could not be fetched; try again';
  return 'invalid token';
}

export function createTokenVerifier(config: Config): VerifyToken {
  const secret = config.jwtSecret ? new TextEncoder().encode(config.jwtSecret) : undefined;
  const jwks = config.jwtJwksFile
    ? createLocalJWKSet(JSON.parse(readFileSync(config.jwtJwksFile, 'utf8')))
    : config.jwtJwksUrl ? createRemoteJWKSet(new URL(config.jwtJwksUrl)) : undefined;
  const common: JWTVerifyOptions = {
    issuer: config.jwtIssuer,
    audience: config.jwtAudience,
    clockTolerance: CLOCK_TOLERANCE_S,
    requiredClaims: ['exp', 'sub'],
  };

  const verify = async (token: string) => {
    try {
      const { alg } = decodeProtectedHeader(token);
      if (alg === 'HS256' && secret) return (await jwtVerify(token, secret, { ...common, algorithms: ['HS256'] })).payload;
      if (jwks) return (await jwtVerify(token, jwks, { ...common, algorithms: ['RS256', 'ES256'] })).payload;
    } catch (error) {
      throw new InvalidToken(reason(error));
    }
    throw new InvalidToken('invalid token');
  };

  const verified = new LRUCache<string, { principal: Principal; until: number }>({ max: 5_000 });

  return async (token) => {
    const remembered = verified.get(token);
    if (remembered && Date.now() < remembered.until) return remembered.principal;
    const claims = await verify(token);
    const read = principalFromClaims(claims as Record<string, unknown>);
    const principal = Object.freeze({ ...read, roles: Object.freeze(read.roles), regions: Object.freeze(read.regions) });
    const problem = principalProblem(principal);
    if (problem) throw new InvalidToken(problem);
    // jose accepted it, so exp is a number
    verified.set(token, { principal, until: Math.min(Date.now() + REMEMBER_MS, (Number(claims.exp) + CLOCK_TOLERANCE_S) * 1000) });
    return principal;
  };
}
