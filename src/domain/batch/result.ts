/** What every bulk write answers: applied or not, counts, and every bad row. */
export interface RowError {
  /** 0-based position of the row in the input. */
  index: number;
  /** The field at fault, e.g. `tariffCents` or `mappings[1].category`. */
  field: string;
  /** Stable upper-case code, e.g. `TARIFF_MISSING`. */
  code: string;
  message: string;
}

export interface SyncResult {
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
}

export const rejected = (errors: RowError[]): SyncResult => ({ applied: false, created: 0, updated: 0, unchanged: 0, errors });
