import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProvinceRow, RegionRow, MunicipalityRow, MembershipRow, InstitutionRow } from '../domain/reference/rows.js';
import type { ContractRow } from '../domain/contracts/read.js';
import type { ProviderRow } from '../domain/reference/providers.js';
import type { CategoryRow, LocalProductRow, MappingRow } from '../domain/categorisation/rows.js';
import type { ChangeRow, ChangePage } from '../domain/changes/feed.js';
import type { AuditRow, AuditPage } from '../domain/audit/read.js';
import type { MonitorRow } from '../domain/monitor/suppression.js';
import type { WaitingReportRow } from '../domain/monitor/waiting.js';
import type { AvailabilityRow } from '../domain/availability/read.js';
import type { Context } from './context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO calendar date, `YYYY-MM-DD`. Validity periods are half-open: `validFrom` is the first day, `validTo` the first day no longer valid. */
  Date: { input: string; output: string; }
  /** A point in time, ISO 8601 with time zone. */
  DateTime: { input: Date | string; output: Date | string; }
  /** A JSON value. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** The running API. */
export type ApiInfo = {
  __typename?: 'ApiInfo';
  /** The git commit it was built from; null when unknown. */
  commit?: Maybe<Scalars['String']['output']>;
  /** The name of the newest applied migration. */
  latestMigration?: Maybe<Scalars['String']['output']>;
  /** How many database migrations are applied. */
  migrationsApplied: Scalars['Int']['output'];
  /** sha256 of the schema's SDL source files (`schema/*.graphql` in name order, joined by newlines): it changes when the schema does. */
  schemaHash: Scalars['String']['output'];
  /** The API's version (package.json). */
  version: Scalars['String']['output'];
};

/** One audited operation. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** When the answer was sent. */
  at: Scalars['DateTime']['output'];
  /** The counts of the answer: created, updated, unchanged, rowErrors, applied… */
  counts: Scalars['JSON']['output'];
  /** Unique; higher is later. */
  id: Scalars['ID']['output'];
  /** The root field, e.g. `syncLocalProducts`. */
  operation: Scalars['String']['output'];
  /** APPLIED, DRY_RUN, REJECTED (row errors, nothing written), READ, or the error code (UNAUTHENTICATED, FORBIDDEN, SERVICE_UNAVAILABLE…). */
  outcome: Scalars['String']['output'];
  /** The token's roles. */
  roles: Array<Scalars['String']['output']>;
  /** The token's subject; null when the request carried no valid token. */
  subject?: Maybe<Scalars['String']['output']>;
  /** The operation's scalar arguments (region, dryRun, period); never the rows of a batch. */
  target: Scalars['JSON']['output'];
};

/** A page of audit events. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The events of this page. */
  edges: Array<AuditEventEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Events matching the filters, over all pages. Counted only when asked for, as counting costs what the log holds. */
  totalCount: Scalars['Int']['output'];
};

/** An audit event and its cursor. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Pass as `after` to continue after this event. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: AuditEvent;
};

/** A provider's latest report for a category in a region. */
export type Availability = {
  __typename?: 'Availability';
  /** The shared category the report is for: the one asked for or one beneath it. */
  category: Category;
  /** Expected days until help can start; null when the provider did not say. */
  expectedWaitDays?: Maybe<Scalars['Int']['output']>;
  /** Places free on the day of the report. */
  freePlaces: Scalars['Int']['output'];
  /** The provider that reported. */
  provider: Provider;
  /** The day of the report. */
  reportedOn: Scalars['Date']['output'];
  /** Children on the provider's waiting list on the day of the report. */
  waitingCount: Scalars['Int']['output'];
};

/** A provider's room in one shared category and region. */
export type AvailabilityInput = {
  /** A shared category code (`45-BHI`, or level 1 `45`; case does not matter) that the provider offers, or one beneath it. */
  category: Scalars['ID']['input'];
  /** Expected days until help can start; null when unknown. */
  expectedWaitDays?: InputMaybe<Scalars['Int']['input']>;
  /** Places free now, 0 or more. */
  freePlaces: Scalars['Int']['input'];
  /** A region the provider serves (`JZ11`; case does not matter). */
  region: Scalars['ID']['input'];
  /** Children on its waiting list, 0 or more. */
  waitingCount: Scalars['Int']['input'];
};

/** Whether a cached answer may be shared (CDN, proxy) or kept by one client only. */
export type CacheControlScope =
  /** Only the client's own cache: the answer was asked with a token. */
  | 'PRIVATE'
  /** Any cache may keep it: public reference data, asked without a token. */
  | 'PUBLIC';

/** A category of the shared categorisation every region's local products map onto. */
export type Category = Node & {
  __typename?: 'Category';
  /** CBS Beleidsinformatie Jeugd care form (hulpvorm, `01`–`04`, `11`–`14`) it reports under; null where none. */
  cbsCareForm?: Maybe<Scalars['String']['output']>;
  /** The level-2 categories beneath, sorted by code. */
  children: Array<Category>;
  /** `45` (level 1, the iJw product category) or `45-BHI` (level 2). */
  code: Scalars['ID']['output'];
  /** True for crisis help. */
  crisis: Scalars['Boolean']['output'];
  /** Opaque and stable: the same entity always has this id (Relay global object identification; `node(id:)` loads it). */
  id: Scalars['ID']['output'];
  /** From light (1) to heavy (6) help, for step-down analysis; null where help does not step up or down. */
  intensity?: Maybe<Scalars['Int']['output']>;
  /** Whether the category is youth help, youth protection or youth probation. */
  kind: CategoryKind;
  /** True for iJw categories no longer used for new products (51–53). */
  legacy: Scalars['Boolean']['output'];
  /** 1: iJw product category; 2: shared category beneath it. */
  level: Scalars['Int']['output'];
  /** Dutch name. */
  name: Scalars['String']['output'];
  /** English name. */
  nameEn: Scalars['String']['output'];
  /** The level-1 category above; null on level 1. */
  parent?: Maybe<Category>;
  /** First day the category is in use. */
  validFrom: Scalars['Date']['output'];
  /** First day it is no longer in use; null while in use. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Version of the categorisation the category was loaded from, e.g. `2025.1`. */
  version: Scalars['String']['output'];
};

/** What kind of care a category is. */
export type CategoryKind =
  /** Youth protection (jeugdbescherming): supervision orders, guardianship. */
  | 'JEUGDBESCHERMING'
  /** Youth help (jeugdhulp). */
  | 'JEUGDHULP'
  /** Youth probation (jeugdreclassering). */
  | 'JEUGDRECLASSERING';

/** A certified youth-protection institution (gecertificeerde instelling, GI): it carries out supervision orders, guardianship and youth probation. */
export type CertifiedInstitution = Node & {
  __typename?: 'CertifiedInstitution';
  /** Other names the source documents use for it. */
  aliases: Array<Scalars['String']['output']>;
  /** Short code chosen for this API, e.g. `JBRA`. */
  code: Scalars['ID']['output'];
  /** Every contract regions hold with it, over all periods, by region then start. */
  contracts: Array<Contract>;
  /** Opaque and stable: the same entity always has this id (Relay global object identification; `node(id:)` loads it). */
  id: Scalars['ID']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** Regions holding a contract with it on `on` (default today), sorted by code. */
  regions: Array<Region>;
};


/** A certified youth-protection institution (gecertificeerde instelling, GI): it carries out supervision orders, guardianship and youth probation. */
export type CertifiedInstitutionRegionsArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};

/** One changed record. */
export type Change = {
  __typename?: 'Change';
  /** The record after; null for DELETE. */
  after?: Maybe<Scalars['JSON']['output']>;
  /** All changes of one write share it. */
  batchId: Scalars['ID']['output'];
  /** The record before; null for CREATE. */
  before?: Maybe<Scalars['JSON']['output']>;
  /** When the write was made (its transaction's time). */
  changedAt: Scalars['DateTime']['output'];
  /** What kind of record changed. */
  entity: ChangeEntity;
  /** Unique and stable. Read changes in the feed's own order (by writing transaction, then id), not sorted by id: writers of different regions commit in parallel. */
  id: Scalars['ID']['output'];
  /** The record's natural key, e.g. `JZ11/45/45A01/2023-01-01`. */
  key: Scalars['String']['output'];
  /** What the change did. */
  operation: ChangeOperation;
  /** The token subject that made it. */
  principal: Scalars['String']['output'];
  /** The region the record belongs to; null for a record of no single region. */
  region?: Maybe<Region>;
};

/** A page of the change feed. */
export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  /** The changes of this page, in the feed's order. */
  edges: Array<ChangeEdge>;
  /** `endCursor` stays the given `after` on an empty page, so it can be stored as it is. */
  pageInfo: PageInfo;
  /** Changes that match the filters (from the start of the feed), over all pages. Counted only when asked for: a reader paging through the feed can leave it out, as counting costs what the feed holds. */
  totalCount: Scalars['Int']['output'];
};

