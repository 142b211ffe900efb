/** The start of every write to one region's data: the code normalised, the caller authorised, the region known. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { authoriseRegionWrite, type Caller } from '../../auth/authorise.js';
import type { Principal } from '../../auth/principal.js';
import { regionCode } from '../codes.js';
import { requireRegions } from './regions.js';

export async function regionWrite(em: EntityManager, caller: Caller, region: string): Promise<{ region: string; principal: Principal }> {
  const code = regionCode(region);
  const principal = authoriseRegionWrite(caller, code);
  await requireRegions(em, [code]);
  return { region: code, principal };
}
