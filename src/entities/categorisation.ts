/** The versioned shared categorisation of youth help: level 1 the iJw product category, level 2 beneath. */
import { defineEntity, p } from '@mikro-orm/core';
import { mappingCategory, referencedTriggers } from './checkedReferences.js';

const CategorisationVersionSchema = defineEntity({
  name: 'CategorisationVersion',
  properties: {
    code: p.string().length(16).primary(),
    validFrom: p.date(),
    loadedAt: p.datetime().onCreate(() => new Date()),
  },
});
export class CategorisationVersion extends CategorisationVersionSchema.class {}
CategorisationVersionSchema.setClass(CategorisationVersion);

const CategorySchema = defineEntity({
  name: 'Category',
  triggers: referencedTriggers(mappingCategory),
  properties: {
    code: p.string().length(16).primary(),
    name: p.string(),
    nameEn: p.string(),
    level: p.smallint(),
    parent: () => p.manyToOne(Category).nullable(),
    /** 1 (light) to 6 (heavy); null where help does not step up or down. */
    intensity: p.smallint().nullable(),
    crisis: p.boolean().default(false),
    /** CBS Beleidsinformatie Jeugd care form (hulpvorm) the category reports under. */
    cbsCareForm: p.string().length(2).nullable(),
    kind: p.string().length(24),
    legacy: p.boolean().default(false),
    version: () => p.manyToOne(CategorisationVersion),
    validFrom: p.date(),
    validTo: p.date().nullable(),
  },
});
export class Category extends CategorySchema.class {}
CategorySchema.setClass(Category);
