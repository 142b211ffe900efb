/** The shared categorisation and the iJw units (data/reference/shared-categorisation.json): the one source of both. */
import { readReference } from './files.js';

export interface CategoryDefinition {
  code: string;
  level?: number;
  parent?: string;
  name: string;
  en: string;
  intensity?: number | null;
  crisis?: boolean;
  cbsHulpvorm?: string;
  kind?: string;
  legacy?: boolean;
}

export interface UnitDefinition {
  code: string;
  name: string;
  enum: string;
  normalisesTo: string | null;
  factor?: number;
  divisor?: number;
}

interface CategorisationFile {
  version: string;
  validFrom: string;
  categories: CategoryDefinition[];
  units: { list: UnitDefinition[] };
}

export const sharedCategorisation = readReference<CategorisationFile>('shared-categorisation.json');