/** A change and its cursor. */
export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  /** Pass as `after` to continue after this change. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: Change;
};

/** What kind of record a change is about. */
export type ChangeEntity =
  /** A provider's room in a category and region on a day (`reportAvailability`); key `provider/category/region/date`. */
  | 'Availability'
  /** A region's contract (`syncContracts`); key `region/GI:code/validFrom` or `region/PROVIDER:code/validFrom`. */
  | 'Contract'
  /** A version of a region's local product (`syncLocalProducts`); key `region/productCategory/productCode/validFrom`. */
  | 'LocalProduct'
  /** A batch of measures was written (counts only, never a case record). */
  | 'MeasureBatch'
  /** A municipality created or ended by `loadRegionMembership`; key its CBS code. */
  | 'Municipality'
  /** A provider (`syncProviders`); key its code. It belongs to no single region, so `region` is null. */
  | 'Provider'
  /** A youth-care region. No operation changes regions today, so the feed holds none of these yet. */
  | 'Region'
  /** A period of region membership started or ended by `loadRegionMembership`; key `municipality/validFrom`. */
  | 'RegionMembership'
  /** A region's count of children waiting for suitable help (`reportWaiting`); key `region/date`. */
  | 'WaitingReport'
  /** A batch of youth help was written (counts only, never a case record). */
  | 'YouthHelpBatch';

/** What a change did. */
export type ChangeOperation =
  /** The record is new: `before` is null. */
  | 'CREATE'
  /** The record was removed: `after` is null. No operation removes records today (a product or contract ends by getting a `validTo`), so the feed holds none yet. */
  | 'DELETE'
  /** The record existed and differs: both `before` and `after` are given. */
  | 'UPDATE';

