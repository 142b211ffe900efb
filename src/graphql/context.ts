/** The per-request state: a forked EntityManager, fresh DataLoaders and the verified caller. */
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Caller } from '../auth/authorise.js';
import { InvalidToken, type VerifyToken } from '../auth/tokens.js';
import type { Config } from '../config.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Context {
  em: EntityManager;
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

export async function createContext(orm: MikroORM, config: Config, verify: VerifyToken, authorization?: string): Promise<Context> {
  const em = orm.em.fork();
  return { em, loaders: createLoaders(em), caller: await identify(authorization, verify), config };
}
