/** The HTTP application: GraphQL at /graphql, the playground at /, health at /healthz and /readyz. */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { createServer, type Server } from 'node:http';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
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
import { createResponseCache } from './graphql/responseCache.js';
import { createContext, type Context } from './graphql/context.js';
import { formatError } from './graphql/errors.js';
import { playgroundRouter } from './graphql/playground.js';
import { schema } from './graphql/schema.js';
import { corsFor } from './http/cors.js';
import { exportsRouter } from './http/exports.js';

export interface App {
  /** The HTTP server (not listening yet); Apollo drains it on stop. */
  server: Server;
  apollo: ApolloServer<Context>;
  /** Stops taking requests, lets those in flight finish within the grace period, then closes every connection. */
  drain(): Promise<void>;
}

/** Limits that keep one request from exhausting the server; generous enough for GraphiQL's introspection. */
const armor = new ApolloArmor({
  maxDepth: { n: 10 },
  maxAliases: { n: 20 },
  maxTokens: { n: 4000 },
  costLimit: { maxCost: 20000 },
});

/** Errors before GraphQL runs (a body that is not JSON, or too large) answered as GraphQL errors, never a stack. */
const httpErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  const message = status === 413 ? 'The request body is too large: send the batch in smaller parts'
    : status === 400 ? 'The request body is not valid JSON' : status < 500 ? 'Bad request' : 'Internal server error';
  if (status === 500) console.error('unexpected HTTP error:', error);
  res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR' } }] });
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

export async function createApp(orm: MikroORM, config: Config): Promise<App> {
  const { plugins: armorPlugins, validationRules } = armor.protect();
  const verify = createTokenVerifier(config);
  const app = express();
  const server = createServer(app);
  let draining = false;
  const responseCache = createResponseCache(orm.config.get('clientUrl')!);
  const apollo = new ApolloServer<Context>({
    schema,
    validationRules,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // graphql-armor's types come from Apollo's CommonJS build; the plugins themselves are context-agnostic.
    plugins: [
      ...(armorPlugins as unknown as ApolloServerPlugin<Context>[]),
      ApolloServerPluginLandingPageDisabled(),
      readRouting,
      auditPlugin,
      // Listed here, not left to Apollo's defaults, so that it computes the hints before privateWithToken runs.
      ApolloServerPluginCacheControl(),
      privateWithToken,
      ...responseCache.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: config.shutdownGraceMs }),
    ],
    formatError,
    introspection: true,
    // GET works for queries (urql, graphql-request, CDNs). Apollo's CSRF check guards cookie-authenticated
    // APIs against cross-site "simple" requests; this API takes bearer tokens only and sets no cookies, so a
    // page on another site can send nothing that acts as a user. Mutations over GET stay refused.
    csrfPrevention: false,
    // main.ts owns the signals: it drains, then closes the database, then exits.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use(compression());
  app.use(corsFor(config));
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    const state = draining ? { ready: false, status: 'shutting down' } : await readiness(orm);
    res.status(state.ready ? 200 : 503).json(state);
  });
  app.use(playgroundRouter());
  app.get('/schema.graphql', (_req, res) => void res.type('text/plain; charset=utf-8').send(printSchemaWithDirectives(schema)));
  const contextFor = (req: Request) => createContext(orm, config, verify, req.headers.authorization);
  app.use(exportsRouter(apollo, contextFor));
  // Each row of a sync is well under 1 kB; the limit follows the batch cap.
  const bodyLimit = Math.max(1_000_000, config.maxBatchRows * 1_000);
  app.use('/graphql', express.json({ limit: bodyLimit }), databaseScope(config), expressMiddleware(apollo, {
    context: ({ req }) => contextFor(req),
  }));
  app.use(httpErrors);
  return {
    server,
    apollo,
    drain: async () => {
      draining = true;
      await apollo.stop();
      await responseCache.close();
    },
  };
}
