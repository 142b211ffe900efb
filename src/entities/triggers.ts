/**
 * Statement triggers declared on entities by name, so the schema diff knows them: with `ignoreTriggers`
 * (src/db/orm.ts) it never drops or alters a trigger, and adds only a declared one the database lacks. So a change to
 * a trigger needs a migration of its own; the migrations create them and their functions.
 */
import type { TriggerDef } from '@mikro-orm/core';

/** A trigger with transition tables has one event. */
export const statementTrigger = (name: string, table: string, event: 'insert' | 'update' | 'delete', transitions: string, call: string): TriggerDef => ({
  name, timing: 'after', events: [event], forEach: 'statement',
  expression: `create trigger "${name}" after ${event} on "${table}" referencing ${transitions} for each statement execute function ${call}`,
});
