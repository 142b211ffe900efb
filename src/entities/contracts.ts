/** The contracts regions hold with GIs and providers, and the local products a contract covers. */
import { defineEntity, p } from '@mikro-orm/core';
import { CertifiedInstitution, Provider } from './institutions.js';
import { Region } from './reference.js';

const ContractSchema = defineEntity({
  name: 'Contract',
  uniques: [{ properties: ['region', 'counterparty', 'validFrom'] }],
  indexes: [{ properties: ['institution'] }, { properties: ['provider'] }],
  checks: [{ name: 'contract_one_counterparty', expression: '(institution_code IS NULL) <> (provider_code IS NULL)' }],
  properties: {
    id: p.integer().primary(),
    region: () => p.manyToOne(Region),
    /** `GI:JBRA` or `PROVIDER:ABC`: one column for the natural key whichever the counterparty is. */
    counterparty: p.string().length(24),
    institution: () => p.manyToOne(CertifiedInstitution).nullable().deleteRule('no action'),
    provider: () => p.manyToOne(Provider).nullable().deleteRule('no action'),
    validFrom: p.date(),
    validTo: p.date().nullable(),
    /** SUBSIDY, OPEN_HOUSE, ADMINISTRATIVE_PROCUREMENT or TENDER; null where the sources do not say. */
    procurementModel: p.string().length(32).nullable(),
    /** PER_PRODUCT, LUMPSUM, MONTHLY_RATE or HOURLY_RATE; null where the sources do not say. */
    financingForm: p.string().length(32).nullable(),
    indexationPercent: p.decimal('number').precision(5).scale(2).nullable(),
    riskSurchargePercent: p.decimal('number').precision(5).scale(2).nullable(),
    /** Local products covered, as `45/45A01` (product category / product code, across their versions). */
    products: p.array().default([]),
  },
});
export class Contract extends ContractSchema.class {}
ContractSchema.setClass(Contract);
