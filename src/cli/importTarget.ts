/**
 * Where an import goes: straight into the database (operator use, acting as admin) or to a running API over
 * HTTP with a bearer token, through the same mutations an integrator calls. Both answer the same way, and
 * both say where they write (never a password).
 */
import { userInfo } from 'node:os';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import type { ContractInput } from '../domain/contracts/contractRows.js';
import { syncContracts } from '../domain/contracts/syncContracts.js';
import { loadMembershipYears, type MembershipLoadResult } from '../domain/reference/loadMemberships.js';
import { requireRegions } from '../domain/reference/regions.js';
import type { ProductInput } from '../domain/sync/productRows.js';
import type { SyncResult } from '../domain/sync/result.js';
import { syncProducts } from '../domain/sync/syncProducts.js';
import { institutionWrite } from '../domain/monitor/institutionWrite.js';
import { recordMeasures, type MeasureInput } from '../domain/monitor/measures.js';
import { recordYouthHelp, type YouthHelpInput } from '../domain/monitor/youthHelp.js';

export interface ImportTarget {
  /** e.g. `PostgreSQL at db.example:5432/jeugdzorg` or `the API at https://api.example/graphql`. */
  description: string;
  syncProducts(region: string, products: ProductInput[], dryRun: boolean): Promise<SyncResult>;
  syncContracts(region: string, contracts: ContractInput[], dryRun: boolean): Promise<SyncResult>;
  loadMembership(data: unknown, dryRun: boolean): Promise<MembershipLoadResult>;
  recordMeasures(institution: string, measures: MeasureInput[], dryRun: boolean): Promise<SyncResult>;
  recordYouthHelp(region: string, items: YouthHelpInput[], dryRun: boolean): Promise<SyncResult>;
  close(): Promise<void>;
}

/** The API refused the request as a whole (no token, another region, unknown region…). */
export class Refused extends Error {
  constructor(readonly code: string, message: string) { super(message); }
}

/** The command runs with direct database access: an operator, so it acts as admin. */
const OPERATOR: Principal = { subject: `import-cli:${userInfo().username}`, roles: ['admin'], regions: [], institution: null, provider: null };

export async function databaseTarget(): Promise<ImportTarget> {
  const config = loadConfig();
  const database = await openDatabase({ ...config, seed: config.seed === 'none' ? 'none' : 'reference' });
  const refusal = (error: unknown) => {
    const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
    if (typeof code === 'string') throw new Refused(code, (error as Error).message);
    throw error;
  };
  /** The region checked to exist, then the batch written as the operator. */
  const regionBatch = async (region: string, write: (em: EntityManager, batch: { region: string; dryRun: boolean; principal: Principal; maxRows: number }) => Promise<SyncResult>, dryRun: boolean) => {
    const em = database.orm.em.fork();
    const [{ code }] = await requireRegions(em, [region]).catch(refusal);
    return write(em, { region: code, dryRun, principal: OPERATOR, maxRows: config.maxBatchRows }).catch(refusal);
  };
  return {
    description: database.description,
    syncProducts: (region, products, dryRun) => regionBatch(region, (em, batch) => syncProducts(em, { ...batch, products }), dryRun),
    syncContracts: (region, contracts, dryRun) => regionBatch(region, (em, batch) => syncContracts(em, { ...batch, contracts }), dryRun),
    loadMembership: (data, dryRun) => loadMembershipYears(database.orm.em.fork(), data, OPERATOR, dryRun).catch(refusal),
    recordMeasures: async (institution, measures, dryRun) => {
      const em = database.orm.em.fork();
      const owner = await institutionWrite(em, { principal: OPERATOR }, institution).catch(refusal);
      return recordMeasures(em, { ...owner, measures, dryRun, maxRows: config.maxBatchRows }).catch(refusal);
    },
    recordYouthHelp: (region, items, dryRun) => regionBatch(region, (em, batch) => recordYouthHelp(em, { ...batch, items }), dryRun),
    close: () => database.close(),
  };
}

const SYNC = `mutation($region: ID!, $products: [LocalProductInput!]!, $dryRun: Boolean) {
  syncLocalProducts(region: $region, products: $products, dryRun: $dryRun) { applied created updated unchanged errors { index field code message } } }`;
const CONTRACTS = `mutation($region: ID!, $contracts: [ContractInput!]!, $dryRun: Boolean) {
  syncContracts(region: $region, contracts: $contracts, dryRun: $dryRun) { applied created updated unchanged errors { index field code message } } }`;
const LOAD = `mutation($data: JSON!, $dryRun: Boolean) {
  loadRegionMembership(data: $data, dryRun: $dryRun) { applied yearsLoaded yearsSkipped municipalitiesCreated municipalitiesEnded
    membershipsStarted membershipsEnded errors { index field code message } } }`;

const RESULT = 'applied created updated unchanged errors { index field code message }';
const MEASURES = `mutation($institution: ID!, $measures: [MeasureInput!]!, $dryRun: Boolean) {
  recordMeasures(institution: $institution, measures: $measures, dryRun: $dryRun) { ${RESULT} } }`;
const YOUTH_HELP = `mutation($region: ID!, $items: [YouthHelpInput!]!, $dryRun: Boolean) {
  recordYouthHelp(region: $region, items: $items, dryRun: $dryRun) { ${RESULT} } }`;

/** `http://host:4000` and `http://host:4000/graphql` both mean the GraphQL endpoint. */
function endpoint(api: string): URL {
  let url: URL;
  try {
    url = new URL(api);
  } catch {
    throw new Refused('BAD_ARGUMENT', `--api "${api}" is not a URL (e.g. http://127.0.0.1:4000/graphql)`);
  }
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/graphql';
  url.username = '';
  url.password = '';
  return url;
}

export function apiTarget(api: string, token: string): ImportTarget {
  const url = endpoint(api);
  const call = async <T>(query: string, variables: object, field: string): Promise<T> => {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
    } catch (error) {
      throw new Refused('UNREACHABLE', `cannot reach the API at ${url}: ${(error as Error & { cause?: Error }).cause?.message ?? (error as Error).message}`);
    }
    const body = await response.json().catch(() => null) as { data?: Record<string, T> | null; errors?: { message: string; extensions?: { code?: string } }[] } | null;
    const error = body?.errors?.[0];
    if (error) throw new Refused(error.extensions?.code ?? `HTTP_${response.status}`, error.message);
    if (!body?.data?.[field]) throw new Refused(`HTTP_${response.status}`, `the API at ${url} answered HTTP ${response.status} without a result`);
    return body.data[field];
  };
  return {
    description: `the API at ${url}`,
    syncProducts: (region, products, dryRun) => call(SYNC, { region, products, dryRun }, 'syncLocalProducts'),
    syncContracts: (region, contracts, dryRun) => call(CONTRACTS, { region, contracts, dryRun }, 'syncContracts'),
    loadMembership: (data, dryRun) => call(LOAD, { data, dryRun }, 'loadRegionMembership'),
    recordMeasures: (institution, measures, dryRun) => call(MEASURES, { institution, measures, dryRun }, 'recordMeasures'),
    recordYouthHelp: (region, items, dryRun) => call(YOUTH_HELP, { region, items, dryRun }, 'recordYouthHelp'),
    close: async () => {},
  };
}
