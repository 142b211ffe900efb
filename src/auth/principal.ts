import { institutionCode, providerCode, regionCode } from '../domain/codes.js';

/** Who is asking: the verified token's subject and what its claims allow. */
export type Role = 'admin' | 'integrator' | 'analyst';
export const ROLES: readonly Role[] = ['admin', 'integrator', 'analyst'];

/** Read-only: a verified token's principal is shared by every request carrying that token (see tokens.ts). */
export interface Principal {
  readonly subject: string;
  readonly roles: readonly Role[];
  /** Region codes the token acts for (integrator, analyst). */
  readonly regions: readonly string[];
  /** A GI code: lets an integrator record that GI's measures. */
  readonly institution: string | null;
  /** A provider code: lets an integrator report that provider's availability. */
  readonly provider: string | null;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : [];

/** Reads a principal from verified claims; unknown roles are ignored, codes normalised. */
export function principalFromClaims(claims: Record<string, unknown>): Principal {
  return {
    subject: String(claims.sub),
    roles: strings(claims.roles).filter((role): role is Role => (ROLES as string[]).includes(role)),
    regions: strings(claims.regions).map(regionCode),
    institution: typeof claims.institution === 'string' ? institutionCode(claims.institution) : null,
    provider: typeof claims.provider === 'string' ? providerCode(claims.provider) : null,
  };
}

/**
 * Why a principal cannot act, or null: a token must carry a known role, and an integrator must say for whom it
 * acts (regions, a GI or a provider), or it could do nothing and its holder would never learn why.
 */
export function principalProblem(principal: Pick<Principal, 'roles' | 'regions' | 'institution' | 'provider'>): string | null {
  if (!principal.roles.length) return `it carries no role (roles: one or more of ${ROLES.join(', ')})`;
  if (principal.roles.includes('integrator') && !principal.roles.includes('admin') && !principal.regions.length && !principal.institution && !principal.provider) {
    return 'role integrator needs the regions (or the institution or provider) it acts for';
  }
  return null;
}