/** A region's contract with a GI or a provider, for a half-open period. */
export type Contract = Node & {
  __typename?: 'Contract';
  /** Null where the source documents do not say. */
  financingForm?: Maybe<FinancingForm>;
  /** Opaque and stable: the same entity always has this id (Relay global object identification; `node(id:)` loads it). */
  id: Scalars['ID']['output'];
  /** Yearly indexation of the tariffs, in percent (`2.5` is 2.5%); null where not agreed or not known. */
  indexationPercent?: Maybe<Scalars['Float']['output']>;
  /** The GI contracted; null for a provider contract. */
  institution?: Maybe<CertifiedInstitution>;
  /** Null where the source documents do not say (the seeded region–GI contracts). */
  procurementModel?: Maybe<ProcurementModel>;
  /** The region's products the contract covers (across their versions). */
  products: Array<ContractProduct>;
  /** The provider contracted; null for a GI contract. */
  provider?: Maybe<Provider>;
  /** The region holding the contract. */
  region: Region;
  /** Risk surcharge on the tariff, in percent (2 in the Zuid-Holland GI contracts); null where none or not known. */
  riskSurchargePercent?: Maybe<Scalars['Float']['output']>;
  /** First day the contract holds. */
  validFrom: Scalars['Date']['output'];
  /** First day the contract no longer holds; null: open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** One contract of a region. */
export type ContractInput = {
  /** How the contract is paid. */
  financingForm: FinancingForm;
  /** Yearly indexation in percent, 0 to 100; omitted: none known. */
  indexationPercent?: InputMaybe<Scalars['Float']['input']>;
  /** A GI code, e.g. `JBRA` (case does not matter); give exactly one of this and `provider`. */
  institution?: InputMaybe<Scalars['ID']['input']>;
  /** How the region procured the care. */
  procurementModel: ProcurementModel;
  /** Products of this region the contract covers, by the region's own codes; each must exist in the region (in any version). Omitted: none. */
  products?: InputMaybe<Array<ContractProductInput>>;
  /** A provider code (case does not matter); give exactly one of this and `institution`. */
  provider?: InputMaybe<Scalars['ID']['input']>;
  /** Risk surcharge on the tariff in percent, 0 to 100; omitted: none. */
  riskSurchargePercent?: InputMaybe<Scalars['Float']['input']>;
  /** First day the contract holds, `YYYY-MM-DD`. With the counterparty it identifies the contract: sending the same pair again updates it. */
  validFrom: Scalars['Date']['input'];
  /** First day the contract no longer holds; must be after `validFrom`. Null or omitted: open-ended. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** A product a contract covers, by the region's code. */
export type ContractProduct = {
  __typename?: 'ContractProduct';
  /** iJw product category (JZ020), two digits, e.g. `45`. */
  productCategory: Scalars['String']['output'];
  /** The region's product code, as stored (upper case). */
  productCode: Scalars['String']['output'];
};

/** A product of the region, by its own codes, that a contract covers. */
export type ContractProductInput = {
  /** iJw product category (JZ020), two digits, e.g. `45`. */
  productCategory: Scalars['String']['input'];
  /** The region's product code, e.g. `45A01`; case and surrounding spaces do not matter. */
  productCode: Scalars['String']['input'];
};

/** How a contract is paid. */
export type FinancingForm =
  /** One hourly rate underlying all products. */
  | 'HOURLY_RATE'
  /** A lump sum. */
  | 'LUMPSUM'
  /** A monthly rate, as for statutory measures. */
  | 'MONTHLY_RATE'
  /** P × q: per product delivered. */
  | 'PER_PRODUCT';

/** A product a region contracts, under the region's own product code, for a half-open validity period. */
export type LocalProduct = Node & {
  __typename?: 'LocalProduct';
  /** Opaque and stable: the same product version always has this id (Relay global object identification; `node(id:)` loads it). */
  id: Scalars['ID']['output'];
  /** The shared categories it maps onto, sorted by category code; empty when unmapped. */
  mappings: Array<Mapping>;
  /** The region's name for it. */
  name: Scalars['String']['output'];
  /** iJw product category (JZ020), two digits. */
  productCategory: Scalars['String']['output'];
  /** The region's product code, one to five letters or digits. */
  productCode: Scalars['String']['output'];
  /** The region whose product code this is. */
  region: Region;
  /** Tariff in euro cents per unit; null for EURO (budget) products. */
  tariffCents?: Maybe<Scalars['Int']['output']>;
  /** The iJw unit the tariff is per. */
  unit: Unit;
  /** First day this version is valid. */
  validFrom: Scalars['Date']['output'];
  /** First day it is no longer valid; null: open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** A page of local products. */
export type LocalProductConnection = {
  __typename?: 'LocalProductConnection';
  /** The products of this page. */
  edges: Array<LocalProductEdge>;
  /** Where this page ends, and whether more follows. */
  pageInfo: PageInfo;
  /** How many products match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A local product and its cursor. */
export type LocalProductEdge = {
  __typename?: 'LocalProductEdge';
  /** Pass as `after` to continue after this product. */
  cursor: Scalars['String']['output'];
  /** The product version. */
  node: LocalProduct;
};

/** One local product version of a region's product list. */
export type LocalProductInput = {
  /** When given, replaces the product's mappings (an empty list removes them); when omitted, they stay. */
  mappings?: InputMaybe<Array<MappingInput>>;
  /** The region's name for the product; must not be empty (surrounding spaces are removed). */
  name: Scalars['String']['input'];
  /** iJw product category (JZ020), two digits, e.g. `45`; it must be one of that code list. */
  productCategory: Scalars['String']['input'];
  /** The region's product code: one to five letters or digits; case and surrounding spaces do not matter (stored in upper case). */
  productCode: Scalars['String']['input'];
  /** Tariff in euro cents per unit, 0 to 99,999,999; required unless unit is EURO, which carries none. */
  tariffCents?: InputMaybe<Scalars['Int']['input']>;
  /** The iJw unit (WJ756) the tariff is per. */
  unit: Unit;
  /** First day this version is valid, `YYYY-MM-DD`. With product category and code it identifies the version: sending the same three again updates it. Versions of one product may not overlap. */
  validFrom: Scalars['Date']['input'];
  /** First day no longer valid; must be after validFrom. Null: open-ended. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** A local product's mapping onto a shared category. */
export type Mapping = Node & {
  __typename?: 'Mapping';
  /** The shared category mapped onto. */
  category: Category;
  /** Opaque and stable: the same entity always has this id (Relay global object identification; `node(id:)` loads it). */
  id: Scalars['ID']['output'];
  /** How the local product relates to the category. */
  relationship: Relationship;
  /** When it was set. */
  setAt: Scalars['DateTime']['output'];
  /** Who set the mapping (the token subject, or `demo-seed`). */
  setBy: Scalars['String']['output'];
};

/** How much of a region's product list maps onto the shared categorisation. */
export type MappingCoverage = {
  __typename?: 'MappingCoverage';
  /** Of those, products with at least one mapping. */
  mappedCount: Scalars['Int']['output'];
  /** Its products valid on the date. */
  productCount: Scalars['Int']['output'];
  /** The region counted. */
  region: Region;
  /** Of those, products with no mapping: `productCount - mappedCount` (listed by `unmappedProducts`). */
  unmappedCount: Scalars['Int']['output'];
};

/** A mapping of a local product onto a shared category. */
export type MappingInput = {
  /** Shared category code, level 1 (`45`) or level 2 (`45-BHI`); case does not matter. Each category at most once per product. */
  category: Scalars['ID']['input'];
  /** How the product relates to the category; defaults to EQUIVALENT. */
  relationship?: InputMaybe<Relationship>;
};

/** How long measures of one type lasted. */
export type MeasureDuration = {
  __typename?: 'MeasureDuration';
  /** Measures of the type that ended in P (the same number as outflow). */
  endedCount?: Maybe<Scalars['Int']['output']>;
  /** Median of their durations in days (end - start + 1); of an even count, the mean of the two middle values. */
  medianDays?: Maybe<Scalars['Float']['output']>;
  /** The kind of measure. */
  type: MeasureType;
};

/** Measures of one type. activeAtStart + inflow - outflow = activeAtEnd. */
export type MeasureFlow = {
  __typename?: 'MeasureFlow';
  /** Started on or before `to` and still running after it (end null or after `to`). */
  activeAtEnd?: Maybe<Scalars['Int']['output']>;
  /** Started before `from` and not ended before it (end null or on/after `from`). */
  activeAtStart?: Maybe<Scalars['Int']['output']>;
  /** Started in P. */
  inflow?: Maybe<Scalars['Int']['output']>;
  /** Ended in P (end is the last day). */
  outflow?: Maybe<Scalars['Int']['output']>;
  /** The kind of measure counted. */
  type: MeasureType;
};

/** A GI's court measure for one child. */
export type MeasureInput = {
  /** The child's pseudonym, the same in every source (never a BSN). */
  client: Scalars['String']['input'];
  /** Last day, inclusive; null while running. Not before start. */
  end?: InputMaybe<Scalars['Date']['input']>;
  /** The GI's own key of the measure; sending it again updates the measure. */
  externalId: Scalars['ID']['input'];
  /** Municipality of residence: its CBS code `GM0363`, in any case, or its iJw gemeentecode `0363` or `363`. */
  municipality: Scalars['ID']['input'];
  /** First day. */
  start: Scalars['Date']['input'];
  /** The kind of measure. */
  type: MeasureType;
};

/** The kind of court measure (CBS Beleidsinformatie Jeugd 11, 12, 21, 22, 23; youth probation). */
export type MeasureType =
  /** Jeugdreclassering: youth probation. */
  | 'JEUGDRECLASSERING'
  /** Ondertoezichtstelling: supervision order. */
  | 'OTS'
  /** Tijdelijke voogdij: temporary guardianship. */
  | 'TIJDELIJKE_VOOGDIJ'
  /** Voogdij: guardianship. */
  | 'VOOGDIJ'
  /** Voorlopige ondertoezichtstelling: provisional supervision order. */
  | 'VOORLOPIGE_OTS'
  /** Voorlopige voogdij: provisional guardianship. */
  | 'VOORLOPIGE_VOOGDIJ';

/** What a load of CBS membership years did (or, on a dry run or with errors, would have done). */
export type MembershipLoadResult = {
  __typename?: 'MembershipLoadResult';
  /** True when the load was written; false with errors, or on a dry run. */
  applied: Scalars['Boolean']['output'];
  /** Everything wrong with the data; empty when it is good. Here `index` is the year and `field` the municipality. */
  errors: Array<RowError>;
  /** Periods of region membership that ended: municipalities that moved or stopped existing. */
  membershipsEnded: Scalars['Int']['output'];
  /** Periods of region membership that began: new municipalities, and municipalities that moved to another region. */
  membershipsStarted: Scalars['Int']['output'];
  /** Municipalities new in the loaded years (for example the result of a merger). */
  municipalitiesCreated: Scalars['Int']['output'];
  /** Municipalities that stopped existing in the loaded years (usually merged into another). */
  municipalitiesEnded: Scalars['Int']['output'];
  /** Years new to the API, loaded now (or that would be on a dry run). */
  yearsLoaded: Array<Scalars['Int']['output']>;
  /** Years loaded before, left as they are. */
  yearsSkipped: Array<Scalars['Int']['output']>;
};

/** A municipality (gemeente), also one that has merged into another. */
export type Municipality = Node & {
  __typename?: 'Municipality';
  /** CBS municipality code, e.g. `GM0363`. */
  code: Scalars['ID']['output'];
  /** Opaque and stable: the same entity always has this id (Relay global object identification; `node(id:)` loads it). */
  id: Scalars['ID']['output'];
  /** The four-digit iJw gemeentecode, e.g. `0363`. */
  ijwCode: Scalars['String']['output'];
  /** Name as CBS spells it. */
  name: Scalars['String']['output'];
  /** Municipalities that merged into this one, sorted by code. */
  predecessors: Array<Municipality>;
  /** The province it lies in. */
  province: Province;
  /** The youth-care region it belongs to on `on` (default today); null when it did not exist then or the date is outside the reference data. */
  region?: Maybe<Region>;
  /** Every period of region membership, oldest first. */
  regionHistory: Array<RegionMembership>;
  /** The municipality it merged into; null while it exists. */
  successor?: Maybe<Municipality>;
  /** First day the municipality exists; null when it existed before the reference data begins (2021-01-01). */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** First day it no longer exists (it merged into `successor`); null while it exists. */
  validTo?: Maybe<Scalars['Date']['output']>;
};


/** A municipality (gemeente), also one that has merged into another. */
export type MunicipalityRegionArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};

/** Every write: all or nothing, each needing a bearer token with the role it names. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Loads new CBS years of region membership, in the shape of the shipped jeugdregios.json (`years`, `municipalities`, `regionMembershipChanges`). Years already loaded are skipped, never rewritten; differences from the memberships open now become validity periods. The JSON is checked first: anything malformed comes back in `errors` (`index` the year, `field` the municipality), as does a municipality put in a region that does not exist (regions are never created). Codes may be given in any case, municipalities also as `363`. All or nothing. Needs role `admin`. */
  loadRegionMembership: MembershipLoadResult;
  /** Upserts a GI's court measures by the GI's own `externalId`, all or nothing, with the rules of every sync (row errors, `dryRun`, idempotent, at most MAX_BATCH_ROWS rows). A `client` that looks like a BSN (nine digits passing the eleven-test) is refused: send a pseudonym (`npm run pseudonymise`). A measure is filed under the region its municipality belonged to on its start date. Case records never appear in a response or in the change feed: the feed records only that a batch was written, by whom, with counts. Needs role `integrator` with the GI in its `institution` claim, or `admin`. */
  recordMeasures: SyncResult;
  /** Upserts a region's youth-help allocations by the region's own `externalId`, with the same rules as `recordMeasures`. The local product code is resolved to the region's product valid on the help's start (on its request date while it has not started). Needs role `integrator` for the region, or `admin`. */
  recordYouthHelp: SyncResult;
  /** Reports a provider's room per shared category and region, dated today: a second report on the same day replaces the first, earlier days are kept. A provider reports only categories it serves (or ones beneath them) in regions it serves. All or nothing. Needs role `admin`, or `integrator` whose `provider` claim is this provider. */
  reportAvailability: SyncResult;
  /** Records the number of children with a measure waiting for suitable help that the GIs reported for a region on a reference date; a second report for the same region and date replaces the first. Needs role `integrator` for the region, or `admin`. */
  reportWaiting: WaitingReport;
  /** Upserts a region's contracts with GIs and providers by (counterparty, validFrom), all or nothing, like `syncLocalProducts`. Needs role `integrator` for the region, or `admin`. */
  syncContracts: SyncResult;
  /** Upserts a region's local products by (productCategory, productCode, validFrom), all or nothing: with any bad row nothing is written and every bad row is reported. Sending the same batch again writes nothing. `dryRun` checks and counts without writing. Needs role `integrator` for the region, or `admin`. */
  syncLocalProducts: SyncResult;
  /** Upserts providers by code with the shared categories and regions they serve (replacing those stored), all or nothing, with the rules of every sync. Needs role `admin`, or `integrator` whose `provider` claim is the provider of every row. */
  syncProviders: SyncResult;
};


/** Every write: all or nothing, each needing a bearer token with the role it names. */
export type MutationLoadRegionMembershipArgs = {
  data: Scalars['JSON']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Every write: all or nothing, each needing a bearer token with the role it names. */
export type MutationRecordMeasuresArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  institution: Scalars['ID']['input'];
  measures: Array<MeasureInput>;
};


/** Every write: all or nothing, each needing a bearer token with the role it names. */
export type MutationRecordYouthHelpArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  items: Array<YouthHelpInput>;
  region: Scalars['ID']['input'];
};


/** Every write: all or nothing, each needing a bearer token with the role it names. */
export type MutationReportAvailabilityArgs = {
  items: Array<AvailabilityInput>;
  provider: Scalars['ID']['input'];
};


/** Every write: all or nothing, each needing a bearer token with the role it names. */
export type MutationReportWaitingArgs = {
  count: Scalars['Int']['input'];
  date: Scalars['Date']['input'];
  region: Scalars['ID']['input'];
  source?: InputMaybe<Scalars['String']['input']>;
};


/** Every write: all or nothing, each needing a bearer token with the role it names. */
export type MutationSyncContractsArgs = {
  contracts: Array<ContractInput>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  region: Scalars['ID']['input'];
};


/** Every write: all or nothing, each needing a bearer token with the role it names. */
export type MutationSyncLocalProductsArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  products: Array<LocalProductInput>;
  region: Scalars['ID']['input'];
};


/** Every write: all or nothing, each needing a bearer token with the role it names. */
export type MutationSyncProvidersArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  providers: Array<ProviderInput>;
};

/** An entity with a global id (Relay's global object identification): its `id` loads it back through `node(id:)`. */
export type Node = {
  /** Opaque and stable; unique across all types. */
  id: Scalars['ID']['output'];
};

