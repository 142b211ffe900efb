/** Each region's local products (its own product codes) and their mappings onto the shared categorisation. */
import { defineEntity, p } from '@mikro-orm/core';
import { Category } from './categorisation.js';
import { Region } from './reference.js';

const LocalProductSchema = defineEntity({
  name: 'LocalProduct',
  uniques: [{ properties: ['region', 'productCategory', 'productCode', 'validFrom'] }],
  properties: {
    id: p.integer().primary(),
    region: () => p.manyToOne(Region),
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
  properties: {
    id: p.integer().primary(),
    product: () => p.manyToOne(LocalProduct).deleteRule('cascade'),
    category: () => p.manyToOne(Category),
    /** FHIR ConceptMap R5 relationship of the local product to the category. */
    relationship: p.string().length(24),
    setBy: p.string(),
    setAt: p.datetime().onCreate(() => new Date()),
  },
});
export class ProductMapping extends ProductMappingSchema.class {}
ProductMappingSchema.setClass(ProductMapping);
