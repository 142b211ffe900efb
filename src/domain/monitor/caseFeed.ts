/** What the change feed may learn of a batch of case records: that it was written, for whom, with counts. */
import type { SyncResult } from '../batch/result.js';
import type { ChangeInput } from '../changes/record.js';

export function caseBatchChange(entity: 'MeasureBatch' | 'YouthHelpBatch', owner: string, region: string | null, counts: SyncResult): ChangeInput {
  return {
    entity, entityKey: owner, regionCode: region, operation: 'CREATE', before: null,
    after: { created: counts.created, updated: counts.updated, unchanged: counts.unchanged },
  };
}
