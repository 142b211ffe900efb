/** Tokens for tests, signed the way clients' identity providers would sign them. */
import { SignJWT } from 'jose';

export const TEST_SECRET = 'test-secret-of-at-least-thirty-two-bytes!';

export function token(claims: Record<string, unknown>, options: { expires?: string | number; secret?: string } = {}): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(claims.sub ?? 'test-user'))
    .setIssuedAt()
    .setExpirationTime(options.expires ?? '1h')
    .sign(new TextEncoder().encode(options.secret ?? TEST_SECRET));
}

export const bearer = async (claims: Record<string, unknown>, options?: Parameters<typeof token>[1]) =>
  ({ authorization: `Bearer ${await token(claims, options)}` });
