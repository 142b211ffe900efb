/**
 * Demo providers and their reported room, so a youth protector trying `availability` finds something: 60
 * fictional providers, each serving a quarter of the regions and a handful of shared youth-help categories, with
 * a report every quarter from 2024 to the demo's horizon. Deterministic (md5 of the codes); written once, into a
 * database without providers.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_HORIZON } from './demoCases.js';

const PROVIDERS = 60;

const byte = (text: string) => `('x' || substr(md5(${text}), 1, 2))::bit(8)::int`;

export async function seedDemoAvailability(em: EntityManager): Promise<void> {
  const [{ any }] = await em.execute<{ any: boolean }[]>('select exists (select 1 from provider) as any');
  if (any) return;
  await em.execute(
    `insert into provider (code, name, agb_code)
     select 'DEMO' || lpad(p::text, 2, '0'), 'Demo Jeugdhulp ' || lpad(p::text, 2, '0'), (98100000 + p)::text from generate_series(1, ?::int) p`,
    [PROVIDERS],
  );
  // Every region gets at least the providers whose number it draws; on average 15 a region.
  await em.execute(
    `insert into provider_region (provider_code, region_code)
     select p.code, r.code from provider p cross join region r where p.code like 'DEMO%' and ${byte(`p.code || r.code`)} < 64`,
  );
  await em.execute(
    `insert into provider_category (provider_code, category_code)
     select p.code, c.code from provider p cross join category c
      where p.code like 'DEMO%' and c.kind = 'JEUGDHULP' and c.parent_code is not null and not c.legacy and ${byte(`p.code || c.code`)} < 40`,
  );
  await em.execute(
    `insert into availability_report (provider_code, category_code, region_code, reported_on, free_places, waiting_count, expected_wait_days, reported_by)
     select pc.provider_code, pc.category_code, pr.region_code, month, ${byte(`pc.provider_code || pc.category_code || pr.region_code || month`)} % 6,
            ${byte(`'w' || pc.provider_code || pc.category_code || pr.region_code || month`)} % 12,
            nullif(${byte(`'d' || pc.provider_code || pc.category_code || pr.region_code || month`)} % 90, 0), 'demo'
       from provider_category pc join provider_region pr using (provider_code)
      cross join generate_series(date '2024-01-01', ?::date, interval '3 months') as month
      where pc.provider_code like 'DEMO%'`,
    [DEMO_HORIZON],
  );
}
