/** The shapes categorisation reads return, named as the GraphQL fields. */
export interface CategoryRow {
  code: string;
  name: string;
  nameEn: string;
  level: number;
  parentCode: string | null;
  intensity: number | null;
  crisis: boolean;
  cbsCareForm: string | null;
  kind: string;
  legacy: boolean;
  version: string;
  validFrom: string;
  validTo: string | null;
}
/** What a version of a local product is, wherever it comes from (a sync, the store, the demo seed). */
export interface ProductFields {
  productCategory: string;
  productCode: string;
  name: string;
  unit: string;
  tariffCents: number | null;
  validFrom: string;
  validTo: string | null;
}
export interface LocalProductRow extends ProductFields {
  id: number;
  regionCode: string;
}
/** `setAt` is PostgreSQL's text form of the timestamptz (raw SQL results keep it as text); the DateTime scalar reads it. */
export interface MappingRow { productId: number; categoryCode: string; relationship: string; setBy: string; setAt: string }

/** Selects a local_product aliased `lp` as a LocalProductRow. */
export const PRODUCT_COLUMNS = `lp.id, lp.region_code as "regionCode", lp.product_category as "productCategory",
  lp.product_code as "productCode", lp.name, lp.unit, lp.tariff_cents as "tariffCents",
  lp.valid_from::text as "validFrom", lp.valid_to::text as "validTo"`;

/** Whether local product `lp` is mapped onto the shared categorisation (has at least one mapping). */
export const IS_MAPPED = 'exists (select 1 from product_mapping pm where pm.product_id = lp.id)';
