/** The start of a provider's writes: the caller authorised for every provider the batch names (and the provider known). */
import type { EntityManager } from '@mikro-orm/postgresql';
import { authoriseProviderWrite, type Caller } from '../../auth/authorise.js';
import type { Principal } from '../../auth/principal.js';
import { notFound } from '../errors.js';
import { providersByCode } from '../reference/providers.js';
import { providerCode } from '../codes.js';

/** syncProviders: every provider of the batch must be the caller's own (or the caller an admin). */
export function providersWrite(caller: Caller, codes: string[]): Principal {
  const normalised = [...new Set(codes.map(providerCode))];
  // An empty batch still needs a caller allowed to write some provider: authorising '' passes for admins only.
  return normalised.map((code) => authoriseProviderWrite(caller, code))[0] ?? authoriseProviderWrite(caller, '');
}

/** reportAvailability: the caller's own provider (or an admin), which must exist. */
export async function providerWrite(em: EntityManager, caller: Caller, provider: string): Promise<{ provider: string; principal: Principal }> {
  const code = providerCode(provider);
  const principal = authoriseProviderWrite(caller, code);
  const [found] = await providersByCode(em, [code]);
  if (!found) throw notFound(`Unknown provider ${code}`);
  return { provider: code, principal };
}
