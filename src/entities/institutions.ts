/** Certified youth-protection institutions (GIs), providers, and the contracts regions hold with GIs. */
import { defineEntity, p } from '@mikro-orm/core';

const CertifiedInstitutionSchema = defineEntity({
  name: 'CertifiedInstitution',
  properties: {
    code: p.string().length(8).primary(),
    name: p.string(),
    aliases: p.array().default([]),
  },
});
export class CertifiedInstitution extends CertifiedInstitutionSchema.class {}
CertifiedInstitutionSchema.setClass(CertifiedInstitution);

const ProviderSchema = defineEntity({
  name: 'Provider',
  properties: {
    code: p.string().length(16).primary(),
    name: p.string(),
    /** Vektis AGB code, eight digits. */
    agbCode: p.string().length(8).nullable().unique(),
  },
});
export class Provider extends ProviderSchema.class {}
ProviderSchema.setClass(Provider);
