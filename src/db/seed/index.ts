/**
 * What a database is filled with at start, by SEED: reference data, plus demo products for `demo`.
 *
 * Every part is idempotent, but checking costs a second per start (upserting the reference data, then ANALYZE
 * over the demo's hundreds of thousands of rows). So the seed remembers what it wrote: a fingerprint of the
 * shipped files it reads and of the schema it writes into. A start that finds the same fingerprint skips it;
 * a new version with other reference data, or a new migration, seeds again.
 */
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { migrationsList } from '../../../migrations/index.js';
import type { SeedMode } from '../../config.js';
import { sharedCategorisation } from '../../reference/categorisation.js';
import { loadJeugdregios } from '../../reference/jeugdregios.js';
import { loadSeedFacts } from '../../reference/seedFacts.js';
import { seedDemoAvailability } from './demoAvailability.js';
import { seedDemoCases } from './demoCases.js';
import { seedDemo } from './demo.js';
import { seedReference } from './reference.js';
import { seedWaitingFacts } from './waitingFacts.js';

export function seedFingerprint(mode: SeedMode): string {
  const inputs = [mode, migrationsList.map((m) => m.name), loadJeugdregios(), loadSeedFacts(), sharedCategorisation];
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

export async function seed(em: EntityManager, mode: SeedMode): Promise<void> {
  if (mode === 'none') return;
  const fingerprint = seedFingerprint(mode);
  const [done] = await em.execute('select 1 from seed_state where mode = ? and fingerprint = ?', [mode, fingerprint]);
  if (done) return;
  await seedReference(em);
  await seedWaitingFacts(em);
  if (mode === 'demo') {
    await seedDemo(em);
    await seedDemoCases(em);
    await seedDemoAvailability(em);
  }
  // Fresh tables have no statistics; without them the planner misjudges every join.
  await em.execute('analyze');
  await em.execute(
    `insert into seed_state (mode, fingerprint) values (?, ?)
     on conflict (mode) do update set fingerprint = excluded.fingerprint, seeded_at = now()`,
    [mode, fingerprint],
  );
}
