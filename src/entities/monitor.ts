/**
 * Case records for the monitor (pseudonymous only: a child is a `client` pseudonym derived at the source,
 * never a BSN, name or birth date) and the published waiting counts.
 */
import { defineEntity, p } from '@mikro-orm/core';

const MeasureSchema = defineEntity({
  name: 'Measure',
  uniques: [{ properties: ['institutionCode', 'externalId'] }],
  indexes: [{ properties: ['regionCode', 'startDate'] }, { properties: ['client', 'startDate'] }],
  properties: {
    id: p.integer().primary(),
    /** The GI that recorded it; with externalId the source's key. */
    institutionCode: p.string().length(8),
    externalId: p.string().length(64),
    client: p.string().length(128),
    municipalityCode: p.string().length(6),
    /** The region the municipality belonged to on the start date, fixed when written (history is never rewritten). */
    regionCode: p.string().length(4),
    type: p.string().length(24),
    startDate: p.date(),
    /** Last day, inclusive; null while running. */
    endDate: p.date().nullable(),
  },
});
export class Measure extends MeasureSchema.class {}
MeasureSchema.setClass(Measure);

const YouthHelpSchema = defineEntity({
  name: 'YouthHelp',
  uniques: [{ properties: ['regionCode', 'externalId'] }],
  indexes: [{ properties: ['client', 'startDate'] }, { properties: ['regionCode', 'requested'] }],
  properties: {
    id: p.integer().primary(),
    /** The region that allocated it; with externalId the source's key. */
    regionCode: p.string().length(4),
    externalId: p.string().length(64),
    client: p.string().length(128),
    municipalityCode: p.string().length(6),
    productCategory: p.string().length(2),
    productCode: p.string().length(5),
    /** The region's local product valid on the start (or, not yet started, the request) date. */
    productId: p.integer(),
    requested: p.date(),
    startDate: p.date().nullable(),
    endDate: p.date().nullable(),
  },
});
export class YouthHelp extends YouthHelpSchema.class {}
YouthHelpSchema.setClass(YouthHelp);

const WaitingReportSchema = defineEntity({
  name: 'WaitingReport',
  uniques: [{ properties: ['regionCode', 'date'] }],
  properties: {
    id: p.integer().primary(),
    regionCode: p.string().length(4),
    /** The reference date (peildatum) of the count. */
    date: p.date(),
    count: p.integer(),
    /** The document or system the count comes from. */
    source: p.text().nullable(),
    reportedBy: p.string(),
  },
});
export class WaitingReport extends WaitingReportSchema.class {}
WaitingReportSchema.setClass(WaitingReport);
