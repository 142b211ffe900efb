/**
 * Root lookups in one round trip: one statement fetches what the query will ask for beneath the root field, and
 * hands it to the request's loaders, which the child fields read as usual (so a shape not foreseen here still works).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { municipalityWithRelations } from '../domain/reference/municipalityWithRelations.js';
import { regionWithMembers } from '../domain/reference/regionWithMembers.js';
import type { MunicipalityRow, RegionRow } from '../domain/reference/rows.js';
import { onDate } from '../domain/sql.js';
import type { Context } from './context.js';
import { childArguments } from './lookahead.js';

/** The region, and the members and provinces the query selects under it. */
export async function loadRegion(code: string, { em, loaders }: Context, info: GraphQLResolveInfo): Promise<RegionRow | null> {
  const municipalities = childArguments(info, 'municipalities');
  const provinces = childArguments(info, 'provinces');
  // Selected twice with different dates (aliases): rare; the loaders answer that shape.
  if (municipalities.length > 1 || provinces.length > 1) return loaders.region.load(code);
  const municipalitiesOn = municipalities.length ? onDate(municipalities[0]) : null;
  const provincesOn = provinces.length ? onDate(provinces[0]) : null;
  const found = await regionWithMembers(em, code, { municipalitiesOn, provincesOn });
  if (!found) return null;
  const region = { code: found.code, name: found.name };
  loaders.region.prime(found.code, region);
  if (municipalitiesOn) loaders.regionMunicipalities.prime({ code: found.code, on: municipalitiesOn }, found.municipalities);
  if (provincesOn) loaders.regionProvinces.prime({ code: found.code, on: provincesOn }, found.provinces);
  return region;
}

/** The municipality with its province, region history (and those regions) and successor: all its fields but predecessors. */
export async function loadMunicipality(code: string, { em, loaders }: Context): Promise<MunicipalityRow | null> {
  const found = await municipalityWithRelations(em, code);
  if (!found) return null;
  const { municipality, province, memberships, regions, successor } = found;
  loaders.municipality.prime(municipality.code, municipality);
  loaders.province.prime(province.code, province);
  loaders.memberships.prime(municipality.code, memberships);
  for (const region of regions) loaders.region.prime(region.code, region);
  if (successor) loaders.municipality.prime(successor.code, successor);
  return municipality;
}
