import { Migration } from '@mikro-orm/migrations';

export class Migration20261124124332 extends Migration {

  override name = 'Migration20261124124332';

  override up(): void | Promise<void> {
    this.addSql(`create table "provider_category" ("provider_code" varchar(16) not null, "category_code" varchar(16) not null, primary key ("provider_code", "category_code"));`);

    this.addSql(`create table "provider_region" ("provider_code" varchar(16) not null, "region_code" varchar(4) not null, primary key ("provider_code", "region_code"));`);

    this.addSql(`create table "measure" ("id" serial primary key, "institution_code" varchar(8) not null, "external_id" varchar(64) not null, "client" varchar(128) not null, "municipality_code" varchar(6) not null, "region_code" varchar(4) not null, "type" varchar(24) not null, "start_date" date not null, "end_date" date null);`);
    this.addSql(`create index "measure_region_code_start_date_index" on "measure" ("region_code", "start_date");`);
    this.addSql(`create index "measure_client_start_date_index" on "measure" ("client", "start_date");`);
    this.addSql(`alter table "measure" add constraint "measure_institution_code_external_id_unique" unique ("institution_code", "external_id");`);

    this.addSql(`create table "availability_report" ("id" serial primary key, "provider_code" varchar(16) not null, "category_code" varchar(16) not null, "region_code" varchar(4) not null, "reported_on" date not null, "free_places" int not null, "waiting_count" int not null, "expected_wait_days" int null, "reported_by" varchar(255) not null);`);
    this.addSql(`alter table "availability_report" add constraint "availability_report_provider_code_category_code_r_67d73_unique" unique ("provider_code", "category_code", "region_code", "reported_on");`);

    this.addSql(`create table "waiting_report" ("id" serial primary key, "region_code" varchar(4) not null, "date" date not null, "count" int not null, "source" text null, "reported_by" varchar(255) not null);`);
    this.addSql(`alter table "waiting_report" add constraint "waiting_report_region_code_date_unique" unique ("region_code", "date");`);

    this.addSql(`create table "youth_help" ("id" serial primary key, "region_code" varchar(4) not null, "external_id" varchar(64) not null, "client" varchar(128) not null, "municipality_code" varchar(6) not null, "product_category" varchar(2) not null, "product_code" varchar(5) not null, "product_id" int not null, "requested" date not null, "start_date" date null, "end_date" date null);`);
    this.addSql(`create index "youth_help_client_start_date_index" on "youth_help" ("client", "start_date");`);
    this.addSql(`create index "youth_help_region_code_requested_index" on "youth_help" ("region_code", "requested");`);
    this.addSql(`alter table "youth_help" add constraint "youth_help_region_code_external_id_unique" unique ("region_code", "external_id");`);

    this.addSql(`alter table "provider_category" add constraint "provider_category_provider_code_foreign" foreign key ("provider_code") references "provider" ("code") on update cascade on delete cascade;`);
    this.addSql(`alter table "provider_category" add constraint "provider_category_category_code_foreign" foreign key ("category_code") references "category" ("code") on update cascade on delete cascade;`);

    this.addSql(`alter table "provider_region" add constraint "provider_region_provider_code_foreign" foreign key ("provider_code") references "provider" ("code") on update cascade on delete cascade;`);
    this.addSql(`alter table "provider_region" add constraint "provider_region_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete cascade;`);

    this.addSql(`alter table "measure" add constraint "measure_institution_code_foreign" foreign key ("institution_code") references "certified_institution" ("code");`);
    this.addSql(`alter table "measure" add constraint "measure_municipality_code_foreign" foreign key ("municipality_code") references "municipality" ("code");`);
    this.addSql(`alter table "measure" add constraint "measure_region_code_foreign" foreign key ("region_code") references "region" ("code");`);

    this.addSql(`alter table "availability_report" add constraint "availability_report_provider_code_foreign" foreign key ("provider_code") references "provider" ("code");`);
    this.addSql(`alter table "availability_report" add constraint "availability_report_category_code_foreign" foreign key ("category_code") references "category" ("code");`);
    this.addSql(`alter table "availability_report" add constraint "availability_report_region_code_foreign" foreign key ("region_code") references "region" ("code");`);

    this.addSql(`alter table "waiting_report" add constraint "waiting_report_region_code_foreign" foreign key ("region_code") references "region" ("code");`);

    this.addSql(`alter table "youth_help" add constraint "youth_help_region_code_foreign" foreign key ("region_code") references "region" ("code");`);
    this.addSql(`alter table "youth_help" add constraint "youth_help_municipality_code_foreign" foreign key ("municipality_code") references "municipality" ("code");`);
    this.addSql(`alter table "youth_help" add constraint "youth_help_product_id_foreign" foreign key ("product_id") references "local_product" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "provider_category" cascade;`);
    this.addSql(`drop table if exists "provider_region" cascade;`);
    this.addSql(`drop table if exists "measure" cascade;`);
    this.addSql(`drop table if exists "availability_report" cascade;`);
    this.addSql(`drop table if exists "waiting_report" cascade;`);
    this.addSql(`drop table if exists "youth_help" cascade;`);
  }

}
