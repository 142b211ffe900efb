export * from './reference.js';
export * from './institutions.js';
export * from './categorisation.js';
export * from './products.js';
export * from './changes.js';

import { CategorisationVersion, Category } from './categorisation.js';
import { Change } from './changes.js';
import { CertifiedInstitution, InstitutionContract, Provider } from './institutions.js';
import { LocalProduct, ProductMapping } from './products.js';
import { Municipality, Province, Region, RegionMembership } from './reference.js';

export const entities = [
  Province, Region, Municipality, RegionMembership,
  CertifiedInstitution, Provider, InstitutionContract,
  CategorisationVersion, Category,
  LocalProduct, ProductMapping,
  Change,
];
