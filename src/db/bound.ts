/**
 * Statements whose parameters travel apart from the SQL text, as PostgreSQL bind parameters. MikroORM's
 * `em.execute` writes every `?` into the SQL as a quoted literal, escaping it character by character: for the
 * megabytes of JSON and the id arrays of a 10,000-row batch that costs more than the statement itself, and the
 * server then has to lex the literals and plan `array[...]` expressions of 10,000 constants.
 *
 * Write `?` as with `em.execute`, but bind arrays whole (`?::text[]`, not `array[?]`) and JSON as text (`?::json`).
 * The SQL must hold no other `?` (no jsonb `?` operators). Statements are logged and counted like MikroORM's own.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery } from 'kysely';

const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${(n += 1)}`);
};

/** Runs `sql` with `params` bound, in `em`'s transaction when it has one; returns the rows. */
export async function executeBound<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const query = numbered(sql);
  const logger = em.config.getLogger();
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  try {
    const { rows } = await em.getKysely().executeQuery<T>(CompiledQuery.raw(query, params));
    logger.logQuery({ query, took: took(), results: rows.length, level: 'info' });
    return rows;
  } catch (error) {
    logger.logQuery({ query, took: took(), level: 'error' });
    throw error;
  }
}
