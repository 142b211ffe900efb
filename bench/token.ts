/** A bench token with these roles (and other claims, such as an integrator's regions), signed with the bench server's secret. */
import { SignJWT } from 'jose';

export const BENCH_SECRET = 'bench-secret-bench-secret-bench-secret';

export const benchToken = (roles: string[], subject = 'bench', claims: Record<string, unknown> = {}) => new SignJWT({ ...claims, roles }).setProtectedHeader({ alg: 'HS256' })
  .setSubject(subject).setExpirationTime('2h').sign(new TextEncoder().encode(BENCH_SECRET));
