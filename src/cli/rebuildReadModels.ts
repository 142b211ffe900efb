/**
 * `npm run rebuild-read-models`: rebuilds the categorisation read models (category_product, category_segment,
 * coverage_step) of every region and the change feed's counts (change_tx) from the source tables, in one
 * transaction, in the database of DATABASE_URL (or the embedded one in DATA_DIR). Writes keep them current; this is
 * for after a repair by hand in the source tables.
 */
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { inWriteTransaction } from '../domain/batch/transaction.js';
import { refreshReadModels } from '../domain/categorisation/readModels.js';
import { recountChanges } from '../domain/changes/counts.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({ ...config, seed: 'none' });
  try {
    const t0 = performance.now();
    const em = database.orm.em.fork();
    const regions = await em.execute<{ code: string }[]>('select code from region');
    // Every region's write lock, as its syncs take it, so none commits halfway through the rebuild; the write
    // notice clears every instance's response cache, as answers may change after a repair.
    await inWriteTransaction(em, regions.map(({ code }) => `region:${code}`), async (tx) => {
      await refreshReadModels(tx);
      await recountChanges(tx);
    });
    console.log(`read models rebuilt in ${database.description} (${(performance.now() - t0).toFixed(0)} ms)`);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error instanceof Error ? error.message : error);
  process.exit(1);
});
