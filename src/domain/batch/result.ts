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

/** Every row error of a batch in one list, in the order a person fixes them: by row, then field. */
export const sortErrors = (errors: RowError[]): RowError[] =>
  [...errors].sort((a, b) => a.index - b.index || a.field.localeCompare(b.field, 'en', { numeric: true }));

/** The rows whose `fields` passed the row checks: only those can be checked against the database on them. */
export function rowsValidIn<T extends { index: number }>(rows: T[], errors: RowError[], fields: string[]): T[] {
  const bad = new Set(errors.filter((error) => fields.includes(error.field)).map((error) => error.index));
  return rows.filter((row) => !bad.has(row.index));
}

export const rejected = (errors: RowError[]): SyncResult => ({ applied: false, created: 0, updated: 0, unchanged: 0, errors });
