/** Tokens from a JWKS (ES256 here), with issuer and audience enforced and algorithms pinned to the key. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './helpers/api.js';
import { operation } from './helpers/contract.js';
import { token } from './helpers/tokens.js';

const dir = mkdtempSync(path.join(tmpdir(), 'jeugdzorg-jwks-'));
let api: TestApi;
let viaUrl: TestApi;
let jwksServer: Server;
let privateKey: CryptoKey;

beforeAll(async () => {
  const pair = await generateKeyPair('ES256');
  privateKey = pair.privateKey;
  const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' }] });
  const file = path.join(dir, 'jwks.json');
  writeFileSync(file, jwks);
  api = await startApi('reference', { JWT_JWKS_FILE: file, JWT_ISSUER: 'https://idp.example', JWT_AUDIENCE: 'jeugdzorg-api' });
  // The identity provider's JWKS endpoint, on loopback.
  jwksServer = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(jwks));
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks.json`;
  viaUrl = await startApi('reference', { JWT_JWKS_URL: jwksUrl, JWT_ISSUER: 'https://idp.example', JWT_AUDIENCE: 'jeugdzorg-api' });
});
afterAll(async () => {
  await api?.close();
  await viaUrl?.close();
  jwksServer?.close();
  rmSync(dir, { recursive: true, force: true });
});

const signed = (claims: Record<string, unknown>, { iss = 'https://idp.example', aud = 'jeugdzorg-api', exp = '1h' as string | number | null } = {}) => {
  let jwt = new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setSubject('idp-user').setIssuer(iss).setAudience(aud);
  if (exp) jwt = jwt.setExpirationTime(exp);
  return jwt.sign(privateKey);
};

const tryWrite = async (jwt: string, target = api) => {
  const response = await target.gql(operation('SyncLocalProducts'), { region: 'JZ11', products: [], dryRun: true }, { authorization: `Bearer ${jwt}` });
  return response.errors?.[0].extensions?.code ?? 'OK';
};

describe('JWKS tokens', () => {
  it('accepts a token signed by the JWKS key with the right issuer and audience', async () => {
    expect(await tryWrite(await signed({ roles: ['integrator'], regions: ['JZ11'] }))).toBe('OK');
  });

  it('refuses a token the moment jose would, also when it was accepted a moment before (a verified token is remembered)', async () => {
    // expired 26 s ago: inside the 30 s of tolerated clock skew for three or four more seconds
    const exp = Math.floor(Date.now() / 1000) - 26;
    const jwt = await signed({ roles: ['integrator'], regions: ['JZ11'] }, { exp });
    expect(await tryWrite(jwt)).toBe('OK');
    expect(await tryWrite(jwt)).toBe('OK');
    await new Promise((resolve) => setTimeout(resolve, (exp + 30) * 1000 - Date.now() + 50));
    const response = await api.gql(operation('SyncLocalProducts'), { region: 'JZ11', products: [], dryRun: true }, { authorization: `Bearer ${jwt}` });
    expect(response.errors?.[0].message).toBe(`The bearer token was refused: it expired at ${new Date(exp * 1000).toISOString()}; get a new one`);
  });

  it('also fetches the keys from JWT_JWKS_URL', async () => {
    expect(await tryWrite(await signed({ roles: ['integrator'], regions: ['JZ11'] }), viaUrl)).toBe('OK');
    expect(await tryWrite(await signed({ roles: ['admin'] }, { aud: 'another-api' }), viaUrl)).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong issuer, a wrong audience, a token without exp, and an HS256 token when no secret is set', async () => {
    const claims = { roles: ['admin'] };
    expect(await tryWrite(await signed(claims, { iss: 'https://evil.example' }))).toBe('UNAUTHENTICATED');
    expect(await tryWrite(await signed(claims, { aud: 'another-api' }))).toBe('UNAUTHENTICATED');
    expect(await tryWrite(await signed(claims, { exp: null }))).toBe('UNAUTHENTICATED');
    expect(await tryWrite(await token(claims))).toBe('UNAUTHENTICATED');
  });

  it('refuses an unsigned token and says nothing of why', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ sub: 'x', roles: ['admin'], exp: Math.floor(Date.now() / 1000) + 3600 })).toString('base64url');
    const response = await api.gql(operation('SyncLocalProducts'), { region: 'JZ11', products: [] }, { authorization: `Bearer ${header}.${body}.` });
    expect(response.errors?.[0]).toMatchObject({ message: 'The bearer token was refused: invalid token', extensions: { code: 'UNAUTHENTICATED' } });
  });
});
