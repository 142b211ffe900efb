/**
 * Token attacks against an API that trusts one RS256 key (a JWKS file) with issuer and audience enforced: each
 * forged, stale or misdirected token is refused with UNAUTHENTICATED or FORBIDDEN, with a reason the honest
 * client can act on (only "invalid token" for signature, key and algorithm faults), and nothing is written.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../helpers/api.js';
import { operation } from '../helpers/contract.js';

const ISSUER = 'https://idp.example';
const AUDIENCE = 'jeugdzorg-api';
const dir = mkdtempSync(path.join(tmpdir(), 'jeugdzorg-token-attacks-'));
let api: TestApi;
let key: CryptoKey;
let otherKey: CryptoKey;
let publicPem: string;
let publicJwk: string;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  key = pair.privateKey;
  otherKey = (await generateKeyPair('RS256')).privateKey;
  publicPem = await exportSPKI(pair.publicKey);
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  publicJwk = JSON.stringify(jwk);
  const file = path.join(dir, 'jwks.json');
  writeFileSync(file, JSON.stringify({ keys: [jwk] }));
  api = await startApi('reference', { JWT_JWKS_FILE: file, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE });
});
afterAll(async () => {
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

const now = () => Math.floor(Date.now() / 1000);
const INTEGRATOR = { sub: 'zk-integrator', roles: ['integrator'], regions: ['JZ11'], iss: ISSUER, aud: AUDIENCE };

/** Signs the claims with an hour's `exp` (null: none), under kid k1 (null: none). */
function sign(claims: JWTPayload, { signer = key, kid = 'k1' as string | null, exp = now() + 3600 as number | null } = {}) {
  return new SignJWT({ ...(exp === null ? {} : { exp }), ...claims })
    .setProtectedHeader({ alg: 'RS256', ...(kid ? { kid } : {}) })
    .sign(signer);
}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function hs256(secret: string, claims: JWTPayload): Promise<string> {
  return new SignJWT({ exp: now() + 3600, ...claims }).setProtectedHeader({ alg: 'HS256', kid: 'k1' }).sign(new TextEncoder().encode(secret));
}

const PRODUCT = { productCategory: '45', productCode: '45A01', name: 'Ambulante behandeling', unit: 'HOUR', tariffCents: 9500, validFrom: '2025-01-01' };

async function attempt(authorization: string, region = 'JZ11') {
  const response = await api.gql(operation('SyncLocalProducts'), { region, products: [PRODUCT] }, { authorization });
  const error = response.errors?.[0];
  return { code: error?.extensions?.code ?? 'OK', message: error?.message ?? '', extensions: error?.extensions ?? {} };
}

const written = async () => (await api.db.orm.em.fork().execute<{ products: number; changes: number }[]>(
  'select (select count(*)::int from local_product) as products, (select count(*)::int from change) as changes'))[0];

