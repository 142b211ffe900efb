export * from './reference.js';
export * from './institutions.js';
export * from './categorisation.js';
export * from './products.js';
export * from './changes.js';
export * from './contracts.js';
export * from './audit.js';
export * from './monitor.js';
export * from './availability.js';

import { AuditEvent } from './audit.js';
import { CategorisationVersion, Category } from './categorisation.js';
import { Change } from './changes.js';
import { Contract } from './contracts.js';
import { AvailabilityReport, ProviderCategory, ProviderRegion } from './availability.js';
import { Measure, WaitingReport, YouthHelp } from './monitor.js';
import { CertifiedInstitution, Provider } from './institutions.js';
import { LocalProduct, ProductMapping } from './products.js';
import { MembershipSnapshot, Municipality, Province, Region, RegionMembership } from './reference.js';

export const entities = [
  Province, Region, Municipality, RegionMembership, MembershipSnapshot,
  CertifiedInstitution, Provider, Contract,
  CategorisationVersion, Category,
  LocalProduct, ProductMapping,
  Change, AuditEvent,
  Measure, YouthHelp, WaitingReport,
  ProviderCategory, ProviderRegion, AvailabilityReport,
];