/** Measures that overlap youth help of the same child. */
export type Overlap = {
  __typename?: 'Overlap';
  /** Measures active on at least one day of P (of every type). */
  measuresActive?: Maybe<Scalars['Int']['output']>;
  /** withOverlap / measuresActive, between 0 and 1; null when the denominator is 0 or either is suppressed. */
  share?: Maybe<Scalars['Float']['output']>;
  /** Those for which the child had help of the kind on at least one day inside both P and the measure. */
  withOverlap?: Maybe<Scalars['Int']['output']>;
};

/** Where a page of a connection ends, and whether more follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge of this page. On an empty page: null, except in `changes` and `auditLog`, which give back the `after` they were asked with, so a stored cursor stays valid. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when a next page exists: ask again with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Always false: pages are read forward, with `first` and `after`. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first edge of this page; null for an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** How a region procured the care. */
export type ProcurementModel =
  /** Bestuurlijk aanbesteden: procurement by consultation. */
  | 'ADMINISTRATIVE_PROCUREMENT'
  /** Open house: every provider meeting the conditions may contract. */
  | 'OPEN_HOUSE'
  /** Subsidie. */
  | 'SUBSIDY'
  /** Aanbesteding: a public tender. */
  | 'TENDER';

/** The monitor of one region for one period P (`from` to `to`, inclusive). Null: suppressed (see `protectionMonitor`). */
export type ProtectionMonitorRow = {
  __typename?: 'ProtectionMonitorRow';
  /** KPI 3, duration: one row per measure type. */
  durations: Array<MeasureDuration>;
  /** KPI 1 and 2, number of measures and inflow/outflow: one row per measure type. */
  measures: Array<MeasureFlow>;
  /** KPI 2, through-flow: children whose OTS (or provisional OTS) ended in P and whose guardianship (any kind) started on that end date or within 30 days after it. */
  otsToGuardianship?: Maybe<Scalars['Int']['output']>;
  /** KPI 5: as overlapYouthHelp, counting only help mapped onto a crisis category. */
  overlapCrisis: Overlap;
  /** KPI 4: measures with youth help (help mapped onto a shared category of kind JEUGDHULP) of the same child. */
  overlapYouthHelp: Overlap;
  /** The region the figures are for. */
  region: Region;
  /** KPI 7: stepping down to lighter help during a measure. */
  stepDown: StepDown;
  /** KPI 6: waiting time until youth help starts. */
  waiting: WaitingTime;
};

/** A youth-help provider (aanbieder). */
export type Provider = Node & {
  __typename?: 'Provider';
  /** Vektis AGB code, eight digits; null when not known. */
  agbCode?: Maybe<Scalars['String']['output']>;
  /** The shared categories it offers (kept by syncProviders), sorted by code. */
  categories: Array<Category>;
  /** The provider's code in this API; case does not matter when it is given as an argument or in a contract. */
  code: Scalars['ID']['output'];
  /** Opaque and stable: the same entity always has this id (Relay global object identification; `node(id:)` loads it). */
  id: Scalars['ID']['output'];
  /** The provider's name. */
  name: Scalars['String']['output'];
  /** The regions it serves (kept by syncProviders), sorted by code. */
  regions: Array<Region>;
};

/** A provider and what it serves. */
export type ProviderInput = {
  /** Vektis AGB code, eight digits; unique. */
  agbCode?: InputMaybe<Scalars['String']['input']>;
  /** Shared categories it offers (level 1 or 2), e.g. `45-BHI`. */
  categories: Array<Scalars['ID']['input']>;
  /** Short code, 1 to 16 letters, digits or dashes; case and surrounding spaces do not matter (stored in upper case). Each code at most once per batch. */
  code: Scalars['ID']['input'];
  /** The provider's name; must not be empty. */
  name: Scalars['String']['input'];
  /** Regions it serves, e.g. `JZ11`. */
  regions: Array<Scalars['ID']['input']>;
};

/** A Dutch province. */
export type Province = Node & {
  __typename?: 'Province';
  /** CBS province code, e.g. `PV27` (Noord-Holland). */
  code: Scalars['ID']['output'];
  /** Opaque and stable: the same entity always has this id (Relay global object identification; `node(id:)` loads it). */
  id: Scalars['ID']['output'];
  /** Municipalities of this province that exist on `on` (default today), sorted by code. */
  municipalities: Array<Municipality>;
  /** Name as CBS spells it. */
  name: Scalars['String']['output'];
  /** Regions with at least one member municipality in this province on `on` (default today), sorted by code. */
  regions: Array<Region>;
};


/** A Dutch province. */
export type ProvinceMunicipalitiesArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/** A Dutch province. */
export type ProvinceRegionsArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};

/** Everything a client can read. Reference data, products, providers, availability and waiting counts need no token; `changes` needs role integrator or admin, `protectionMonitor` analyst or admin, `auditLog` admin. */
export type Query = {
  __typename?: 'Query';
  /** What is running: the API's version, the commit it was built from, a hash of this schema and the database's migrations. The same as `GET /version`. */
  apiInfo: ApiInfo;
  /** The audit log, newest first (admin only): every write, and every read of case-derived data, with who, what, when and the outcome. It never holds a batch's rows, a pseudonym or a token. */
  auditLog?: Maybe<AuditEventConnection>;
  /** Which providers have room: per provider and category its latest report on or before `on` (default today), for the shared category `category` and every category beneath it, in the region. Most free places first, then shortest expected wait. Public. */
  availability?: Maybe<Array<Availability>>;
  /** The shared categorisation, sorted by code: level 1 is the iJw product category (JZ020), level 2 the shared categories beneath. `level` narrows it to one level. */
  categories?: Maybe<Array<Category>>;
  /** A shared category by code (`45` or `45-BHI`); null when unknown. */
  category?: Maybe<Category>;
  /** A certified institution by its code (`JBRA`); null when unknown. */
  certifiedInstitution?: Maybe<CertifiedInstitution>;
  /** The certified youth-protection institutions (GIs), sorted by code. */
  certifiedInstitutions?: Maybe<Array<CertifiedInstitution>>;
  /** Every change writes made, one per changed record, in commit order. A change appears once the transactions begun before it have ended. Store `pageInfo.endCursor` and pass it as `after` next time to get exactly what changed since. Integrators see their own regions' changes, admins all. */
  changes?: Maybe<ChangeConnection>;
  /** One row per region, sorted by code (every region when `regions` is omitted; a region without such products gets a row with count 0), with the tariffs of its products in `category` (or beneath it) valid on `on`, normalised: MINUTE × 60 and DAYPART ÷ 4 become HOUR; EURO products are left out. */
  compareRegions?: Maybe<Array<RegionComparison>>;
  /** Local products valid on `on` (default today) mapped onto `category` or any category beneath it, in `regions` (all when omitted), sorted by region, product category, product code. `first` defaults to 100; more than 500 is a BAD_USER_INPUT error. */
  localProducts?: Maybe<LocalProductConnection>;
  /** Per region, sorted by code: how many of its products valid on `on` (default today) are mapped onto the shared categorisation. */
  mappingCoverage?: Maybe<Array<MappingCoverage>>;
  /** A municipality by its CBS code (`GM0363`), in any case (`gm0363`), or by its iJw gemeentecode with or without leading zeros (`0363`, `363`); null when unknown. Municipalities merged away stay findable. */
  municipality?: Maybe<Municipality>;
  /** The entity with this global id, of any type; null for an id this API did not hand out, or an entity gone since. */
  node?: Maybe<Node>;
  /** The entities with these ids, in the same order; null where one is unknown. Loaded in batches: one statement per type. */
  nodes?: Maybe<Array<Maybe<Node>>>;
  /**
   * The seven youth-protection monitor KPIs, one row per region (every region the caller may read when `regions` is omitted),
   * for the period P from `from` to `to`, both inclusive. A measure counts for the region its municipality belonged to on the
   * measure's start date; youth help counts by the client's pseudonym, whichever region allocated it.
   *
   * Disclosure control (SUPPRESS_BELOW, default 5; 0 turns it off): every count from 1 to SUPPRESS_BELOW - 1 is null, and so
   * is every median, percentile or share computed from a hidden count. No hidden count can be worked out from the others:
   * the flows of a type are hidden in pairs (activeAtStart with inflow, outflow with activeAtEnd; all four when the type's
   * total is small), one more type is hidden when `measuresActive` would otherwise give a small total of the hidden types, `endedCount`
   * is hidden with `outflow`, and a part (`withOverlap`, `steppedDown`) is hidden when it or its complement is small.
   *
   * Needs role `analyst` (limited to the token's `regions` when that claim is present: other regions are FORBIDDEN) or `admin`.
   */
  protectionMonitor?: Maybe<Array<ProtectionMonitorRow>>;
  /** A provider by its code or its eight-digit AGB code; null when unknown. Public. */
  provider?: Maybe<Provider>;
  /** A province by its CBS code (`PV27`); null when unknown. */
  province?: Maybe<Province>;
  /** Every province (CBS `PV20`–`PV31`), sorted by code. */
  provinces?: Maybe<Array<Province>>;
  /** A youth-care region by its CBS code (`JZ11`, case-insensitive); null when unknown. */
  region?: Maybe<Region>;
  /** Youth-care regions sorted by code: all of them, or those with at least one member municipality in `province` on `on` (default today). */
  regions?: Maybe<Array<Region>>;
  /** Translates a region's local (product category, product code) onto the shared categorisation, for the product version valid on `on` (default today). Unknown region: NOT_FOUND. */
  translate?: Maybe<Translation>;
  /** The iJw units (WJ756) and how a tariff in each is normalised for comparison. */
  units?: Maybe<Array<UnitInfo>>;
  /** A region's products valid on `on` (default today) that map onto nothing, sorted by product category and code. */
  unmappedProducts?: Maybe<Array<LocalProduct>>;
  /** Per region its latest reported count of children with a measure waiting for suitable help, on or before `on` (default today), with the total of those. `province` limits it to the regions with a municipality in that province on `on`. Public. */
  waitingReported?: Maybe<WaitingReported>;
};


