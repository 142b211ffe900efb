/** The audit log: who wrote (or read case-derived data), what, when, and how it ended. Never holds case data. */
import { defineEntity, p } from '@mikro-orm/core';

const AuditEventSchema = defineEntity({
  name: 'AuditEvent',
  indexes: [{ properties: ['subject', 'id'] }, { properties: ['operation', 'id'] }],
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    at: p.datetime().defaultRaw('now()'),
    /** The token's subject; null for a request without a valid token. */
    subject: p.string().nullable(),
    roles: p.array<string>().columnType('text[]'),
    /** The root field, e.g. `syncLocalProducts`. */
    operation: p.string().length(64),
    /** The scalar arguments only (region, dryRun, period…): never a batch's rows. */
    target: p.json<Record<string, unknown>>(),
    /** Counts from the answer (created, updated, rows rejected…). */
    counts: p.json<Record<string, number | boolean>>(),
    /** APPLIED, DRY_RUN, REJECTED (row errors), READ, or the error code that refused or failed it. */
    outcome: p.string().length(32),
  },
});
export class AuditEvent extends AuditEventSchema.class {}
AuditEventSchema.setClass(AuditEvent);
