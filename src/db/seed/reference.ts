/**
 * Loads the shipped reference data: provinces, regions, municipalities with their membership periods,
 * GIs and the region–GI contracts the documents name, and the shared categorisation. Idempotent: every
 * row is upserted by its natural key, so starting again never duplicates anything. Rows that later loads
 * of CBS years may change (regions, municipalities, memberships) are only inserted when missing, so a
 * restart never undoes such a load.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CategorisationVersion, Category, CertifiedInstitution, Contract, MembershipSnapshot, Municipality, Province, Region, RegionMembership,
} from '../../entities/index.js';
import { sharedCategorisation } from '../../reference/categorisation.js';
import { loadJeugdregios, type JeugdregiosFile } from '../../reference/jeugdregios.js';
import { loadSeedFacts } from '../../reference/seedFacts.js';

/** The first day the CBS membership data covers; the documents' region–GI contracts are dated from it too. */
export const COVERAGE_START = '2021-01-01';

export interface MembershipPeriod { municipality: string; region: string; validFrom: string; validTo: string | null }

/** Turns yearly 1 January snapshots into half-open membership periods, ending where a municipality ends. */
export function membershipPeriods(file: JeugdregiosFile): MembershipPeriod[] {
  const periods: MembershipPeriod[] = [];
  for (const [code, municipality] of Object.entries(file.municipalities)) {
    const years = Object.keys(municipality.region).sort();
    let current: MembershipPeriod | undefined;
    for (const year of years) {
      const region = municipality.region[year];
      if (current?.region === region) continue;
      const start = current ? `${year}-01-01` : (municipality.validFrom ?? `${year}-01-01`);
      if (current) current.validTo = start;
      current = { municipality: code, region, validFrom: start < COVERAGE_START ? COVERAGE_START : start, validTo: null };
      periods.push(current);
    }
    if (current) current.validTo = municipality.validTo ?? null;
  }
  return periods;
}

export async function seedReference(em: EntityManager): Promise<void> {
  const cbs = loadJeugdregios();
  const facts = loadSeedFacts();
  const provinceByName = new Map(cbs.provinces.map((p) => [p.name, p.code]));

  await em.upsertMany(Province, cbs.provinces, { onConflictFields: ['code'] });

  const regionNames = new Map<string, string>();
  for (const year of Object.keys(cbs.years).sort()) {
    for (const region of cbs.years[year].regions) regionNames.set(region.code, region.name);
  }
  await em.upsertMany(Region, [...regionNames].map(([code, name]) => ({ code, name })), { onConflictFields: ['code'], onConflictAction: 'ignore' });

  // Successors first, so a merged municipality's foreign key always finds its successor.
  const municipalities = Object.entries(cbs.municipalities)
    .map(([code, m]) => ({
      code,
      name: m.name,
      province: provinceOf(provinceByName, code, m.province),
      validFrom: m.validFrom ?? null,
      validTo: m.validTo ?? null,
      successor: m.mergedInto ?? null,
    }));
  for (const batch of [municipalities.filter((m) => !m.successor), municipalities.filter((m) => m.successor)]) {
    await em.upsertMany(Municipality, batch, { onConflictFields: ['code'], onConflictAction: 'ignore' });
  }
  await em.upsertMany(RegionMembership, membershipPeriods(cbs), { onConflictFields: ['municipality', 'validFrom'], onConflictAction: 'ignore' });
  await em.upsertMany(
    MembershipSnapshot,
    Object.keys(cbs.years).map((year) => ({ year: Number(year), loadedBy: 'reference-seed' })),
    { onConflictFields: ['year'], onConflictAction: 'ignore' },
  );

  await em.upsertMany(
    CertifiedInstitution,
    facts.certifiedInstitutions.map((gi) => ({ code: gi.code, name: gi.name, aliases: gi.aliases ?? [] })),
    { onConflictFields: ['code'] },
  );
  await em.upsertMany(
    Contract,
    facts.regions.flatMap((region) => region.gis.map((gi) =>
      ({ region: region.code, counterparty: `GI:${gi}`, institution: gi, validFrom: COVERAGE_START, validTo: null }))),
    { onConflictFields: ['region', 'counterparty', 'validFrom'], onConflictAction: 'ignore' },
  );

  const { version, validFrom, categories } = sharedCategorisation;
  await em.upsertMany(CategorisationVersion, [{ code: version, validFrom }], { onConflictFields: ['code'], onConflictExcludeFields: ['loadedAt'] });
  // Parents (level 1) before children, for the same foreign-key reason as municipalities.
  for (const level of [1, 2]) {
    await em.upsertMany(
      Category,
      categories
        .filter((c) => (c.parent ? 2 : 1) === level)
        .map((c) => ({
          code: c.code,
          name: c.name,
          nameEn: c.en,
          level,
          parent: c.parent ?? null,
          intensity: c.intensity ?? null,
          crisis: c.crisis ?? false,
          cbsCareForm: c.cbsHulpvorm ?? null,
          kind: c.kind ?? 'JEUGDHULP',
          legacy: c.legacy ?? false,
          version,
          validFrom,
          validTo: null,
        })),
      { onConflictFields: ['code'] },
    );
  }
  em.clear();
}

function provinceOf(byName: Map<string, string>, code: string, name: string): string {
  const province = byName.get(name);
  if (!province) throw new Error(`reference data: municipality ${code} names unknown province "${name}"`);
  return province;
}
