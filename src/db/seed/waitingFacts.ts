/** The published waiting counts of the source documents (seed-facts.json), each with its source; never duplicated. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadSeedFacts } from '../../reference/seedFacts.js';

export const FACTS_AUTHOR = 'seed-facts';

export async function seedWaitingFacts(em: EntityManager): Promise<void> {
  const { waitingForSuitableHelp: facts } = loadSeedFacts();
  const rows = facts.snapshots.map((s) => ({ region: s.region, date: s.date, count: s.count, source: facts.source }));
  await em.execute(
    `insert into waiting_report (region_code, date, count, source, reported_by)
     select v.region, v.date, v.count, v.source, ? from jsonb_to_recordset(?::jsonb) as v(region text, date date, count int, source text)
     on conflict (region_code, date) do nothing`,
    [FACTS_AUTHOR, JSON.stringify(rows)],
  );
}
