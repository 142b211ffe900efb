/** The per-request state: a forked EntityManager, fresh DataLoaders and the verified caller. */
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Caller } from '../auth/authorise.js';
import type { VerifyToken } from '../auth/tokens.js';
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
  if (!token) return { principal: null, tokenRefused: true };
  try {
    return { principal: await verify(token) };
  } catch {
    return { principal: null, tokenRefused: true };
  }
}

export async function createContext(orm: MikroORM, config: Config, verify: VerifyToken, authorization?: string): Promise<Context> {
  const em = orm.em.fork();
  return { em, loaders: createLoaders(em), caller: await identify(authorization, verify), config };
}
