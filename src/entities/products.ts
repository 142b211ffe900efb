/** Each region's local products (its own product codes) and their mappings onto the shared categorisation. */
import { defineEntity, p } from '@mikro-orm/core';
import { Category } from './categorisation.js';
import { cascadingTriggers, mappingCategory, mappingProduct, productRegion, referencingTriggers } from './checkedReferences.js';
import { Region } from './reference.js';

const LocalProductSchema = defineEntity({
  name: 'LocalProduct',
  uniques: [{ properties: ['region', 'productCategory', 'productCode', 'validFrom'] }],
  triggers: [...referencingTriggers(productRegion), ...cascadingTriggers(mappingProduct)],
  properties: {
    id: p.integer().primary(),
    /** Checked once per statement, not by a foreign key constraint: see ./checkedReferences.ts. */
    region: () => p.manyToOne(Region).createForeignKeyConstraint(false),
    productCategory: p.string().length(2),
    productCode: p.string().length(5),
    name: p.string(),
    /** iJw unit (WJ756) as its enum name, e.g. HOUR. */
    unit: p.string().length(16),
    tariffCents: p.integer().nullable(),
    validFrom: p.date(),
    validTo: p.date().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export class LocalProduct extends LocalProductSchema.class {}
LocalProductSchema.setClass(LocalProduct);

const ProductMappingSchema = defineEntity({
  name: 'ProductMapping',
  uniques: [{ properties: ['product', 'category'] }],
  indexes: [{ properties: ['category'] }],
  triggers: [...referencingTriggers(mappingCategory), ...referencingTriggers(mappingProduct)],
  properties: {
    id: p.integer().primary(),
    /** Checked once per statement, its deletes cascaded by triggers, not by a foreign key constraint: see ./checkedReferences.ts. */
    product: () => p.manyToOne(LocalProduct).createForeignKeyConstraint(false),
    /** Checked once per statement, not by a foreign key constraint: see ./checkedReferences.ts. */
    category: () => p.manyToOne(Category).createForeignKeyConstraint(false),
    /** FHIR ConceptMap R5 relationship of the local product to the category. */
    relationship: p.string().length(24),
    setBy: p.string(),
    setAt: p.datetime().onCreate(() => new Date()),
  },
});
export class ProductMapping extends ProductMappingSchema.class {}
ProductMappingSchema.setClass(ProductMapping);
