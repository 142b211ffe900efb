/** The change feed of a batch whose records may be shown: one entry per record it created or updated. */
import type { ChangeInput } from '../changes/record.js';
import type { Update } from './run.js';

export function changePerRecord<Snap extends object>(
  entity: string, keyOf: (record: Snap) => string, regionOf: (record: Snap) => string | null,
) {
  return (creates: Snap[], updates: Update<Snap>[]): ChangeInput[] => [
    ...creates.map((after): ChangeInput => ({ entity, entityKey: keyOf(after), regionCode: regionOf(after), operation: 'CREATE', before: null, after })),
    ...updates.map((u): ChangeInput => ({ entity, entityKey: keyOf(u.after), regionCode: regionOf(u.after), operation: 'UPDATE', before: u.before, after: u.after })),
  ];
}
