/**
 * What both case-record writes share, on top of the batch kit: keyed by the source's externalId, stored as sent
 * (plus what resolve derives), upserted in chunks, and fed to the change feed as counts only: that a batch was
 * written, for whom, by whom, never a case record.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../auth/principal.js';
import type { RowError, SyncResult } from '../batch/result.js';
import { runBatch } from '../batch/run.js';
import { chunks } from '../batch/transaction.js';

export interface CaseBatch<Input, Snap extends { externalId: string }> {
  kind: 'MeasureBatch' | 'YouthHelpBatch';
  /** The GI or region whose records these are: the feed entry's key and the batch's lock. */
  owner: string;
  lockKey: string;
  /** The region the feed entry is filed under (null: admins only). */
  region: string | null;
  noun: string;
  inputs: Input[];
  dryRun: boolean;
  principal: Principal;
  maxRows: number;
  check(inputs: Input[]): { rows: (Snap & { index: number })[]; errors: RowError[] };
  load(tx: EntityManager, externalIds: string[]): Promise<Snap[]>;
  resolve(tx: EntityManager, rows: (Snap & { index: number })[]): Promise<RowError[]>;
  /** Inserts or updates one chunk of records by (owner, externalId). */
  upsert(tx: EntityManager, chunk: Snap[]): Promise<unknown>;
}

export function runCaseBatch<Input, Snap extends { externalId: string }>(em: EntityManager, batch: CaseBatch<Input, Snap>): Promise<SyncResult> {
  return runBatch<Input, Snap & { index: number }, Snap, Snap>(em, {
    noun: batch.noun, inputs: batch.inputs, maxRows: batch.maxRows, dryRun: batch.dryRun, principal: batch.principal, lockKeys: [batch.lockKey],
    check: batch.check,
    load: (tx, rows) => batch.load(tx, rows.map((row) => row.externalId)),
    resolve: (tx, rows) => batch.resolve(tx, rows),
    keyOfRow: (row) => row.externalId,
    keyOfStored: (stored) => stored.externalId,
    wanted: (row) => {
      const { index: _index, ...fields } = row;
      return fields as unknown as Snap; // Snap & { index } without index is Snap; TypeScript cannot see it through the generic
    },
    snapshot: (stored) => stored,
    write: async (tx, creates, updates) => {
      for (const chunk of chunks([...creates, ...updates.map((u) => u.after)])) await batch.upsert(tx, chunk);
    },
    feed: (_creates, _updates, counts) => [{
      entity: batch.kind, entityKey: batch.owner, regionCode: batch.region, operation: 'CREATE', before: null,
      after: { created: counts.created, updated: counts.updated, unchanged: counts.unchanged },
    }],
  });
}
