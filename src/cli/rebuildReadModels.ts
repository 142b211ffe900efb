/**
 * `npm run rebuild-read-models`: rebuilds the categorisation read models (category_product, category_segment)
 * of every region from the source tables, in one transaction, in the database of DATABASE_URL (or the embedded
 * one in DATA_DIR). Syncs keep them current; this is for after a repair by hand in the source tables.
 */
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { refreshReadModels } from '../domain/categorisation/readModels.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({ ...config, seed: 'none' });
  try {
    const t0 = performance.now();
    await database.orm.em.fork().transactional((tx) => refreshReadModels(tx));
    console.log(`read models rebuilt in ${database.description} (${(performance.now() - t0).toFixed(0)} ms)`);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error instanceof Error ? error.message : error);
  process.exit(1);
});
