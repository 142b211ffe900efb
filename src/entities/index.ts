export * from './reference.js';
export * from './institutions.js';
export * from './categorisation.js';
export * from './products.js';
export * from './changes.js';
export * from './contracts.js';
export * from './audit.js';

import { AuditEvent } from './audit.js';
import { CategorisationVersion, Category } from './categorisation.js';
import { Change } from './changes.js';
import { Contract } from './contracts.js';
import { CertifiedInstitution, Provider } from './institutions.js';
import { LocalProduct, ProductMapping } from './products.js';
import { MembershipSnapshot, Municipality, Province, Region, RegionMembership } from './reference.js';

export const entities = [
  Province, Region, Municipality, RegionMembership, MembershipSnapshot,
  CertifiedInstitution, Provider, Contract,
  CategorisationVersion, Category,
  LocalProduct, ProductMapping,
  Change, AuditEvent,
];