/** Everything a client can read. Reference data, products, providers, availability and waiting counts need no token; `changes` needs role integrator or admin, `protectionMonitor` analyst or admin, `auditLog` admin. */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  operation?: InputMaybe<Scalars['String']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
};


/** Everything a client can read. Reference data, products, providers, availability and waiting counts need no token; `changes` needs role integrator or admin, `protectionMonitor` analyst or admin, `auditLog` admin. */
export type QueryAvailabilityArgs = {
  category: Scalars['ID']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
  region: Scalars['ID']['input'];
};


/** Everything a client can read. Reference data, products, providers, availability and waiting counts need no token; `changes` needs role integrator or admin, `protectionMonitor` analyst or admin, `auditLog` admin. */
export type QueryCategoriesArgs = {
  level?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything a client can read. Reference data, products, providers, availability and waiting counts need no token; `changes` needs role integrator or admin, `protectionMonitor` analyst or admin, `auditLog` admin. */
export type QueryCategoryArgs = {
  code: Scalars['ID']['input'];
};


/** Everything a client can read. Reference data, products, providers, availability and waiting counts need no token; `changes` needs role integrator or admin, `protectionMonitor` analyst or admin, `auditLog` admin. */
export type QueryCertifiedInstitutionArgs = {
  code: Scalars['ID']['input'];
};


/** Everything a client can read. Reference data, products, providers, availability and waiting counts need no token; `changes` needs role integrator or admin, `protectionMonitor` analyst or admin, `auditLog` admin. */
export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entity?: InputMaybe<ChangeEntity>;
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
};


/** Everything a client can read. Reference data, products, providers, availability and waiting counts need no token; `changes` needs role integrator or admin, `protectionMonitor` analyst or admin, `auditLog` admin. */
export type QueryCompareRegionsArgs = {
  category: Scalars['ID']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
  regions?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Everything a client can read. Reference data, products, providers, availability and waiting counts need no token; `changes` needs role integrator or admin, `protectionMonitor` analyst or admin, `auditLog` admin. */
export type QueryLocalProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  on?: InputMaybe<Scalars['Date']['input']>;
  regions?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Everything a client can read. Reference data, products, providers, availability and waiting counts need no token; `changes` needs role integrator or admin, `protectionMonitor` analyst or admin, `auditLog` admin. */
export type QueryMappingCoverageArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/** Everything a client can read. Reference data, products, providers, availability and waiting counts need no token; `changes` needs role integrator or admin, `protectionMonitor` analyst or admin, `auditLog` admin. */
export type QueryMunicipalityArgs = {
  code: Scalars['ID']['input'];
};


/** Everything a client can read. Reference data, products, providers, availability and waiting counts need no token; `changes` needs role integrator or admin, `protectionMonitor` analyst or admin, `auditLog` admin. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a client can read. Reference data, products, providers, availability and waiting counts need no token; `changes` needs role integrator or admin, `protectionMonitor` analyst or admin, `auditLog` admin. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Everything a client can read. Reference data, products, providers, availability and waiting counts need no token; `changes` needs role integrator or admin, `protectionMonitor` analyst or admin, `auditLog` admin. */
export type QueryProtectionMonitorArgs = {
  from: Scalars['Date']['input'];
  regions?: InputMaybe<Array<Scalars['ID']['input']>>;
  to: Scalars['Date']['input'];
};


/** Everything a client can read. Reference data, products, providers, availability and waiting counts need no token; `changes` needs role integrator or admin, `protectionMonitor` analyst or admin, `auditLog` admin. */
export type QueryProviderArgs = {
  code: Scalars['ID']['input'];
};


/** Everything a client can read. Reference data, products, providers, availability and waiting counts need no token; `changes` needs role integrator or admin, `protectionMonitor` analyst or admin, `auditLog` admin. */
export type QueryProvinceArgs = {
  code: Scalars['ID']['input'];
};


/** Everything a client can read. Reference data, products, providers, availability and waiting counts need no token; `changes` needs role integrator or admin, `protectionMonitor` analyst or admin, `auditLog` admin. */
export type QueryRegionArgs = {
  code: Scalars['ID']['input'];
};


/** Everything a client can read. Reference data, products, providers, availability and waiting counts need no token; `changes` needs role integrator or admin, `protectionMonitor` analyst or admin, `auditLog` admin. */
export type QueryRegionsArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
  province?: InputMaybe<Scalars['ID']['input']>;
};


/** Everything a client can read. Reference data, products, providers, availability and waiting counts need no token; `changes` needs role integrator or admin, `protectionMonitor` analyst or admin, `auditLog` admin. */
export type QueryTranslateArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
  productCategory: Scalars['String']['input'];
  productCode: Scalars['String']['input'];
  region: Scalars['ID']['input'];
};


/** Everything a client can read. Reference data, products, providers, availability and waiting counts need no token; `changes` needs role integrator or admin, `protectionMonitor` analyst or admin, `auditLog` admin. */
export type QueryUnmappedProductsArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
  region: Scalars['ID']['input'];
};


/** Everything a client can read. Reference data, products, providers, availability and waiting counts need no token; `changes` needs role integrator or admin, `protectionMonitor` analyst or admin, `auditLog` admin. */
export type QueryWaitingReportedArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
  province?: InputMaybe<Scalars['ID']['input']>;
};

/** A youth-care region (jeugdregio): municipalities that buy youth care together. */
export type Region = Node & {
  __typename?: 'Region';
  /** GIs the region holds a contract with on `on` (default today), sorted by code. */
  certifiedInstitutions: Array<CertifiedInstitution>;
  /** CBS jeugdregio code, `JZ01`–`JZ43` (there is no `JZ40`). */
  code: Scalars['ID']['output'];
  /** The region's contracts with GIs and providers valid on `on` (default today): GI contracts first, then provider contracts, each by counterparty code and then start. */
  contracts: Array<Contract>;
  /** Opaque and stable: the same entity always has this id (Relay global object identification; `node(id:)` loads it). */
  id: Scalars['ID']['output'];
  /** Member municipalities on `on` (default today), sorted by code. Mergers and moves between regions change this over time. */
  municipalities: Array<Municipality>;
  /** Name as the latest CBS jeugdregio edition spells it. */
  name: Scalars['String']['output'];
  /** Provinces the region's member municipalities lie in on `on` (default today); a region may lie in more than one. */
  provinces: Array<Province>;
};


/** A youth-care region (jeugdregio): municipalities that buy youth care together. */
export type RegionCertifiedInstitutionsArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/** A youth-care region (jeugdregio): municipalities that buy youth care together. */
export type RegionContractsArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/** A youth-care region (jeugdregio): municipalities that buy youth care together. */
export type RegionMunicipalitiesArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/** A youth-care region (jeugdregio): municipalities that buy youth care together. */
export type RegionProvincesArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};

/** One region's products and normalised tariffs in a category. */
export type RegionComparison = {
  __typename?: 'RegionComparison';
  /** Products in the category (or beneath it) valid on the date, EURO products included. */
  productCount: Scalars['Int']['output'];
  /** The region compared. */
  region: Region;
  /** One row per normalised unit present, in the order HOUR, ETMAAL, PIECE_OUTPUT, PIECE_EFFORT; empty when the region has no product with a tariff here. */
  tariffs: Array<TariffStatistics>;
};

