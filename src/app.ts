/** The HTTP application: GraphQL at /graphql, the playground at /, health at /healthz and /readyz. */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { createTokenVerifier } from './auth/tokens.js';
import type { Config } from './config.js';
import { pendingMigrations } from './db/orm.js';
import { createContext, type Context } from './graphql/context.js';
import { formatError } from './graphql/errors.js';
import { limitOptions } from './graphql/limits.js';
import { refuseNulText } from './graphql/textInput.js';
import { playgroundRouter } from './graphql/playground.js';
import { schema } from './graphql/schema.js';

export interface App {
  express: Express;
  apollo: ApolloServer<Context>;
}

/** Errors before GraphQL runs (a body that is not JSON, or too large) answered as GraphQL errors, never a stack. */
const httpErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  const message = status === 413 ? 'The request body is too large: send the batch in smaller parts'
    : status === 400 ? 'The request body is not valid JSON' : status < 500 ? 'Bad request' : 'Internal server error';
  if (status === 500) console.error('unexpected HTTP error:', error);
  res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR' } }] });
};

export async function createApp(orm: MikroORM, config: Config): Promise<App> {
  const limits = limitOptions(config.introspection);
  const apollo = new ApolloServer<Context>({
    schema,
    ...limits,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    plugins: [...limits.plugins!, refuseNulText, ApolloServerPluginLandingPageDisabled()],
    formatError,
    introspection: config.introspection,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    try {
      const pending = await pendingMigrations(orm);
      res.status(pending ? 503 : 200).json({ status: pending ? 'migrations pending' : 'ready', pendingMigrations: pending });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  app.use(playgroundRouter());
  // Each row of a sync is well under 1 kB; the limit follows the batch cap.
  const bodyLimit = Math.max(1_000_000, config.maxBatchRows * 1_000);
  const verify = createTokenVerifier(config);
  app.use('/graphql', express.json({ limit: bodyLimit }), expressMiddleware(apollo, {
    context: ({ req }) => createContext(orm, config, verify, req.headers.authorization),
  }));
  app.use((req, res) => void res.status(404).json({
    errors: [{ message: `Nothing at ${req.method} ${req.path}: GraphQL is at POST /graphql`, extensions: { code: 'NOT_FOUND' } }],
  }));
  app.use(httpErrors);
  return { express: app, apollo };
}
