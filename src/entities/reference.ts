/** Provinces, youth-care regions, municipalities and their region membership over time (CBS). */
import { defineEntity, p } from '@mikro-orm/core';
import { productRegion, referencedTriggers } from './checkedReferences.js';

const ProvinceSchema = defineEntity({
  name: 'Province',
  properties: {
    code: p.string().length(4).primary(),
    name: p.string(),
  },
});
export class Province extends ProvinceSchema.class {}
ProvinceSchema.setClass(Province);

const RegionSchema = defineEntity({
  name: 'Region',
  triggers: referencedTriggers(productRegion),
  properties: {
    code: p.string().length(4).primary(),
    name: p.string(),
  },
});
export class Region extends RegionSchema.class {}
RegionSchema.setClass(Region);

const MunicipalitySchema = defineEntity({
  name: 'Municipality',
  properties: {
    code: p.string().length(6).primary(),
    name: p.string(),
    province: () => p.manyToOne(Province),
    /** First day it exists; null when it existed before the reference data begins. */
    validFrom: p.date().nullable(),
    /** First day it no longer exists (merged away); null while it exists. */
    validTo: p.date().nullable(),
    /** The municipality it merged into. */
    successor: () => p.manyToOne(Municipality).nullable(),
  },
});
export class Municipality extends MunicipalitySchema.class {}
MunicipalitySchema.setClass(Municipality);

const RegionMembershipSchema = defineEntity({
  name: 'RegionMembership',
  uniques: [{ properties: ['municipality', 'validFrom'] }],
  indexes: [{ properties: ['region', 'validFrom'] }],
  properties: {
    id: p.integer().primary(),
    municipality: () => p.manyToOne(Municipality),
    region: () => p.manyToOne(Region),
    validFrom: p.date(),
    validTo: p.date().nullable(),
  },
});
export class RegionMembership extends RegionMembershipSchema.class {}
RegionMembershipSchema.setClass(RegionMembership);

/** A CBS yearly membership snapshot (1 January) that has been loaded; later loads never rewrite these years. */
const MembershipSnapshotSchema = defineEntity({
  name: 'MembershipSnapshot',
  properties: {
    // A CBS year, given by the loader: not a serial (MikroORM makes a numeric primary key one unless told).
    year: p.smallint().primary().autoincrement(false),
    loadedAt: p.datetime().onCreate(() => new Date()),
    loadedBy: p.string(),
  },
});
export class MembershipSnapshot extends MembershipSnapshotSchema.class {}
MembershipSnapshotSchema.setClass(MembershipSnapshot);
