/** The HTTP application: GraphQL at /graphql, the playground at /, health at /healthz and /readyz. */
import { ApolloServer } from '@apollo/server';
import { createServer, type Server } from 'node:http';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import compression from 'compression';
import express, { type ErrorRequestHandler, type Request, type RequestHandler } from 'express';
import { createTokenVerifier } from './auth/tokens.js';
import type { Config } from './config.js';
import { withDatabaseScope } from './db/connectionGuard.js';
import { readiness } from './db/readiness.js';
import { auditPlugin } from './graphql/auditPlugin.js';
import { privateWithToken } from './graphql/cachePolicy.js';
import { readRouting } from './graphql/readRouting.js';
import { createContext, type Context } from './graphql/context.js';
import { formatError } from './graphql/errors.js';
import { limitOptions } from './graphql/limits.js';
import { refuseUnstorableText } from './graphql/textInput.js';
import { playgroundRouter } from './graphql/playground.js';
import { schema } from './graphql/schema.js';
import { corsFor } from './http/cors.js';
import { exportsRouter } from './http/exports.js';
import { createResponseCache, noResponseCache } from './http/responseCache.js';
import { apiInfo } from './observability/apiInfo.js';
import { observabilityPlugin } from './observability/graphqlPlugin.js';
import { logger, safeError } from './observability/logger.js';
import { createMetrics, metricsRouter } from './observability/metrics.js';
import { observeRequests, reenterRequestScope, requestScopeOf } from './observability/requestObserver.js';

export interface App {
  /** The HTTP server (not listening yet); Apollo drains it on stop. */
  server: Server;
  apollo: ApolloServer<Context>;
  /** Serves /metrics when METRICS_PORT gives it a port of its own (not listening yet). */
  metricsServer?: Server;
  /** Stops taking requests, lets those in flight finish within the grace period, then closes every connection. */
  drain(): Promise<void>;
  /** /readyz answers 503 from now on, so load balancers stop sending; requests are still served. */
  unready(): void;
}

/** Errors before GraphQL runs (a body that is not JSON, or too large) answered as GraphQL errors, never a stack. */
const httpErrors: ErrorRequestHandler = (error, req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  const message = status === 413 ? 'The request body is too large: send the batch in smaller parts'
    : status === 400 ? 'The request body is not valid JSON' : status < 500 ? 'Bad request' : 'Internal server error';
  if (status === 500) logger.error({ err: safeError(error) }, 'unexpected HTTP error');
  const code = status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR';
  requestScopeOf(req)?.errorCodes.add(code);
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};

/**
 * Every request's statements run with the configured deadlines, and are cancelled when the client hangs up
 * before its answer is sent (the connection is dropped, PostgreSQL stops the work).
 */
const databaseScope = (config: Config): RequestHandler => (_req, res, next) => {
  const hangUp = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) hangUp.abort();
  });
  const { statementTimeoutMs, batchStatementTimeoutMs } = config.database;
  withDatabaseScope({ statementTimeoutMs, batchStatementTimeoutMs, signal: hangUp.signal }, next);
};

/** The pg pools behind the ORM: the primary's, and the read replica's when DATABASE_READ_URL gives one. */
async function poolsOf(orm: MikroORM): Promise<Record<string, pg.Pool>> {
  const write = orm.em.getConnection('write');
  const read = orm.em.getConnection('read');
  return { write: await write.getNativeClient(), ...(read !== write && { read: await read.getNativeClient() }) };
}

export async function createApp(orm: MikroORM, config: Config): Promise<App> {
  const limits = limitOptions(config.introspection);
  const verify = createTokenVerifier(config);
  const app = express();
  const server = createServer(app);
  const metrics = createMetrics(await poolsOf(orm));
  let draining = false;
  const responseCache = config.databaseReadUrl ? noResponseCache : createResponseCache(orm.config.get('clientUrl')!, orm.em);
  const apollo = new ApolloServer<Context>({
    schema,
    ...limits,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ...limits.plugins!,
      refuseUnstorableText,
      ApolloServerPluginLandingPageDisabled(),
      readRouting,
      auditPlugin,
      observabilityPlugin(metrics),
      // Listed here, not left to Apollo's defaults, so that it computes the hints before privateWithToken runs.
      ApolloServerPluginCacheControl(),
      // What Apollo adds by itself to a subgraph (traces for a gateway); listed so it does not announce itself in every log.
      ApolloServerPluginInlineTrace(),
      privateWithToken,
      ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: config.shutdownGraceMs }),
    ],
    formatError,
    introspection: config.introspection,
    // GET works for queries (urql, graphql-request, CDNs). Apollo's CSRF check guards cookie-authenticated
    // APIs against cross-site "simple" requests; this API takes bearer tokens only and sets no cookies, so a
    // page on another site can send nothing that acts as a user. Mutations over GET stay refused.
    csrfPrevention: false,
    // main.ts owns the signals: it drains, then closes the database, then exits.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use(observeRequests(logger, metrics));
  app.use(compression());
  app.use(corsFor(config));
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    const state = draining ? { ready: false, status: 'shutting down' } : await readiness(orm);
    res.status(state.ready ? 200 : 503).json(state);
  });
  app.get('/version', async (_req, res) => void res.json(await apiInfo(orm.em.fork())));
  const metricsServer = config.metricsPort === undefined ? undefined : createServer(express().use(metricsRouter(metrics)));
  if (!metricsServer) app.use(metricsRouter(metrics));
  app.use(playgroundRouter());
  const sdl = printSchemaWithDirectives(schema);
  app.get('/schema.graphql', (_req, res) => void res.type('text/plain; charset=utf-8').send(sdl));
  const contextFor = (req: Request) => createContext(orm, config, verify, req.headers.authorization);
  app.use(exportsRouter(apollo, contextFor));
  // Each row of a sync is well under 1 kB; the limit follows the batch cap.
  const bodyLimit = Math.max(1_000_000, config.maxBatchRows * 1_000);
  app.use('/graphql', express.json({ limit: bodyLimit, verify: responseCache.keepRawBody }), responseCache.middleware, reenterRequestScope, databaseScope(config), expressMiddleware(apollo, {
    context: ({ req }) => contextFor(req),
  }));
  app.use((req, res) => void res.status(404).json({
    errors: [{ message: `Nothing at ${req.method} ${req.path}: GraphQL is at POST /graphql`, extensions: { code: 'NOT_FOUND' } }],
  }));
  app.use(httpErrors);
  return {
    server,
    apollo,
    metricsServer,
    unready: () => {
      draining = true;
    },
    drain: async () => {
      draining = true;
      metricsServer?.close();
      await apollo.stop();
      await responseCache.close();
    },
  };
}
