/**
 * A deterministic generator of demo local products: every region gets its own code scheme (within iJw's
 * rule: the product category plus up to three characters), its own names, 20–60 products over the
 * categories with tariffs typical for each unit, about 5% left unmapped and a few mapped onto two
 * categories. Pure: the same region code always gives the same list.
 */

import type { ProductFields } from '../../domain/categorisation/rows.js';

export interface DemoMapping { category: string; relationship: string }
export interface DemoProduct extends ProductFields {
  mappings: DemoMapping[];
}

/** A shared level-2 category as regions buy it: names they use, units they price it in, a typical tariff. */
export interface Template {
  category: string;
  names: string[];
  units: string[];
  /** Typical tariff in cents per hour for hour-based units, else per unit (etmaal, piece). */
  baseCents: number | null;
  /** A second category some regions map this product onto as well. */
  alsoRelated?: string;
}

export const TEMPLATES: Template[] = [
  { category: '40-PV', names: ['Persoonlijke verzorging', 'Verzorging jeugd'], units: ['HOUR', 'MINUTE'], baseCents: 5_500 },
  { category: '41-DBH', names: ['Dagbehandeling', 'Behandelgroep dag', 'Dagbehandeling (jonge kind)'], units: ['DAYPART', 'HOUR'], baseCents: 3_200 },
  { category: '41-DHL', names: ['Dagbesteding', 'Daghulp', 'Naschoolse dagbesteding'], units: ['DAYPART'], baseCents: 2_400 },
  { category: '42-VVR', names: ['Vervoer', 'Vervoer per rit'], units: ['PIECE_OUTPUT'], baseCents: 3_500 },
  { category: '43-RES', names: ['Residentiële behandeling', 'Verblijf met behandeling', 'Behandelgroep 24-uurs'], units: ['ETMAAL'], baseCents: 28_000 },
  { category: '43-3MV', names: ['Driemilieuvoorziening', 'Verblijf 3-milieu'], units: ['ETMAAL'], baseCents: 25_000 },
  { category: '43-GES', names: ['JeugdzorgPlus', 'Gesloten jeugdhulp'], units: ['ETMAAL'], baseCents: 55_000 },
  { category: '44-PLV', names: ['Pleegzorg voltijd', 'Pleegzorg (perspectief)'], units: ['ETMAAL'], baseCents: 4_500, alsoRelated: '46-PLZ' },
  { category: '44-PLD', names: ['Pleegzorg deeltijd', 'Weekendpleegzorg'], units: ['ETMAAL'], baseCents: 5_000 },
  { category: '44-GZH', names: ['Gezinshuis', 'Gezinshuis plus'], units: ['ETMAAL'], baseCents: 18_000 },
  { category: '44-BWK', names: ['Begeleid wonen', 'Kamertraining', 'Training zelfstandig wonen'], units: ['ETMAAL'], baseCents: 14_000 },
  { category: '44-LOG', names: ['Logeeropvang', 'Respijtzorg', 'Logeren'], units: ['ETMAAL'], baseCents: 16_000 },
  { category: '45-BGI', names: ['Ambulante begeleiding', 'Individuele begeleiding', 'Begeleiding thuis', 'Gezinsbegeleiding'], units: ['HOUR', 'MINUTE'], baseCents: 6_500 },
  { category: '45-BGG', names: ['Begeleiding groep', 'Groepstraining', 'Sociale vaardigheidstraining'], units: ['HOUR', 'DAYPART'], baseCents: 3_500 },
  { category: '45-BHI', names: ['Ambulante behandeling', 'Behandeling individueel', 'Jeugdhulp behandeling', 'Systeemtherapie'], units: ['HOUR', 'MINUTE', 'DAYPART'], baseCents: 9_500, alsoRelated: '54-SPC' },
  { category: '45-IAG', names: ['Intensieve ambulante gezinsbehandeling', 'Intensieve gezinsbehandeling', 'Multi Systeem Therapie'], units: ['HOUR', 'MINUTE'], baseCents: 10_500 },
  { category: '45-DIA', names: ['Diagnostiek', 'Onderzoek en diagnostiek'], units: ['HOUR', 'MINUTE'], baseCents: 11_000 },
  { category: '45-DYS', names: ['Dyslexiezorg', 'Dyslexie behandeltraject'], units: ['PIECE_OUTPUT'], baseCents: 400_000 },
  { category: '46-AMB', names: ['Crisishulp ambulant', 'Spoedhulp thuis'], units: ['HOUR'], baseCents: 13_000 },
  { category: '46-VBL', names: ['Crisisopvang', 'Crisisplaatsing verblijf'], units: ['ETMAAL'], baseCents: 40_000 },
  { category: '46-PLZ', names: ['Crisispleegzorg'], units: ['ETMAAL'], baseCents: 7_000 },
  { category: '47-JRC', names: ['Jeugdreclassering', 'Toezicht en begeleiding JR'], units: ['PIECE_OUTPUT'], baseCents: 125_000 },
  { category: '47-ITB', names: ['Intensieve trajectbegeleiding', 'ITB Harde Kern'], units: ['PIECE_OUTPUT'], baseCents: 210_000 },
  { category: '48-OTS', names: ['Ondertoezichtstelling', 'OTS maandtarief'], units: ['PIECE_OUTPUT'], baseCents: 175_000 },
  { category: '48-VGD', names: ['Voogdij', 'Voogdij maandtarief'], units: ['PIECE_OUTPUT'], baseCents: 130_000 },
  { category: '48-PJB', names: ['Preventieve jeugdbescherming', 'Drang'], units: ['PIECE_OUTPUT'], baseCents: 90_000 },
  { category: '49-PJK', names: ['Preventief justitieel kader', 'Taakstraf begeleiding'], units: ['PIECE_OUTPUT'], baseCents: 60_000 },
  { category: '50-MWA', names: ['Maatwerkarrangement', 'Maatwerk jeugd'], units: ['EURO'], baseCents: null },
  { category: '54-BAS', names: ['Basis jeugd-ggz', 'Generalistische jeugd-ggz'], units: ['MINUTE', 'HOUR'], baseCents: 10_000 },
  { category: '54-SPC', names: ['Specialistische jeugd-ggz', 'Jeugd-ggz specialistisch ambulant'], units: ['MINUTE', 'HOUR'], baseCents: 11_500 },
  { category: '54-KLI', names: ['Klinische jeugd-ggz', 'Jeugd-ggz klinisch'], units: ['ETMAAL'], baseCents: 60_000 },
  { category: '55-LTA', names: ['Landelijk Transitie Arrangement'], units: ['EURO'], baseCents: null },
];

