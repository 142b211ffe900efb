/** CBS region membership 2021–2025 (data/reference/jeugdregios.json), typed. */
import { readReference } from './files.js';

export interface JeugdregiosFile {
  provinces: { code: string; name: string }[];
  years: Record<string, { regions: { code: string; name: string; municipalities: { code: string; name: string; province: string }[] }[] }>;
  municipalities: Record<string, {
    name: string;
    province: string;
    validFrom?: string;
    validTo?: string;
    mergedInto?: string;
    region: Record<string, string>;
  }>;
  regionMembershipChanges: { on: string; code: string; fromRegion: string; toRegion: string }[];
}

export const loadJeugdregios = () => readReference<JeugdregiosFile>('jeugdregios.json');
