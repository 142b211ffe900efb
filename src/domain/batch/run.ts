/**
 * The shape every bulk write shares: check the rows (no database), then in one locked transaction load what is
 * stored, check against it, diff by natural key, write only what differs and record the change feed. A dry run
 * does all but write. Each write supplies only what is its own (its checks, its key, its SQL, its feed entries).
 */
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../auth/principal.js';
import { recordChanges, type ChangeBatch, type ChangeInput } from '../changes/record.js';
import { badInput } from '../errors.js';
import { rejected, sortErrors, type RowError, type SyncResult } from './result.js';
import { inWriteTransaction } from './transaction.js';

/** A stored record the batch changes: as stored, and before/after as compared. */
export interface Update<Snap, Stored = unknown> { stored: Stored; before: Snap; after: Snap }

export interface BatchWrite<Input, Row extends { index: number }, Stored, Snap> {
  /** What a row is, for the size message: "measures". */
  noun: string;
  inputs: Input[];
  maxRows: number;
  dryRun: boolean;
  principal: Principal;
  /** What the batch writes, e.g. `['region:JZ11']`: see transaction.ts. */
  lockKeys: string[];
  /** Row checks that need no database; every bad row is reported. */
  check(inputs: Input[]): { rows: Row[]; errors: RowError[] };
  /** The stored records the rows may replace. */
  load(tx: EntityManager, rows: Row[]): Promise<Stored[]>;
  /**
   * Checks that need the database (unknown codes, overlaps); may fill a row's derived fields. `rowErrors` are
   * the row checks' findings, for checks that only make sense on fields that passed (see `rowsValidIn`).
   */
  resolve?(tx: EntityManager, rows: Row[], stored: Stored[], rowErrors: RowError[]): Promise<RowError[]>;
  keyOfRow(row: Row): string;
  keyOfStored(stored: Stored): string;
  /** The record as the row wants it, and as it is stored: compared by value. */
  wanted(row: Row, stored: Stored | undefined): Snap;
  snapshot(stored: Stored): Snap;
  /**
   * Writes what differs. It may record feed entries in its own statements, as `changeRows` with `batch` (a statement
   * less, and no second copy of the records to send and parse); `feed` then leaves those out.
   */
  write(tx: EntityManager, creates: Snap[], updates: Update<Snap, Stored>[], batch: ChangeBatch): Promise<void>;
  /** The change-feed entries of the batch that `write` did not record. */
  feed(creates: Snap[], updates: Update<Snap, Stored>[], counts: SyncResult): ChangeInput[];
}

export async function runBatch<Input, Row extends { index: number }, Stored, Snap>(
  em: EntityManager, batch: BatchWrite<Input, Row, Stored, Snap>,
): Promise<SyncResult> {
  if (batch.inputs.length > batch.maxRows) {
    throw badInput(`A batch may hold at most ${batch.maxRows} ${batch.noun}; this one has ${batch.inputs.length}. Send it in parts.`);
  }
  const checked = batch.check(batch.inputs);

  return inWriteTransaction(em, batch.lockKeys, async (tx, nothingWritten) => {
    // The database checks run on the rows that passed, also when others failed: one answer lists every bad row.
    const stored = await batch.load(tx, checked.rows);
    const errors = [...checked.errors, ...(batch.resolve ? await batch.resolve(tx, checked.rows, stored, checked.errors) : [])];
    if (errors.length) nothingWritten(rejected(sortErrors(errors)));

    const byKey = new Map(stored.map((s) => [batch.keyOfStored(s), s]));
    const creates: Snap[] = [];
    const updates: Update<Snap, Stored>[] = [];
    for (const row of checked.rows) {
      const current = byKey.get(batch.keyOfRow(row));
      const wanted = batch.wanted(row, current);
      if (!current) creates.push(wanted);
      else if (!isDeepStrictEqual(batch.snapshot(current), wanted)) updates.push({ stored: current, before: batch.snapshot(current), after: wanted });
    }
    const result: SyncResult = {
      applied: !batch.dryRun, created: creates.length, updated: updates.length,
      unchanged: checked.rows.length - creates.length - updates.length, errors: [],
    };
    if (batch.dryRun || (!creates.length && !updates.length)) nothingWritten(result);
    const changeBatch: ChangeBatch = { batchId: randomUUID(), principal: batch.principal.subject };
    await batch.write(tx, creates, updates, changeBatch);
    await recordChanges(tx, changeBatch, batch.feed(creates, updates, result));
    return result;
  });
}
