/** The per-request state: a forked EntityManager, fresh DataLoaders and the verified caller. */
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Caller } from '../auth/authorise.js';
import { InvalidToken, type VerifyToken } from '../auth/tokens.js';
import type { Config } from '../config.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Context {
  em: EntityManager;
  /** Where this request's statements go: `read` (a replica, when DATABASE_READ_URL is set) once it is known to be a query. */
  route: { connection: 'read' | 'write' };
  loaders: Loaders;
  caller: Caller;
  config: Config;
}

async function identify(authorization: string | undefined, verify: VerifyToken): Promise<Caller> {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!authorization) return { principal: null, tokenRefused: false };
  if (!token) return { principal: null, tokenRefused: true, reason: 'the Authorization header must be "Bearer <token>"' };
  try {
    return { principal: await verify(token) };
  } catch (error) {
    return { principal: null, tokenRefused: true, reason: error instanceof InvalidToken ? error.message : undefined };
  }
}

/**
 * The request's EntityManager, sending its statements where `route` says. It starts at the primary; a query
 * (never a mutation) is moved to the replica once its operation is known (see readRouting.ts), so writes and
 * every read of a request that writes see the primary. Transactions always use the primary.
 */
function routed(em: EntityManager, route: Context['route']): EntityManager {
  const execute = em.execute.bind(em);
  em.execute = ((query: string, params?: unknown[], methodOrOptions: string | object = 'all', loggerContext?: object) => {
    const options = typeof methodOrOptions === 'string' ? { method: methodOrOptions, loggerContext } : methodOrOptions;
    return execute(query, params, { connectionType: route.connection, ...options } as never);
  }) as EntityManager['execute'];
  return em;
}

export async function createContext(orm: MikroORM, config: Config, verify: VerifyToken, authorization?: string): Promise<Context> {
  const route: Context['route'] = { connection: 'write' };
  const em = routed(orm.em.fork(), route);
  return { em, route, loaders: createLoaders(em), caller: await identify(authorization, verify), config };
}
