/** The one place that decides who may do what; services call these, never ad-hoc checks. */
import { forbidden, unauthenticated } from '../domain/errors.js';
import type { Principal } from './principal.js';

/** What the request context knows of the caller: a principal, no token, or a token that failed. */
export type Caller = { principal: Principal } | { principal: null; tokenRefused: boolean; reason?: string };

export function requirePrincipal(caller: Caller): Principal {
  if (caller.principal) return caller.principal;
  throw unauthenticated(caller.tokenRefused ? `The bearer token was refused: ${caller.reason ?? 'invalid token'}` : 'This operation needs a bearer token');
}

/** Writing a region's data: role admin, or integrator with the region in its `regions` claim. */
export function authoriseRegionWrite(caller: Caller, region: string): Principal {
  const principal = requirePrincipal(caller);
  if (principal.roles.includes('admin')) return principal;
  if (principal.roles.includes('integrator') && principal.regions.includes(region)) return principal;
  throw forbidden(`This token may not write data of region ${region}`);
}

/** Admin-only operations (reference data). */
export function authoriseAdmin(caller: Caller): Principal {
  const principal = requirePrincipal(caller);
  if (principal.roles.includes('admin')) return principal;
  throw forbidden('This operation needs role admin');
}

/** Which regions' changes the caller may read: null means all (admin). */
export function readableChangeRegions(caller: Caller): readonly string[] | null {
  const principal = requirePrincipal(caller);
  if (principal.roles.includes('admin')) return null;
  if (principal.roles.includes('integrator')) return principal.regions;
  throw forbidden('Reading changes needs role integrator or admin');
}

/** Recording a GI's measures: role admin, or integrator whose `institution` claim is that GI. */
export function authoriseInstitutionWrite(caller: Caller, institution: string): Principal {
  const principal = requirePrincipal(caller);
  if (principal.roles.includes('admin')) return principal;
  if (principal.roles.includes('integrator') && principal.institution === institution) return principal;
  throw forbidden(`This token may not record measures of ${institution}`);
}

/** Reporting a provider's availability or keeping it: role admin, or integrator whose `provider` claim is that provider. */
export function authoriseProviderWrite(caller: Caller, provider: string): Principal {
  const principal = requirePrincipal(caller);
  if (principal.roles.includes('admin')) return principal;
  if (principal.roles.includes('integrator') && principal.provider === provider) return principal;
  throw forbidden(`This token may not write data of provider ${provider}`);
}

/**
 * Which regions' monitor figures the caller reads: admin, or analyst (only its `regions` when that claim is
 * present). Asking for a region outside the claim is FORBIDDEN, never an empty answer. null: all regions.
 */
export function monitorRegions(caller: Caller, asked: string[] | null): readonly string[] | null {
  const principal = requirePrincipal(caller);
  if (principal.roles.includes('admin')) return asked;
  if (!principal.roles.includes('analyst')) throw forbidden('The monitor needs role analyst or admin');
  if (!principal.regions.length) return asked;
  if (!asked) return principal.regions;
  const outside = asked.filter((region) => !principal.regions.includes(region));
  if (outside.length) throw forbidden(`This token may not read the monitor of ${outside.join(', ')}`);
  return asked;
}
