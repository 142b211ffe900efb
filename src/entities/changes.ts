/** The change feed: one row per record a write changed, in commit order (see domain/changes). */
import { defineEntity, p } from '@mikro-orm/core';
import { statementTrigger } from './triggers.js';

const ChangeSchema = defineEntity({
  name: 'Change',
  // the feed's order; its filters go through change_tx, which this trigger keeps (see domain/changes/feed.ts)
  indexes: [{ properties: ['txid', 'id'] }],
  triggers: [statementTrigger('change_counted', 'change', 'insert', 'new table as new_rows', 'count_changes()')],
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    batchId: p.uuid(),
    entity: p.string().length(32),
    /** The record's natural key, e.g. `JZ11/45/45A01/2023-01-01`. */
    entityKey: p.string(),
    regionCode: p.string().length(4).nullable(),
    operation: p.string().length(8),
    /** json, not jsonb: see domain/changes/record.ts. */
    before: p.json<Record<string, unknown>>().columnType('json').nullable(),
    after: p.json<Record<string, unknown>>().columnType('json').nullable(),
    principal: p.string(),
    changedAt: p.datetime().onCreate(() => new Date()),
    /** The writing transaction's id (xid8): the feed's order and its visibility horizon. */
    txid: p.string().columnType('xid8').defaultRaw('pg_current_xact_id()'),
  },
});
export class Change extends ChangeSchema.class {}
ChangeSchema.setClass(Change);
