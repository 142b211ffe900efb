/** Facts from the public source documents (data/reference/seed-facts.json), typed. */
import { readReference } from './files.js';

export interface SeedFactsFile {
  certifiedInstitutions: { code: string; name: string; aliases?: string[] }[];
  regions: { code: string; name: string; gis: string[] }[];
  procurementModels: string[];
  financingForms: string[];
  waitingForSuitableHelp: { source: string; snapshots: { region: string; date: string; count: number }[] };
}

export const loadSeedFacts = () => readReference<SeedFactsFile>('seed-facts.json');
