/** Writes local products straight through the ORM, so tests control every tariff they check by hand. */
import { LocalProduct, ProductMapping } from '../../src/entities/index.js';
import type { Database } from '../../src/db/database.js';
import { refreshReadModels } from '../../src/domain/categorisation/readModels.js';
import type { ProductFields } from '../../src/domain/categorisation/rows.js';

export interface ProductFixture extends Omit<ProductFields, 'validTo'> {
  region: string;
  validTo?: string | null;
  mappings?: [category: string, relationship: string][];
}

export async function insertProducts(db: Database, products: ProductFixture[]): Promise<void> {
  const em = db.orm.em.fork();
  for (const { mappings = [], region, validTo = null, ...product } of products) {
    const row = em.create(LocalProduct, { ...product, validTo, region });
    for (const [category, relationship] of mappings) {
      em.create(ProductMapping, { product: row, category, relationship, setBy: 'test' });
    }
  }
  await em.flush();
  // A direct write bypasses the sync, so it keeps the derived read models current itself, as the sync does.
  await refreshReadModels(em, [...new Set(products.map((p) => p.region))]);
}
