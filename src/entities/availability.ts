/** What providers offer (shared categories, regions) and the room they report. */
import { defineEntity, p } from '@mikro-orm/core';

const ProviderCategorySchema = defineEntity({
  name: 'ProviderCategory',
  properties: {
    providerCode: p.string().length(16).primary(),
    categoryCode: p.string().length(16).primary(),
  },
});
export class ProviderCategory extends ProviderCategorySchema.class {}
ProviderCategorySchema.setClass(ProviderCategory);

const ProviderRegionSchema = defineEntity({
  name: 'ProviderRegion',
  properties: {
    providerCode: p.string().length(16).primary(),
    regionCode: p.string().length(4).primary(),
  },
});
export class ProviderRegion extends ProviderRegionSchema.class {}
ProviderRegionSchema.setClass(ProviderRegion);

const AvailabilityReportSchema = defineEntity({
  name: 'AvailabilityReport',
  uniques: [{ properties: ['providerCode', 'categoryCode', 'regionCode', 'reportedOn'] }],
  properties: {
    id: p.integer().primary(),
    providerCode: p.string().length(16),
    categoryCode: p.string().length(16),
    regionCode: p.string().length(4),
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
