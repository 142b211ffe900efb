/** What a database is filled with at start, by SEED: reference data, plus demo products for `demo`. */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SeedMode } from '../../config.js';
import { seedDemoAvailability } from './demoAvailability.js';
import { seedDemoCases } from './demoCases.js';
import { seedDemo } from './demo.js';
import { seedReference } from './reference.js';
import { seedWaitingFacts } from './waitingFacts.js';

export async function seed(em: EntityManager, mode: SeedMode): Promise<void> {
  if (mode === 'none') return;
  await seedReference(em);
  await seedWaitingFacts(em);
  if (mode === 'demo') {
    await seedDemo(em);
    await seedDemoCases(em);
    await seedDemoAvailability(em);
  }
  // Fresh tables have no statistics; without them the planner misjudges every join.
  await em.execute('analyze');
}