/** A municipality's membership of a region for a half-open period. */
export type RegionMembership = Node & {
  __typename?: 'RegionMembership';
  /** Opaque and stable: the same entity always has this id (Relay global object identification; `node(id:)` loads it). */
  id: Scalars['ID']['output'];
  /** The region the municipality belongs to in this period. */
  region: Region;
  /** First day of membership. */
  validFrom: Scalars['Date']['output'];
  /** First day no longer a member; null: still a member. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** How a local product relates to a shared category (FHIR ConceptMap R5). */
export type Relationship =
  /** Means the same. */
  | 'EQUIVALENT'
  /** Related, but neither equal, narrower nor broader. */
  | 'RELATED'
  /** The local product is broader than the category. */
  | 'SOURCE_IS_BROADER'
  /** The local product is narrower than the category. */
  | 'SOURCE_IS_NARROWER';

/** A bad row of a batch. */
export type RowError = {
  __typename?: 'RowError';
  /** Stable code. Products: UNKNOWN_PRODUCT_CATEGORY, PRODUCT_CODE_EMPTY, PRODUCT_CODE_TOO_LONG, PRODUCT_CODE_INVALID, NAME_EMPTY, UNKNOWN_UNIT, TARIFF_MISSING, TARIFF_NOT_ALLOWED, TARIFF_INVALID, TARIFF_NEGATIVE, TARIFF_TOO_HIGH, DATE_INVALID, VALID_TO_NOT_AFTER_VALID_FROM, UNKNOWN_RELATIONSHIP, DUPLICATE_MAPPING, UNKNOWN_CATEGORY, DUPLICATE_KEY, OVERLAPPING_PERIOD. Contracts also: COUNTERPARTY_MISSING, UNKNOWN_INSTITUTION, UNKNOWN_PROVIDER, UNKNOWN_PRODUCT, UNKNOWN_PROCUREMENT_MODEL, UNKNOWN_FINANCING_FORM, PERCENT_OUT_OF_RANGE. Membership loads: FILE_INVALID, UNKNOWN_REGION, UNKNOWN_PROVINCE, WOULD_REWRITE_HISTORY. The other writes add their own, such as CLIENT_IS_BSN, DATE_ORDER, COUNT_NEGATIVE, CATEGORY_NOT_SERVED, PROVIDER_CODE_INVALID. */
  code: Scalars['String']['output'];
  /** The field at fault, e.g. `tariffCents` or `mappings[0].category`. */
  field: Scalars['String']['output'];
  /** 0-based position of the row in the input. */
  index: Scalars['Int']['output'];
  /** What is wrong, for a person. */
  message: Scalars['String']['output'];
};

/**
 * Stepping down: measures active in P during which the child had at least two youth-help items of known intensity (items
 * that started between the measure's start and its end, or `to` if earlier). An item's intensity is the highest intensity
 * among the shared categories its product maps onto (unknown when none has one).
 */
export type StepDown = {
  __typename?: 'StepDown';
  /** Measures with at least two such items. */
  eligible?: Maybe<Scalars['Int']['output']>;
  /** steppedDown / eligible, between 0 and 1; null when the denominator is 0 or either is suppressed. */
  share?: Maybe<Scalars['Float']['output']>;
  /** Those where the item that started last has a lower intensity than the highest among the earlier ones. */
  steppedDown?: Maybe<Scalars['Int']['output']>;
};

/** The outcome of a bulk write. */
export type SyncResult = {
  __typename?: 'SyncResult';
  /** True when the batch was written; false with errors, or on a dry run. */
  applied: Scalars['Boolean']['output'];
  /** Records that are new (counted as if applied on a dry run; 0 when the batch has errors). */
  created: Scalars['Int']['output'];
  /** Every bad row; empty when the batch is good. */
  errors: Array<RowError>;
  /** Records that existed exactly like this (0 when the batch has errors). */
  unchanged: Scalars['Int']['output'];
  /** Records that existed and differ (0 when the batch has errors). */
  updated: Scalars['Int']['output'];
};

/** Normalised tariffs of one unit: cents, rounded half up; the median of an even count is the mean of the middle two. */
export type TariffStatistics = {
  __typename?: 'TariffStatistics';
  /** Products with a tariff in this unit, after normalisation. */
  count: Scalars['Int']['output'];
  /** Highest normalised tariff, euro cents per unit. */
  maxCents: Scalars['Int']['output'];
  /** Median normalised tariff, euro cents per unit. */
  medianCents: Scalars['Int']['output'];
  /** Lowest normalised tariff, euro cents per unit. */
  minCents: Scalars['Int']['output'];
  /** The unit the tariffs are normalised to: HOUR, ETMAAL, PIECE_OUTPUT or PIECE_EFFORT. */
  unit: Unit;
};

/** The answer of `translate`. */
export type Translation = {
  __typename?: 'Translation';
  /** False when the region has no such product valid on the date. */
  found: Scalars['Boolean']['output'];
  /** The product version valid on the date; null when not found. */
  localProduct?: Maybe<LocalProduct>;
  /** Every shared category it maps onto; empty when not found or not mapped. */
  matches: Array<Mapping>;
};

/** iJw unit (WJ756) a tariff is expressed in. */
export type Unit =
  /** 16: dagdeel, four hours. */
  | 'DAYPART'
  /** 14: etmaal, 24 hours. */
  | 'ETMAAL'
  /** 83: euros (budget); such products carry no tariff. */
  | 'EURO'
  /** 04: hour. */
  | 'HOUR'
  /** 01: minute. */
  | 'MINUTE'
  /** 84: pieces (effort). */
  | 'PIECE_EFFORT'
  /** 82: pieces (output), e.g. a monthly rate for statutory measures. */
  | 'PIECE_OUTPUT';

/** An iJw unit (WJ756). */
export type UnitInfo = {
  __typename?: 'UnitInfo';
  /** The iJw code, e.g. `04`. */
  code: Scalars['String']['output'];
  /** Dutch name from the code list. */
  name: Scalars['String']['output'];
  /** The unit its tariffs are compared in; null when left out of comparisons (EURO). */
  normalisesTo?: Maybe<Unit>;
  /** The unit as this API names it, e.g. HOUR. */
  unit: Unit;
};

/** A reported number of children with a measure waiting for suitable help. */
export type WaitingReport = {
  __typename?: 'WaitingReport';
  /** Children with a measure waiting for suitable help on that date. */
  count: Scalars['Int']['output'];
  /** The reference date (peildatum). */
  date: Scalars['Date']['output'];
  /** The region the count is for. */
  region: Region;
  /** The document or system the count comes from. */
  source?: Maybe<Scalars['String']['output']>;
};

/** The latest reports on or before a date, and their total. */
export type WaitingReported = {
  __typename?: 'WaitingReported';
  /** One row per region with a report, sorted by region code. */
  regions: Array<WaitingReport>;
  /** Sum of the regions' latest counts. */
  total: Scalars['Int']['output'];
};

/** Youth-help items allocated by the region, requested in P, for a child with a measure active on the request date. */
export type WaitingTime = {
  __typename?: 'WaitingTime';
  /** Median of (start - requested) in days over the started items; of an even count, the mean of the two middle values. */
  medianDays?: Maybe<Scalars['Float']['output']>;
  /** 90th percentile (nearest rank) of (start - requested) in days over the started items. */
  p90Days?: Maybe<Scalars['Int']['output']>;
  /** Items started by `to`. */
  startedCount?: Maybe<Scalars['Int']['output']>;
  /** Items not started by `to`. */
  stillWaiting?: Maybe<Scalars['Int']['output']>;
};

/** A region's youth-help allocation for one child. */
export type YouthHelpInput = {
  /** The child's pseudonym, the same in every source (never a BSN). */
  client: Scalars['String']['input'];
  /** The last day of help, inclusive; null while running. Not before start. */
  end?: InputMaybe<Scalars['Date']['input']>;
  /** The region's own key of the allocation; sending it again updates it. */
  externalId: Scalars['ID']['input'];
  /** Municipality of residence: its CBS code `GM0363`, in any case, or its iJw gemeentecode `0363` or `363`. */
  municipality: Scalars['ID']['input'];
  /** iJw product category (JZ020), two digits. */
  productCategory: Scalars['String']['input'];
  /** The region's local product code, one to five letters or digits; case does not matter. */
  productCode: Scalars['String']['input'];
  /** The day the help was requested. */
  requested: Scalars['Date']['input'];
  /** The first day of help; null while waiting. Not before requested. */
  start?: InputMaybe<Scalars['Date']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Category: Category;
  CertifiedInstitution: CertifiedInstitution;
  LocalProduct: LocalProduct;
  Municipality: Municipality;
  Provider: Provider;
  Province: Province;
  Region: Region;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Category:
    ( { __typename: 'Category' }
    & GraphQLRecursivePick<FederationTypes['Category'], {"code":true}> );
  CertifiedInstitution:
    ( { __typename: 'CertifiedInstitution' }
    & GraphQLRecursivePick<FederationTypes['CertifiedInstitution'], {"code":true}> );
  LocalProduct:
    ( { __typename: 'LocalProduct' }
    & GraphQLRecursivePick<FederationTypes['LocalProduct'], {"id":true}> );
  Municipality:
    ( { __typename: 'Municipality' }
    & GraphQLRecursivePick<FederationTypes['Municipality'], {"code":true}> );
  Provider:
    ( { __typename: 'Provider' }
    & GraphQLRecursivePick<FederationTypes['Provider'], {"code":true}> );
  Province:
    ( { __typename: 'Province' }
    & GraphQLRecursivePick<FederationTypes['Province'], {"code":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
};


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( CategoryRow )
    | ( InstitutionRow )
    | ( ContractRow )
    | ( LocalProductRow )
    | ( MappingRow )
    | ( MunicipalityRow )
    | ( ProviderRow )
    | ( ProvinceRow )
    | ( RegionRow )
    | ( MembershipRow )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ApiInfo: ResolverTypeWrapper<ApiInfo>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AuditEvent: ResolverTypeWrapper<AuditRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEventConnection: ResolverTypeWrapper<AuditPage>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  Availability: ResolverTypeWrapper<AvailabilityRow>;
  AvailabilityInput: AvailabilityInput;
  CacheControlScope: CacheControlScope;
  Category: ResolverTypeWrapper<CategoryRow>;
  CategoryKind: CategoryKind;
  CertifiedInstitution: ResolverTypeWrapper<InstitutionRow>;
  Change: ResolverTypeWrapper<ChangeRow>;
  ChangeConnection: ResolverTypeWrapper<ChangePage>;
  ChangeEdge: ResolverTypeWrapper<Omit<ChangeEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  ChangeEntity: ChangeEntity;
  ChangeOperation: ChangeOperation;
  Contract: ResolverTypeWrapper<ContractRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ContractInput: ContractInput;
  ContractProduct: ResolverTypeWrapper<ContractProduct>;
  ContractProductInput: ContractProductInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FinancingForm: FinancingForm;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LocalProduct: ResolverTypeWrapper<LocalProductRow>;
  LocalProductConnection: ResolverTypeWrapper<Omit<LocalProductConnection, 'edges'> & { edges: Array<ResolversTypes['LocalProductEdge']> }>;
  LocalProductEdge: ResolverTypeWrapper<Omit<LocalProductEdge, 'node'> & { node: ResolversTypes['LocalProduct'] }>;
  LocalProductInput: LocalProductInput;
  Mapping: ResolverTypeWrapper<MappingRow>;
  MappingCoverage: ResolverTypeWrapper<Omit<MappingCoverage, 'region'> & { region: ResolversTypes['Region'] }>;
  MappingInput: MappingInput;
  MeasureDuration: ResolverTypeWrapper<MeasureDuration>;
  MeasureFlow: ResolverTypeWrapper<MeasureFlow>;
  MeasureInput: MeasureInput;
  MeasureType: MeasureType;
  MembershipLoadResult: ResolverTypeWrapper<MembershipLoadResult>;
  Municipality: ResolverTypeWrapper<MunicipalityRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Overlap: ResolverTypeWrapper<Overlap>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ProcurementModel: ProcurementModel;
  ProtectionMonitorRow: ResolverTypeWrapper<MonitorRow>;
  Provider: ResolverTypeWrapper<ProviderRow>;
  ProviderInput: ProviderInput;
  Province: ResolverTypeWrapper<ProvinceRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionRow>;
  RegionComparison: ResolverTypeWrapper<Omit<RegionComparison, 'region'> & { region: ResolversTypes['Region'] }>;
  RegionMembership: ResolverTypeWrapper<MembershipRow>;
  Relationship: Relationship;
  RowError: ResolverTypeWrapper<RowError>;
  StepDown: ResolverTypeWrapper<StepDown>;
  SyncResult: ResolverTypeWrapper<SyncResult>;
  TariffStatistics: ResolverTypeWrapper<TariffStatistics>;
  Translation: ResolverTypeWrapper<Omit<Translation, 'localProduct' | 'matches'> & { localProduct?: Maybe<ResolversTypes['LocalProduct']>, matches: Array<ResolversTypes['Mapping']> }>;
  Unit: Unit;
  UnitInfo: ResolverTypeWrapper<UnitInfo>;
  WaitingReport: ResolverTypeWrapper<WaitingReportRow>;
  WaitingReported: ResolverTypeWrapper<Omit<WaitingReported, 'regions'> & { regions: Array<ResolversTypes['WaitingReport']> }>;
  WaitingTime: ResolverTypeWrapper<WaitingTime>;
  YouthHelpInput: YouthHelpInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApiInfo: ApiInfo;
  String: Scalars['String']['output'];
  AuditEvent: AuditRow;
  ID: Scalars['ID']['output'];
  AuditEventConnection: AuditPage;
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  Availability: AvailabilityRow;
  AvailabilityInput: AvailabilityInput;
  Category: CategoryRow;
  CertifiedInstitution: InstitutionRow;
  Change: ChangeRow;
  ChangeConnection: ChangePage;
  ChangeEdge: Omit<ChangeEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  Contract: ContractRow;
  Float: Scalars['Float']['output'];
  ContractInput: ContractInput;
  ContractProduct: ContractProduct;
  ContractProductInput: ContractProductInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  JSON: Scalars['JSON']['output'];
  LocalProduct: LocalProductRow;
  LocalProductConnection: Omit<LocalProductConnection, 'edges'> & { edges: Array<ResolversParentTypes['LocalProductEdge']> };
  LocalProductEdge: Omit<LocalProductEdge, 'node'> & { node: ResolversParentTypes['LocalProduct'] };
  LocalProductInput: LocalProductInput;
  Mapping: MappingRow;
  MappingCoverage: Omit<MappingCoverage, 'region'> & { region: ResolversParentTypes['Region'] };
  MappingInput: MappingInput;
  MeasureDuration: MeasureDuration;
  MeasureFlow: MeasureFlow;
  MeasureInput: MeasureInput;
  MembershipLoadResult: MembershipLoadResult;
  Municipality: MunicipalityRow;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Overlap: Overlap;
  PageInfo: PageInfo;
  ProtectionMonitorRow: MonitorRow;
  Provider: ProviderRow;
  ProviderInput: ProviderInput;
  Province: ProvinceRow;
  Query: Record<PropertyKey, never>;
  Region: RegionRow;
  RegionComparison: Omit<RegionComparison, 'region'> & { region: ResolversParentTypes['Region'] };
  RegionMembership: MembershipRow;
  RowError: RowError;
  StepDown: StepDown;
  SyncResult: SyncResult;
  TariffStatistics: TariffStatistics;
  Translation: Omit<Translation, 'localProduct' | 'matches'> & { localProduct?: Maybe<ResolversParentTypes['LocalProduct']>, matches: Array<ResolversParentTypes['Mapping']> };
  UnitInfo: UnitInfo;
  WaitingReport: WaitingReportRow;
  WaitingReported: Omit<WaitingReported, 'regions'> & { regions: Array<ResolversParentTypes['WaitingReport']> };
  WaitingTime: WaitingTime;
  YouthHelpInput: YouthHelpInput;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = Context, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ApiInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiInfo'] = ResolversParentTypes['ApiInfo']> = {
  commit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latestMigration?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  migrationsApplied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schemaHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type AuditEventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
};

export type AvailabilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Availability'] = ResolversParentTypes['Availability']> = {
  category?: Resolver<ResolversTypes['Category'], ParentType, ContextType>;
  expectedWaitDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  freePlaces?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  reportedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  waitingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CategoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Category'] = ResolversParentTypes['Category'], FederationReferenceType extends FederationReferenceTypes['Category'] = FederationReferenceTypes['Category']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Category']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cbsCareForm?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  crisis?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intensity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CategoryKind'], ParentType, ContextType>;
  legacy?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CertifiedInstitutionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CertifiedInstitution'] = ResolversParentTypes['CertifiedInstitution'], FederationReferenceType extends FederationReferenceTypes['CertifiedInstitution'] = FederationReferenceTypes['CertifiedInstitution']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CertifiedInstitution']> | FederationReferenceType, FederationReferenceType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  contracts?: Resolver<Array<ResolversTypes['Contract']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<CertifiedInstitutionRegionsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  batchId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['ChangeEntity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  principal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
};