describe('token attacks', () => {
  it('refuses each forged, stale or misdirected token with a reason, and writes nothing', async () => {
    const cases: [name: string, authorization: () => Promise<string>, code: string, reason: string][] = [
      ['alg none', async () => `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...INTEGRATOR, exp: now() + 3600 })}.`, 'UNAUTHENTICATED', 'invalid token'],
      ['HS256 signed with the PEM public key', async () => `Bearer ${await hs256(publicPem, INTEGRATOR)}`, 'UNAUTHENTICATED', 'invalid token'],
      ['HS256 signed with the JWK public key', async () => `Bearer ${await hs256(publicJwk, INTEGRATOR)}`, 'UNAUTHENTICATED', 'invalid token'],
      ['signed by another key under the known kid', async () => `Bearer ${await sign(INTEGRATOR, { signer: otherKey })}`, 'UNAUTHENTICATED', 'invalid token'],
      ['a valid token with its payload swapped for admin', async () => {
        const [header, , signature] = (await sign(INTEGRATOR)).split('.');
        return `Bearer ${header}.${b64({ ...INTEGRATOR, roles: ['admin'], exp: now() + 3600 })}.${signature}`;
      }, 'UNAUTHENTICATED', 'invalid token'],
      ['expired an hour ago', async () => `Bearer ${await sign(INTEGRATOR, { exp: now() - 3600 })}`, 'UNAUTHENTICATED', 'expired at'],
      ['nbf an hour ahead', async () => `Bearer ${await sign({ ...INTEGRATOR, nbf: now() + 3600 })}`, 'UNAUTHENTICATED', 'not yet valid'],
      ['wrong issuer', async () => `Bearer ${await sign({ ...INTEGRATOR, iss: 'https://evil.example' })}`, 'UNAUTHENTICATED', 'issuer'],
      ['wrong audience', async () => `Bearer ${await sign({ ...INTEGRATOR, aud: 'another-api' })}`, 'UNAUTHENTICATED', 'audience'],
      ['no exp', async () => `Bearer ${await sign(INTEGRATOR, { exp: null })}`, 'UNAUTHENTICATED', 'lacks the required claim "exp"'],
      ['no sub', async () => { const { sub: _sub, ...claims } = INTEGRATOR; return `Bearer ${await sign(claims)}`; }, 'UNAUTHENTICATED', 'lacks the required claim "sub"'],
      ['an unknown kid', async () => `Bearer ${await sign(INTEGRATOR, { kid: 'k9' })}`, 'UNAUTHENTICATED', 'invalid token'],
      ['no kid', async () => `Bearer ${await sign(INTEGRATOR, { signer: otherKey, kid: null })}`, 'UNAUTHENTICATED', 'invalid token'],
      ['an integrator acting for nobody', async () => `Bearer ${await sign({ ...INTEGRATOR, regions: [] })}`, 'UNAUTHENTICATED', 'needs the regions'],
      ['no role', async () => `Bearer ${await sign({ ...INTEGRATOR, roles: ['superuser'] })}`, 'UNAUTHENTICATED', 'carries no role'],
      ['garbage', async () => 'Bearer not-a-token', 'UNAUTHENTICATED', 'invalid token'],
      ['three garbage parts', async () => 'Bearer a.b.c', 'UNAUTHENTICATED', 'invalid token'],
      ['8 kB of garbage', async () => `Bearer ${'x'.repeat(8_000)}`, 'UNAUTHENTICATED', 'invalid token'],
      ['another scheme', async () => `Basic ${Buffer.from('admin:admin').toString('base64')}`, 'UNAUTHENTICATED', 'must be "Bearer <token>"'],
    ];
    const outcomes = [];
    for (const [name, authorization, , reason] of cases) {
      const { code: got, message, extensions } = await attempt(await authorization());
      outcomes.push([name, got, message.includes(reason) ? reason : message]);
      // The refusal never carries internals: no stack, no library error names.
      expect(Object.keys(extensions), name).toEqual(['code']);
      expect(message, name).not.toMatch(/JWS|JWT[A-Z]|jose|stack|Error:/);
    }
    expect(outcomes).toEqual(cases.map(([name, , code, reason]) => [name, code, reason]));
    // A header beyond Node's 16 kB limit never reaches the API: HTTP 431, a client error.
    const huge = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${'x'.repeat(100_000)}` }, body: '{"query":"{ provinces { code } }"}' });
    expect(huge.status).toBe(431);
    expect(await written()).toEqual({ products: 0, changes: 0 });
  });

  it('refuses a valid token for another region with FORBIDDEN, and accepts it for its own', async () => {
    const authorization = `Bearer ${await sign(INTEGRATOR)}`;
    expect(await attempt(authorization, 'JZ24')).toMatchObject({ code: 'FORBIDDEN', message: 'This token may not write data of region JZ24' });
    expect(await written()).toEqual({ products: 0, changes: 0 });
    expect((await attempt(authorization)).code).toBe('OK');
    expect(await written()).toEqual({ products: 1, changes: 1 });
  });
});
