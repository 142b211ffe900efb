/**
 * The national-scale data set: every region's product list at about 800 versions per region per unit of scale
 * (scale 1 ≈ 33,000 versions), drawn from the demo templates (units, second indexed versions, ~5% unmapped,
 * multi-mappings), deterministic, and loaded through syncLocalProducts like a region's integrator would.
 */
import { random, TEMPLATES, versionsOf, type DemoProduct } from '../src/db/seed/demoProducts.js';

/** Codes per region at scale 1; with half of the priced codes in two versions this is ~800 versions. */
const CODES_PER_REGION = 530;

/** Product codes are the product category plus three characters: a per-category serial in base 36. */
export const codeOf = (productCategory: string, n: number) => `${productCategory}${n.toString(36).toUpperCase().padStart(3, '0')}`;

/** A region's products at a scale, grouped per product code (a code's versions belong in one batch). */
export function nationalProducts(regionCode: string, scale: number): DemoProduct[][] {
  const rnd = random(`national:${regionCode}`);
  const regionFactor = 0.9 + rnd() * 0.25;
  const perCategory = new Map<string, number>();
  return Array.from({ length: CODES_PER_REGION * scale }, () => {
    const template = TEMPLATES[Math.floor(rnd() * TEMPLATES.length)];
    const productCategory = template.category.slice(0, 2);
    const n = perCategory.get(productCategory) ?? 0;
    perCategory.set(productCategory, n + 1);
    return versionsOf(template, productCategory, codeOf(productCategory, n), regionFactor, rnd);
  });
}

/** Batches of at most `maxRows` rows, never splitting a code's versions. */
export function batches(codes: DemoProduct[][], maxRows: number): DemoProduct[][] {
  const out: DemoProduct[][] = [[]];
  for (const versions of codes) {
    if (out[out.length - 1].length + versions.length > maxRows) out.push([]);
    out[out.length - 1].push(...versions);
  }
  return out;
}

export type Sync = (region: string, products: DemoProduct[]) => Promise<void>;

/** Loads every region's products through `sync`; returns the number of versions written. */
export async function loadNational(regions: string[], scale: number, maxRows: number, sync: Sync): Promise<number> {
  let rows = 0;
  for (const region of regions) {
    for (const batch of batches(nationalProducts(region, scale), maxRows)) {
      await sync(region, batch);
      rows += batch.length;
    }
  }
  return rows;
}

/** `count` new products of category 45 (codes `prefix` + four characters), an hourly tariff, one mapping each. */
export const benchProducts = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => ({
  productCategory: '45', productCode: `${prefix}${i.toString(36).toUpperCase().padStart(4, '0')}`, name: `Bench product ${i}`,
  unit: 'HOUR', tariffCents: 8000 + (i % 500), validFrom: '2025-01-01', mappings: [{ category: '45-BHI' }],
}));
