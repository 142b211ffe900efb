/**
 * Per-request DataLoaders: every list-to-object edge of the schema is one batched statement. A request builds
 * only the loaders it touches (most use two or three of the twenty): each is made on first use.
 */
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

const byCode = <V>(batch: Batch<string, V>) => (em: EntityManager) => new DataLoader<string, V>((keys) => batch(em, keys));
const byId = <V>(batch: Batch<number, V>) => (em: EntityManager) => new DataLoader<number, V>((keys) => batch(em, keys));
const byCodeOn = <V>(batch: Batch<OnKey, V>) => (em: EntityManager) =>
  new DataLoader<OnKey, V, string>((keys) => batch(em, keys), { cacheKeyFn: onKey });

const FACTORIES = {
  province: byCode(provincesByCode),
  region: byCode(regionsByCode),
  municipality: byCode(municipalitiesByCode),
  institution: byCode(institutionsByCode),
  category: byCode(categoriesByCode),
  categoryChildren: byCode(childrenOf),
  predecessors: byCode(predecessorsOf),
  memberships: byCode(membershipsOf),
  institutionContracts: byCode(contractsOfInstitutions),
  regionContracts: byCodeOn(contractsOfRegions),
  provider: byCode(providersByCode),
  product: byId(productsById),
  contract: byId(contractsById),
  productMappings: byId(mappingsOf),
  providerCategories: byCode(categoryCodesOfProviders),
  providerRegions: byCode(regionCodesOfProviders),
  regionProvinces: byCodeOn(provincesOfRegions),
  provinceRegions: byCodeOn(regionsOfProvinces),
  regionMunicipalities: byCodeOn(municipalitiesOfRegions),
  provinceMunicipalities: byCodeOn(municipalitiesOfProvinces),
  regionInstitutions: byCodeOn(institutionsOfRegions),
  institutionRegions: byCodeOn(regionsOfInstitutions),
};

export type Loaders = { readonly [K in keyof typeof FACTORIES]: ReturnType<(typeof FACTORIES)[K]> };

/** One object per request; its getters (defined once, on the prototype) make a loader the first time it is read. */
class LazyLoaders {
  readonly made = new Map<string, unknown>();
  constructor(readonly em: EntityManager) {}
}
for (const [name, make] of Object.entries(FACTORIES)) {
  Object.defineProperty(LazyLoaders.prototype, name, {
    get(this: LazyLoaders) {
      let loader = this.made.get(name);
      if (!loader) this.made.set(name, (loader = make(this.em)));
      return loader;
    },
  });
}

export const createLoaders = (em: EntityManager): Loaders => new LazyLoaders(em) as unknown as Loaders;
