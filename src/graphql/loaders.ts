/** Per-request DataLoaders: every list-to-object edge of the schema is one batched statement. */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { categoryCodesOfProviders, regionCodesOfProviders } from '../domain/availability/providers.js';
import { categoriesByCode, childrenOf, mappingsOf } from '../domain/categorisation/categories.js';
import { productsById } from '../domain/categorisation/productsById.js';
import { contractsById, contractsOfInstitutions, contractsOfRegions } from '../domain/contracts/read.js';
import { institutionsByCode, institutionsOfRegions } from '../domain/reference/institutions.js';
import { membershipsOf, municipalitiesByCode, municipalitiesOfProvinces, municipalitiesOfRegions, predecessorsOf } from '../domain/reference/municipalities.js';
import { provincesByCode, provincesOfRegions } from '../domain/reference/provinces.js';
import { providersByCode } from '../domain/reference/providers.js';
import { regionsByCode, regionsOfInstitutions, regionsOfProvinces } from '../domain/reference/regions.js';
import { onKey, type OnKey } from '../domain/reference/rows.js';

type Batch<K, V> = (em: EntityManager, keys: readonly K[]) => Promise<V[]>;

const byCode = <V>(em: EntityManager, batch: Batch<string, V>) => new DataLoader<string, V>((keys) => batch(em, keys));
const byId = <V>(em: EntityManager, batch: Batch<number, V>) => new DataLoader<number, V>((keys) => batch(em, keys));
const byCodeOn = <V>(em: EntityManager, batch: Batch<OnKey, V>) =>
  new DataLoader<OnKey, V, string>((keys) => batch(em, keys), { cacheKeyFn: onKey });

export function createLoaders(em: EntityManager) {
  return {
    province: byCode(em, provincesByCode),
    region: byCode(em, regionsByCode),
    municipality: byCode(em, municipalitiesByCode),
    institution: byCode(em, institutionsByCode),
    category: byCode(em, categoriesByCode),
    categoryChildren: byCode(em, childrenOf),
    predecessors: byCode(em, predecessorsOf),
    memberships: byCode(em, membershipsOf),
    institutionContracts: byCode(em, contractsOfInstitutions),
    regionContracts: byCodeOn(em, contractsOfRegions),
    provider: byCode(em, providersByCode),
    product: byId(em, productsById),
    contract: byId(em, contractsById),
    productMappings: byId(em, mappingsOf),
    providerCategories: byCode(em, categoryCodesOfProviders),
    providerRegions: byCode(em, regionCodesOfProviders),
    regionProvinces: byCodeOn(em, provincesOfRegions),
    provinceRegions: byCodeOn(em, regionsOfProvinces),
    regionMunicipalities: byCodeOn(em, municipalitiesOfRegions),
    provinceMunicipalities: byCodeOn(em, municipalitiesOfProvinces),
    regionInstitutions: byCodeOn(em, institutionsOfRegions),
    institutionRegions: byCodeOn(em, regionsOfInstitutions),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
