import { Migration } from '@mikro-orm/migrations';

export class Migration20261124015124 extends Migration {

  override name = 'Migration20261124015124';

  override up(): void | Promise<void> {
    this.addSql(`create table "categorisation_version" ("code" varchar(16) not null, "valid_from" date not null, "loaded_at" timestamptz not null, primary key ("code"));`);

    this.addSql(`create table "category" ("code" varchar(16) not null, "name" varchar(255) not null, "name_en" varchar(255) not null, "level" smallint not null, "parent_code" varchar(16) null, "intensity" smallint null, "crisis" boolean not null default false, "cbs_care_form" varchar(2) null, "kind" varchar(24) not null, "legacy" boolean not null default false, "version_code" varchar(16) not null, "valid_from" date not null, "valid_to" date null, primary key ("code"));`);

    this.addSql(`create table "certified_institution" ("code" varchar(8) not null, "name" varchar(255) not null, "aliases" text[] not null default '{}', primary key ("code"));`);

    this.addSql(`create table "provider" ("code" varchar(16) not null, "name" varchar(255) not null, "agb_code" varchar(8) null, primary key ("code"));`);
    this.addSql(`alter table "provider" add constraint "provider_agb_code_unique" unique ("agb_code");`);

    this.addSql(`create table "province" ("code" varchar(4) not null, "name" varchar(255) not null, primary key ("code"));`);

    this.addSql(`create table "municipality" ("code" varchar(6) not null, "name" varchar(255) not null, "province_code" varchar(4) not null, "valid_from" date null, "valid_to" date null, "successor_code" varchar(6) null, primary key ("code"));`);

    this.addSql(`create table "region" ("code" varchar(4) not null, "name" varchar(255) not null, primary key ("code"));`);

    this.addSql(`create table "local_product" ("id" serial primary key, "region_code" varchar(4) not null, "product_category" varchar(2) not null, "product_code" varchar(5) not null, "name" varchar(255) not null, "unit" varchar(16) not null, "tariff_cents" int null, "valid_from" date not null, "valid_to" date null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "local_product" add constraint "local_product_region_code_product_category_produc_911b2_unique" unique ("region_code", "product_category", "product_code", "valid_from");`);

    this.addSql(`create table "product_mapping" ("id" serial primary key, "product_id" int not null, "category_code" varchar(16) not null, "relationship" varchar(24) not null, "set_by" varchar(255) not null, "set_at" timestamptz not null);`);
    this.addSql(`create index "product_mapping_category_code_index" on "product_mapping" ("category_code");`);
    this.addSql(`alter table "product_mapping" add constraint "product_mapping_product_id_category_code_unique" unique ("product_id", "category_code");`);

    this.addSql(`create table "institution_contract" ("id" serial primary key, "region_code" varchar(4) not null, "institution_code" varchar(8) not null, "valid_from" date not null, "valid_to" date null, "procurement_model" varchar(255) null, "financing_form" varchar(255) null);`);
    this.addSql(`alter table "institution_contract" add constraint "institution_contract_region_code_institution_code_34f2e_unique" unique ("region_code", "institution_code", "valid_from");`);

    this.addSql(`create table "region_membership" ("id" serial primary key, "municipality_code" varchar(6) not null, "region_code" varchar(4) not null, "valid_from" date not null, "valid_to" date null);`);
    this.addSql(`create index "region_membership_region_code_valid_from_index" on "region_membership" ("region_code", "valid_from");`);
    this.addSql(`alter table "region_membership" add constraint "region_membership_municipality_code_valid_from_unique" unique ("municipality_code", "valid_from");`);

    this.addSql(`alter table "category" add constraint "category_parent_code_foreign" foreign key ("parent_code") references "category" ("code") on delete set null;`);
    this.addSql(`alter table "category" add constraint "category_version_code_foreign" foreign key ("version_code") references "categorisation_version" ("code");`);

    this.addSql(`alter table "municipality" add constraint "municipality_province_code_foreign" foreign key ("province_code") references "province" ("code");`);
    this.addSql(`alter table "municipality" add constraint "municipality_successor_code_foreign" foreign key ("successor_code") references "municipality" ("code") on delete set null;`);

    this.addSql(`alter table "local_product" add constraint "local_product_region_code_foreign" foreign key ("region_code") references "region" ("code");`);

    this.addSql(`alter table "product_mapping" add constraint "product_mapping_product_id_foreign" foreign key ("product_id") references "local_product" ("id") on delete cascade;`);
    this.addSql(`alter table "product_mapping" add constraint "product_mapping_category_code_foreign" foreign key ("category_code") references "category" ("code");`);

    this.addSql(`alter table "institution_contract" add constraint "institution_contract_region_code_foreign" foreign key ("region_code") references "region" ("code");`);
    this.addSql(`alter table "institution_contract" add constraint "institution_contract_institution_code_foreign" foreign key ("institution_code") references "certified_institution" ("code");`);

    this.addSql(`alter table "region_membership" add constraint "region_membership_municipality_code_foreign" foreign key ("municipality_code") references "municipality" ("code");`);
    this.addSql(`alter table "region_membership" add constraint "region_membership_region_code_foreign" foreign key ("region_code") references "region" ("code");`);
  }

}
