/** What providers offer (shared categories, regions) and the room they report. */
import { defineEntity, p } from '@mikro-orm/core';
import { Category } from './categorisation.js';
import { Provider } from './institutions.js';
import { Region } from './reference.js';

const ProviderCategorySchema = defineEntity({
  name: 'ProviderCategory',
  properties: {
    provider: () => p.manyToOne(Provider).primary().deleteRule('cascade'),
    category: () => p.manyToOne(Category).primary(),
  },
});
export class ProviderCategory extends ProviderCategorySchema.class {}
ProviderCategorySchema.setClass(ProviderCategory);

const ProviderRegionSchema = defineEntity({
  name: 'ProviderRegion',
  properties: {
    provider: () => p.manyToOne(Provider).primary().deleteRule('cascade'),
    region: () => p.manyToOne(Region).primary(),
  },
});
export class ProviderRegion extends ProviderRegionSchema.class {}
ProviderRegionSchema.setClass(ProviderRegion);

const AvailabilityReportSchema = defineEntity({
  name: 'AvailabilityReport',
  uniques: [{ properties: ['provider', 'category', 'region', 'reportedOn'] }],
  properties: {
    id: p.integer().primary(),
    provider: () => p.manyToOne(Provider),
    category: () => p.manyToOne(Category),
    region: () => p.manyToOne(Region),
    /** The day of the report; a second report that day replaces the first. */
    reportedOn: p.date(),
    freePlaces: p.integer(),
    waitingCount: p.integer(),
    expectedWaitDays: p.integer().nullable(),
    reportedBy: p.string(),
  },
});
export class AvailabilityReport extends AvailabilityReportSchema.class {}
AvailabilityReportSchema.setClass(AvailabilityReport);
