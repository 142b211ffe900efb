/** The start of every write of a GI's data: the code normalised, the caller authorised, the GI known. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { authoriseInstitutionWrite, type Caller } from '../../auth/authorise.js';
import type { Principal } from '../../auth/principal.js';
import { notFound } from '../errors.js';
import { institutionsByCode } from '../reference/institutions.js';
import { institutionCode } from '../codes.js';

export async function institutionWrite(em: EntityManager, caller: Caller, institution: string): Promise<{ institution: string; principal: Principal }> {
  const code = institutionCode(institution);
  const principal = authoriseInstitutionWrite(caller, code);
  const [found] = await institutionsByCode(em, [code]);
  if (!found) throw notFound(`Unknown certified institution ${code}`);
  return { institution: code, principal };
}
