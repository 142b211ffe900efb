import { Migration } from '@mikro-orm/migrations';
import { rebuildCoverageSql } from '../src/domain/categorisation/readModels.js';

/** The read model mappingCoverage answers from (see src/domain/categorisation/readModels.ts), filled from what is there. */
export class Migration20261124190000 extends Migration {

  override name = 'Migration20261124190000';

  override up(): void | Promise<void> {
    this.addSql(`create table "coverage_step" ("region_code" varchar(4) not null, "day" date not null, "products" int not null, "mapped" int not null, constraint "coverage_step_pkey" primary key ("region_code", "day"));`);
    for (const sql of rebuildCoverageSql) this.addSql(sql);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "coverage_step";`);
  }

}