export type ChangeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
};

export type ContractResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contract'] = ResolversParentTypes['Contract']> = {
  financingForm?: Resolver<Maybe<ResolversTypes['FinancingForm']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indexationPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  institution?: Resolver<Maybe<ResolversTypes['CertifiedInstitution']>, ParentType, ContextType>;
  procurementModel?: Resolver<Maybe<ResolversTypes['ProcurementModel']>, ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['ContractProduct']>, ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  riskSurchargePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ContractProductResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContractProduct'] = ResolversParentTypes['ContractProduct']> = {
  productCategory?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LocalProductResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocalProduct'] = ResolversParentTypes['LocalProduct'], FederationReferenceType extends FederationReferenceTypes['LocalProduct'] = FederationReferenceTypes['LocalProduct']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LocalProduct']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mappings?: Resolver<Array<ResolversTypes['Mapping']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productCategory?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  tariffCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LocalProductConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocalProductConnection'] = ResolversParentTypes['LocalProductConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LocalProductEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LocalProductEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocalProductEdge'] = ResolversParentTypes['LocalProductEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LocalProduct'], ParentType, ContextType>;
};

export type MappingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mapping'] = ResolversParentTypes['Mapping']> = {
  category?: Resolver<ResolversTypes['Category'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['Relationship'], ParentType, ContextType>;
  setAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  setBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MappingCoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MappingCoverage'] = ResolversParentTypes['MappingCoverage']> = {
  mappedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  productCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  unmappedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeasureDurationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeasureDuration'] = ResolversParentTypes['MeasureDuration']> = {
  endedCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  medianDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['MeasureType'], ParentType, ContextType>;
};

export type MeasureFlowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeasureFlow'] = ResolversParentTypes['MeasureFlow']> = {
  activeAtEnd?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  activeAtStart?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  inflow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  outflow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['MeasureType'], ParentType, ContextType>;
};

