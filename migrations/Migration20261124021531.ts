import { Migration } from '@mikro-orm/migrations';

export class Migration20261124021531 extends Migration {

  override name = 'Migration20261124021531';

  override up(): void | Promise<void> {
    this.addSql(`create table "contract" ("id" serial primary key, "region_code" varchar(4) not null, "counterparty" varchar(24) not null, "institution_code" varchar(8) null, "provider_code" varchar(16) null, "valid_from" date not null, "valid_to" date null, "procurement_model" varchar(32) null, "financing_form" varchar(32) null, "indexation_percent" numeric(5,2) null, "risk_surcharge_percent" numeric(5,2) null, "products" text[] not null default '{}');`);
    this.addSql(`create index "contract_institution_code_index" on "contract" ("institution_code");`);
    this.addSql(`create index "contract_provider_code_index" on "contract" ("provider_code");`);
    this.addSql(`alter table "contract" add constraint "contract_region_code_counterparty_valid_from_unique" unique ("region_code", "counterparty", "valid_from");`);

    this.addSql(`alter table "contract" add constraint "contract_one_counterparty" check (("institution_code" is null) <> ("provider_code" is null));`);
    // Region–GI contracts move over unchanged; they then live in one table with provider contracts.
    this.addSql(`insert into "contract" ("region_code", "counterparty", "institution_code", "valid_from", "valid_to", "procurement_model", "financing_form")
      select "region_code", 'GI:' || "institution_code", "institution_code", "valid_from", "valid_to", "procurement_model", "financing_form" from "institution_contract";`);
    this.addSql(`drop table if exists "institution_contract" cascade;`);

    this.addSql(`alter table "contract" add constraint "contract_region_code_foreign" foreign key ("region_code") references "region" ("code");`);
    this.addSql(`alter table "contract" add constraint "contract_institution_code_foreign" foreign key ("institution_code") references "certified_institution" ("code");`);
    this.addSql(`alter table "contract" add constraint "contract_provider_code_foreign" foreign key ("provider_code") references "provider" ("code");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create table "institution_contract" ("id" serial primary key, "region_code" varchar(4) not null, "institution_code" varchar(8) not null, "valid_from" date not null, "valid_to" date null, "procurement_model" varchar(255) null, "financing_form" varchar(255) null);`);
    this.addSql(`alter table "institution_contract" add constraint "institution_contract_region_code_institution_code_34f2e_unique" unique ("region_code", "institution_code", "valid_from");`);

    this.addSql(`drop table if exists "contract" cascade;`);

    this.addSql(`alter table "institution_contract" add constraint "institution_contract_institution_code_foreign" foreign key ("institution_code") references "certified_institution" ("code") on update no action on delete no action;`);
    this.addSql(`alter table "institution_contract" add constraint "institution_contract_region_code_foreign" foreign key ("region_code") references "region" ("code") on update no action on delete no action;`);
  }

}
