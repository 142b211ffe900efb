/** The shapes reference reads return: plain rows, named as the GraphQL types name their fields. */
export interface ProvinceRow { code: string; name: string }
export interface RegionRow { code: string; name: string }
export interface MunicipalityRow {
  code: string;
  name: string;
  provinceCode: string;
  validFrom: string | null;
  validTo: string | null;
  successorCode: string | null;
}
export interface MembershipRow { municipalityCode: string; regionCode: string; validFrom: string; validTo: string | null }
export interface InstitutionRow { code: string; name: string; aliases: string[] }

/** A loader key for "this thing, on this date". */
export interface OnKey { code: string; on: string }
export const onKey = (key: OnKey) => `${key.code}|${key.on}`;