const SUFFIXES = ['', ' licht', ' regulier', ' intensief', ' specialistisch', ' (HBO)', ' (WO)', ' plus'];
const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** First day the demo products are valid; a share of them gets a new, indexed tariff on INDEXED_FROM. */
export const DEMO_FROM = '2023-01-01';
export const INDEXED_FROM = '2025-01-01';

/** mulberry32: a tiny seeded PRNG, so the demo data is the same on every machine. */
export function random(seedText: string): () => number {
  let seed = [...seedText].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 16777619), 2166136261) >>> 0;
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Scheme = (category: string, template: Template, n: number, rnd: () => number) => string;

/** Code schemes regions actually use: a letter per line plus a number, a mnemonic, a plain serial number. */
const SCHEMES: Scheme[] = [
  (cat, t, n) => `${cat}${LETTERS[TEMPLATES.indexOf(t) % LETTERS.length]}${String(n).padStart(2, '0')}`,
  (cat, t, n) => `${cat}${t.category.slice(3, 5)}${n}`.slice(0, 5),
  (cat, _t, n) => `${cat}${String(n * 10 + 1).padStart(3, '0')}`,
  (cat, _t, n, rnd) => `${cat}${LETTERS[Math.floor(rnd() * LETTERS.length)]}${n % 10}${LETTERS[n % LETTERS.length]}`,
];

function tariffFor(template: Template, unit: string, factor: number): number | null {
  if (template.baseCents === null || unit === 'EURO') return null;
  const cents = template.baseCents * factor;
  const perUnit = { MINUTE: cents / 60, DAYPART: cents * 4 }[unit] ?? cents;
  return Math.round(perUnit);
}

const picker = (rnd: () => number) => <T>(list: T[]) => list[Math.floor(rnd() * list.length)];

/**
 * One product code's versions as a region publishes it: a unit, a name, its mappings (about 5% none, a few onto
 * two categories) and, for half the priced ones, a second, indexed tariff from INDEXED_FROM.
 */
export function versionsOf(template: Template, productCategory: string, productCode: string, regionFactor: number, rnd: () => number): DemoProduct[] {
  const pick = picker(rnd);
  const products: DemoProduct[] = [];
  const unit = pick(template.units);
  const tariffCents = tariffFor(template, unit, regionFactor * (0.85 + rnd() * 0.4));
  const name = `${pick(template.names)}${pick(SUFFIXES)}`;
  const roll = rnd();
  const mappings: DemoMapping[] =
    roll < 0.05 ? []
      : roll < 0.09 && template.alsoRelated
        ? [{ category: template.category, relationship: 'EQUIVALENT' }, { category: template.alsoRelated, relationship: 'RELATED' }]
        : [{ category: template.category, relationship: rnd() < 0.8 ? 'EQUIVALENT' : 'SOURCE_IS_NARROWER' }];

  const base = { productCategory, productCode, name, unit, mappings };
  if (tariffCents !== null && rnd() < 0.5) {
    // Indexation: the old tariff ends where the new one begins, as regions publish it each January.
    const indexed = Math.round(tariffCents * (1.03 + rnd() * 0.03));
    products.push({ ...base, tariffCents, validFrom: DEMO_FROM, validTo: INDEXED_FROM });
    products.push({ ...base, tariffCents: indexed, validFrom: INDEXED_FROM, validTo: null });
  } else {
    products.push({ ...base, tariffCents, validFrom: DEMO_FROM, validTo: null });
  }
  return products;
}

export function demoProducts(regionCode: string): DemoProduct[] {
  const rnd = random(regionCode);
  const pick = picker(rnd);
  const scheme = pick(SCHEMES);
  const regionFactor = 0.9 + rnd() * 0.25;
  const target = 20 + Math.floor(rnd() * 41);
  const products: DemoProduct[] = [];
  const codes = new Set<string>();
  const perCategory = new Map<string, number>();

  while (codes.size < target) {
    const template = pick(TEMPLATES);
    const productCategory = template.category.slice(0, 2);
    const n = (perCategory.get(productCategory) ?? 0) + 1;
    perCategory.set(productCategory, n);
    let productCode = scheme(productCategory, template, n, rnd);
    if (codes.has(productCode)) productCode = `${productCategory}${String(n).padStart(3, '0')}`;
    if (codes.has(productCode)) continue;
    codes.add(productCode);

    products.push(...versionsOf(template, productCategory, productCode, regionFactor, rnd));
  }
  return products;
}
