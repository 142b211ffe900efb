/**
 * Every HTTP request, once its answer has gone out (or its client hung up): one log line and, for GraphQL,
 * its metrics. The line holds the request id, method, path (never the query string: a GET query carries its
 * variables there), status, duration, and for GraphQL the operation, the error codes, the SQL statements it
 * sent and the caller's subject and roles. Never variables, headers or tokens. Probes (/healthz, /readyz,
 * /metrics, /version) log at debug level, so they do not drown the requests.
 */
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import { runInRequestScope, type RequestScope } from './requestScope.js';

const PROBES = new Set(['/healthz', '/readyz', '/metrics', '/version']);

/** A client's own id is kept only when it is short and plain, so it cannot forge or break a log line. */
const PLAIN_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const TRACEPARENT = /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/;

/** The caller's x-request-id, else the trace id of its W3C traceparent, else a new one. */
export function requestIdOf(headers: Record<string, string | string[] | undefined>): string {
  const given = headers['x-request-id'];
  if (typeof given === 'string' && PLAIN_ID.test(given)) return given;
  const traceId = typeof headers.traceparent === 'string' ? TRACEPARENT.exec(headers.traceparent)?.[1] : undefined;
  return traceId && !/^0+$/.test(traceId) ? traceId : randomUUID();
}

function recordMetrics(metrics: Metrics, scope: RequestScope, seconds: number): void {
  // A request that never became an operation (a body that is not JSON, a parse error) counts as `none`.
  const operation = scope.operation?.name ?? 'none';
  const type = scope.operation?.type ?? 'none';
  metrics.requests.inc({ operation, type });
  metrics.duration.observe({ operation, type }, seconds);
  metrics.sqlStatements.observe({ operation }, scope.sqlStatements);
  for (const code of scope.errorCodes) metrics.errors.inc({ operation, code });
}

const scopes = new WeakMap<object, RequestScope>();

/** The scope `observeRequests` opened for this request. */
export const requestScopeOf = (req: object): RequestScope | undefined => scopes.get(req);

/**
 * Enters the request's scope again. Needed after a middleware that waits for events (the JSON body parser):
 * code it calls back runs in the context of the socket's events, no longer in the request's.
 */
export const reenterRequestScope: RequestHandler = (req, _res, next) => {
  const scope = scopes.get(req);
  if (scope) runInRequestScope(scope, next);
  else next();
};

export const observeRequests = (logger: Logger, metrics: Metrics): RequestHandler => (req, res, next) => {
  const started = process.hrtime.bigint();
  // Read now: routers mounted on a path rewrite req.url while they run.
  const { method, path } = req;
  const scope: RequestScope = { requestId: requestIdOf(req.headers), sqlStatements: 0, errorCodes: new Set() };
  scopes.set(req, scope);
  res.setHeader('x-request-id', scope.requestId);
  // 'close' comes after the answer went out, and also when the client hung up first.
  res.once('close', () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const graphql = (path === '/graphql' && method !== 'GET') || scope.operation !== undefined;
    if (graphql) recordMetrics(metrics, scope, seconds);
    const line = {
      requestId: scope.requestId,
      method,
      path,
      status: res.statusCode,
      ...(!res.writableFinished && { clientGone: true }),
      durationMs: Math.round(seconds * 1e6) / 1e3,
      ...(scope.operation && { operation: scope.operation.name, operationType: scope.operation.type }),
      ...(scope.cached && { cached: true }),
      ...(scope.errorCodes.size && { errorCodes: [...scope.errorCodes] }),
      ...(graphql && { sqlStatements: scope.sqlStatements }),
      ...(scope.caller && { callerSubject: scope.caller.subject, callerRoles: scope.caller.roles }),
    };
    if (PROBES.has(path)) logger.debug(line, 'request');
    else logger.info(line, 'request');
  });
  runInRequestScope(scope, next);
};
