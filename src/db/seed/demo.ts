/** Writes the demo products of every region, once: only into a database that has no local products yet. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { LocalProduct, ProductMapping, Region } from '../../entities/index.js';
import { refreshReadModels } from '../../domain/categorisation/readModels.js';
import { demoProducts } from './demoProducts.js';

export const DEMO_AUTHOR = 'demo-seed';

export async function seedDemo(em: EntityManager): Promise<void> {
  if ((await em.count(LocalProduct)) > 0) return;
  const regions = await em.find(Region, {}, { orderBy: { code: 'asc' } });
  await em.transactional(async (tx) => {
    for (const region of regions) {
      for (const { mappings, ...product } of demoProducts(region.code)) {
        const row = tx.create(LocalProduct, { ...product, region });
        for (const mapping of mappings) {
          tx.create(ProductMapping, { product: row, category: mapping.category, relationship: mapping.relationship, setBy: DEMO_AUTHOR });
        }
      }
    }
    await tx.flush();
    await refreshReadModels(tx);
  });
  em.clear();
}