export type MembershipLoadResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MembershipLoadResult'] = ResolversParentTypes['MembershipLoadResult']> = {
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['RowError']>, ParentType, ContextType>;
  membershipsEnded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  membershipsStarted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipalitiesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipalitiesEnded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  yearsLoaded?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  yearsSkipped?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MunicipalityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality'], FederationReferenceType extends FederationReferenceTypes['Municipality'] = FederationReferenceTypes['Municipality']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Municipality']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ijwCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  predecessors?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  province?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, Partial<MunicipalityRegionArgs>>;
  regionHistory?: Resolver<Array<ResolversTypes['RegionMembership']>, ParentType, ContextType>;
  successor?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  loadRegionMembership?: Resolver<ResolversTypes['MembershipLoadResult'], ParentType, ContextType, RequireFields<MutationLoadRegionMembershipArgs, 'data'>>;
  recordMeasures?: Resolver<ResolversTypes['SyncResult'], ParentType, ContextType, RequireFields<MutationRecordMeasuresArgs, 'institution' | 'measures'>>;
  recordYouthHelp?: Resolver<ResolversTypes['SyncResult'], ParentType, ContextType, RequireFields<MutationRecordYouthHelpArgs, 'items' | 'region'>>;
  reportAvailability?: Resolver<ResolversTypes['SyncResult'], ParentType, ContextType, RequireFields<MutationReportAvailabilityArgs, 'items' | 'provider'>>;
  reportWaiting?: Resolver<ResolversTypes['WaitingReport'], ParentType, ContextType, RequireFields<MutationReportWaitingArgs, 'count' | 'date' | 'region'>>;
  syncContracts?: Resolver<ResolversTypes['SyncResult'], ParentType, ContextType, RequireFields<MutationSyncContractsArgs, 'contracts' | 'region'>>;
  syncLocalProducts?: Resolver<ResolversTypes['SyncResult'], ParentType, ContextType, RequireFields<MutationSyncLocalProductsArgs, 'products' | 'region'>>;
  syncProviders?: Resolver<ResolversTypes['SyncResult'], ParentType, ContextType, RequireFields<MutationSyncProvidersArgs, 'providers'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Category' | 'CertifiedInstitution' | 'Contract' | 'LocalProduct' | 'Mapping' | 'Municipality' | 'Provider' | 'Province' | 'Region' | 'RegionMembership', ParentType, ContextType>;
};

export type OverlapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Overlap'] = ResolversParentTypes['Overlap']> = {
  measuresActive?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  withOverlap?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProtectionMonitorRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProtectionMonitorRow'] = ResolversParentTypes['ProtectionMonitorRow']> = {
  durations?: Resolver<Array<ResolversTypes['MeasureDuration']>, ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['MeasureFlow']>, ParentType, ContextType>;
  otsToGuardianship?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  overlapCrisis?: Resolver<ResolversTypes['Overlap'], ParentType, ContextType>;
  overlapYouthHelp?: Resolver<ResolversTypes['Overlap'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  stepDown?: Resolver<ResolversTypes['StepDown'], ParentType, ContextType>;
  waiting?: Resolver<ResolversTypes['WaitingTime'], ParentType, ContextType>;
};

export type ProviderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Provider'] = ResolversParentTypes['Provider'], FederationReferenceType extends FederationReferenceTypes['Provider'] = FederationReferenceTypes['Provider']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Provider']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agbCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProvinceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province'], FederationReferenceType extends FederationReferenceTypes['Province'] = FederationReferenceTypes['Province']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType, Partial<ProvinceMunicipalitiesArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<ProvinceRegionsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiInfo?: Resolver<ResolversTypes['ApiInfo'], ParentType, ContextType>;
  auditLog?: Resolver<Maybe<ResolversTypes['AuditEventConnection']>, ParentType, ContextType, Partial<QueryAuditLogArgs>>;
  availability?: Resolver<Maybe<Array<ResolversTypes['Availability']>>, ParentType, ContextType, RequireFields<QueryAvailabilityArgs, 'category' | 'region'>>;
  categories?: Resolver<Maybe<Array<ResolversTypes['Category']>>, ParentType, ContextType, Partial<QueryCategoriesArgs>>;
  category?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType, RequireFields<QueryCategoryArgs, 'code'>>;
  certifiedInstitution?: Resolver<Maybe<ResolversTypes['CertifiedInstitution']>, ParentType, ContextType, RequireFields<QueryCertifiedInstitutionArgs, 'code'>>;
  certifiedInstitutions?: Resolver<Maybe<Array<ResolversTypes['CertifiedInstitution']>>, ParentType, ContextType>;
  changes?: Resolver<Maybe<ResolversTypes['ChangeConnection']>, ParentType, ContextType, Partial<QueryChangesArgs>>;
  compareRegions?: Resolver<Maybe<Array<ResolversTypes['RegionComparison']>>, ParentType, ContextType, RequireFields<QueryCompareRegionsArgs, 'category'>>;
  localProducts?: Resolver<Maybe<ResolversTypes['LocalProductConnection']>, ParentType, ContextType, RequireFields<QueryLocalProductsArgs, 'category'>>;
  mappingCoverage?: Resolver<Maybe<Array<ResolversTypes['MappingCoverage']>>, ParentType, ContextType, Partial<QueryMappingCoverageArgs>>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType, RequireFields<QueryMunicipalityArgs, 'code'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['Node']>>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  protectionMonitor?: Resolver<Maybe<Array<ResolversTypes['ProtectionMonitorRow']>>, ParentType, ContextType, RequireFields<QueryProtectionMonitorArgs, 'from' | 'to'>>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType, RequireFields<QueryProviderArgs, 'code'>>;
  province?: Resolver<Maybe<ResolversTypes['Province']>, ParentType, ContextType, RequireFields<QueryProvinceArgs, 'code'>>;
  provinces?: Resolver<Maybe<Array<ResolversTypes['Province']>>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'code'>>;
  regions?: Resolver<Maybe<Array<ResolversTypes['Region']>>, ParentType, ContextType, Partial<QueryRegionsArgs>>;
  translate?: Resolver<Maybe<ResolversTypes['Translation']>, ParentType, ContextType, RequireFields<QueryTranslateArgs, 'productCategory' | 'productCode' | 'region'>>;
  units?: Resolver<Maybe<Array<ResolversTypes['UnitInfo']>>, ParentType, ContextType>;
  unmappedProducts?: Resolver<Maybe<Array<ResolversTypes['LocalProduct']>>, ParentType, ContextType, RequireFields<QueryUnmappedProductsArgs, 'region'>>;
  waitingReported?: Resolver<Maybe<ResolversTypes['WaitingReported']>, ParentType, ContextType, Partial<QueryWaitingReportedArgs>>;
};

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  certifiedInstitutions?: Resolver<Array<ResolversTypes['CertifiedInstitution']>, ParentType, ContextType, Partial<RegionCertifiedInstitutionsArgs>>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  contracts?: Resolver<Array<ResolversTypes['Contract']>, ParentType, ContextType, Partial<RegionContractsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType, Partial<RegionMunicipalitiesArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provinces?: Resolver<Array<ResolversTypes['Province']>, ParentType, ContextType, Partial<RegionProvincesArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RegionComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionComparison'] = ResolversParentTypes['RegionComparison']> = {
  productCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  tariffs?: Resolver<Array<ResolversTypes['TariffStatistics']>, ParentType, ContextType>;
};

export type RegionMembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionMembership'] = ResolversParentTypes['RegionMembership']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RowErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RowError'] = ResolversParentTypes['RowError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StepDownResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StepDown'] = ResolversParentTypes['StepDown']> = {
  eligible?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  steppedDown?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SyncResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SyncResult'] = ResolversParentTypes['SyncResult']> = {
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['RowError']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TariffStatisticsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TariffStatistics'] = ResolversParentTypes['TariffStatistics']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medianCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
};

export type TranslationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Translation'] = ResolversParentTypes['Translation']> = {
  found?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  localProduct?: Resolver<Maybe<ResolversTypes['LocalProduct']>, ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['Mapping']>, ParentType, ContextType>;
};

export type UnitInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnitInfo'] = ResolversParentTypes['UnitInfo']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  normalisesTo?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
};

export type WaitingReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WaitingReport'] = ResolversParentTypes['WaitingReport']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WaitingReportedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WaitingReported'] = ResolversParentTypes['WaitingReported']> = {
  regions?: Resolver<Array<ResolversTypes['WaitingReport']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WaitingTimeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WaitingTime'] = ResolversParentTypes['WaitingTime']> = {
  medianDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90Days?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startedCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  stillWaiting?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  ApiInfo?: ApiInfoResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  Availability?: AvailabilityResolvers<ContextType>;
  Category?: CategoryResolvers<ContextType>;
  CertifiedInstitution?: CertifiedInstitutionResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  Contract?: ContractResolvers<ContextType>;
  ContractProduct?: ContractProductResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  LocalProduct?: LocalProductResolvers<ContextType>;
  LocalProductConnection?: LocalProductConnectionResolvers<ContextType>;
  LocalProductEdge?: LocalProductEdgeResolvers<ContextType>;
  Mapping?: MappingResolvers<ContextType>;
  MappingCoverage?: MappingCoverageResolvers<ContextType>;
  MeasureDuration?: MeasureDurationResolvers<ContextType>;
  MeasureFlow?: MeasureFlowResolvers<ContextType>;
  MembershipLoadResult?: MembershipLoadResultResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Overlap?: OverlapResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProtectionMonitorRow?: ProtectionMonitorRowResolvers<ContextType>;
  Provider?: ProviderResolvers<ContextType>;
  Province?: ProvinceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionComparison?: RegionComparisonResolvers<ContextType>;
  RegionMembership?: RegionMembershipResolvers<ContextType>;
  RowError?: RowErrorResolvers<ContextType>;
  StepDown?: StepDownResolvers<ContextType>;
  SyncResult?: SyncResultResolvers<ContextType>;
  TariffStatistics?: TariffStatisticsResolvers<ContextType>;
  Translation?: TranslationResolvers<ContextType>;
  UnitInfo?: UnitInfoResolvers<ContextType>;
  WaitingReport?: WaitingReportResolvers<ContextType>;
  WaitingReported?: WaitingReportedResolvers<ContextType>;
  WaitingTime?: WaitingTimeResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};
