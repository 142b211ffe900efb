/**
 * Case records for the monitor (pseudonymous only: a child is a `client` pseudonym derived at the source,
 * never a BSN, name or birth date) and the published waiting counts.
 */
import { defineEntity, p } from '@mikro-orm/core';
import { CertifiedInstitution } from './institutions.js';
import { LocalProduct } from './products.js';
import { Municipality, Region } from './reference.js';

const MeasureSchema = defineEntity({
  name: 'Measure',
  uniques: [{ properties: ['institution', 'externalId'] }],
  indexes: [{ properties: ['region', 'startDate'] }, { properties: ['client', 'startDate'] }],
  properties: {
    id: p.integer().primary(),
    /** The GI that recorded it; with externalId the source's key. */
    institution: () => p.manyToOne(CertifiedInstitution),
    externalId: p.string().length(64),
    client: p.string().length(128),
    municipality: () => p.manyToOne(Municipality),
    /** The region the municipality belonged to on the start date, fixed when written (history is never rewritten). */
    region: () => p.manyToOne(Region),
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
  uniques: [{ properties: ['region', 'externalId'] }],
  indexes: [{ properties: ['client', 'startDate'] }, { properties: ['region', 'requested'] }],
  properties: {
    id: p.integer().primary(),
    /** The region that allocated it; with externalId the source's key. */
    region: () => p.manyToOne(Region),
    externalId: p.string().length(64),
    client: p.string().length(128),
    municipality: () => p.manyToOne(Municipality),
    productCategory: p.string().length(2),
    productCode: p.string().length(5),
    /** The region's local product valid on the start (or, not yet started, the request) date. */
    product: () => p.manyToOne(LocalProduct),
    requested: p.date(),
    startDate: p.date().nullable(),
    endDate: p.date().nullable(),
  },
});
export class YouthHelp extends YouthHelpSchema.class {}
YouthHelpSchema.setClass(YouthHelp);

const WaitingReportSchema = defineEntity({
  name: 'WaitingReport',
  uniques: [{ properties: ['region', 'date'] }],
  properties: {
    id: p.integer().primary(),
    region: () => p.manyToOne(Region),
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
