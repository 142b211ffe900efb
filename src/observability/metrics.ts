/**
 * Prometheus metrics (prom-client), one registry per app. Labels carry only names the schema or the server
 * defines (operation names, operation types, mutation fields, error codes, outcomes), never data: an operation
 * name is the client's choice, so only plain names are kept, and no more than MAX_OPERATION_NAMES of them.
 */
import type { Pool } from 'pg';
import { Router } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

const MAX_OPERATION_NAMES = 200;
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export interface Metrics {
  registry: Registry;
  /** The label for a client's operation name: the name itself, `anonymous`, or `other`. */
  operationLabel(name: string | null | undefined): string;
  requests: Counter<'operation' | 'type'>;
  errors: Counter<'operation' | 'code'>;
  duration: Histogram<'operation' | 'type'>;
  sqlStatements: Histogram<'operation'>;
  syncRows: Counter<'mutation' | 'outcome'>;
  syncBatches: Counter<'mutation' | 'outcome'>;
}

/** `pools`: the primary's pool as `write`, and a read replica's (DATABASE_READ_URL) as `read` when there is one. */
export function createMetrics(pools: Record<string, Pool>): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const seen = new Set<string>();
  const poolGauge = (name: string, help: string, read: (pool: Pool) => number) => new Gauge({
    name, help, labelNames: ['pool'], registers: [registry],
    collect() {
      for (const [pool, client] of Object.entries(pools)) this.set({ pool }, read(client));
    },
  });
  poolGauge('db_pool_connections', 'Open connections in the PostgreSQL pool (idle and in use)', (p) => p.totalCount);
  poolGauge('db_pool_connections_in_use', 'Pooled connections checked out by a request right now', (p) => p.totalCount - p.idleCount);
  poolGauge('db_pool_waiting', 'Requests waiting for a pooled connection', (p) => p.waitingCount);
  poolGauge('db_pool_max', 'The most connections the pool may open (DB_POOL_SIZE)', (p) => p.options.max ?? 0);

  return {
    registry,
    operationLabel(name) {
      if (!name) return 'anonymous';
      if (!PLAIN_NAME.test(name)) return 'other';
      if (!seen.has(name) && seen.size >= MAX_OPERATION_NAMES) return 'other';
      seen.add(name);
      return name;
    },
    requests: new Counter({ name: 'graphql_requests_total', help: 'GraphQL requests answered, by operation name and type', labelNames: ['operation', 'type'], registers: [registry] }),
    errors: new Counter({ name: 'graphql_request_errors_total', help: 'GraphQL requests whose answer carried an error with this extensions.code, by operation name', labelNames: ['operation', 'code'], registers: [registry] }),
    duration: new Histogram({
      name: 'graphql_request_duration_seconds', help: 'Time from receiving a GraphQL request to sending its answer',
      labelNames: ['operation', 'type'], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30], registers: [registry],
    }),
    sqlStatements: new Histogram({
      name: 'graphql_sql_statements', help: 'SQL statements one GraphQL request sent',
      labelNames: ['operation'], buckets: [0, 1, 2, 3, 5, 8, 13, 21, 50, 100], registers: [registry],
    }),
    syncRows: new Counter({
      name: 'sync_rows_total', help: 'Rows of bulk writes (syncLocalProducts, syncContracts, ...) by outcome: created, updated, unchanged (applied batches) or rejected (bad rows)',
      labelNames: ['mutation', 'outcome'], registers: [registry],
    }),
    syncBatches: new Counter({
      name: 'sync_batches_total', help: 'Bulk writes by outcome: applied, rejected (bad rows), dry_run',
      labelNames: ['mutation', 'outcome'], registers: [registry],
    }),
  };
}

/** GET /metrics in the Prometheus text format; no token needed, and nothing in it is data. */
export function metricsRouter(metrics: Metrics): Router {
  return Router().get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
