/**
 * A response cache for public reads (Apollo's response cache plugin, following the @cacheControl hints): an
 * answer with a max-age and no token is served from memory until it expires or anything is written.
 *
 * Every bulk write announces itself with NOTIFY inside its transaction (domain/batch/transaction.ts), which PostgreSQL delivers
 * on commit to every instance listening, whichever instance or CLI wrote. A mutation answered by this instance
 * clears the cache before its answer leaves, so its own client never reads stale data. While the listening
 * connection is down nothing is served from the cache (a missed notification would go unnoticed).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import pg from 'pg';
import { WRITES_CHANNEL } from '../db/writeNotice.js';
import type { Context } from './context.js';

const RECONNECT_MS = 1_000;

export interface ResponseCache {
  plugins: ApolloServerPlugin<Context>[];
  close(): Promise<void>;
}

export function createResponseCache(databaseUrl: string): ResponseCache {
  const cache = new InMemoryLRUCache<string>({ maxSize: 64 * 2 ** 20 });
  let listening = false;
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const listen = async () => {
    const next = new pg.Client({ connectionString: databaseUrl });
    const lost = () => {
      listening = false;
      cache.clear();
      next.end().catch(() => {});
      if (!closed) retry = setTimeout(() => void listen(), RECONNECT_MS);
    };
    next.on('error', lost);
    next.on('notification', () => cache.clear());
    try {
      await next.connect();
      await next.query(`listen ${WRITES_CHANNEL}`);
      if (closed) return void next.end();
      client = next;
      cache.clear(); // whatever was written while not listening
      listening = true;
    } catch {
      lost();
    }
  };
  void listen();

  const noToken = async (request: { request: { http?: { headers: Map<string, string> } } }) =>
    listening && !request.request.http?.headers.get('authorization');

  return {
    plugins: [
      responseCachePlugin<Context>({ cache, shouldReadFromCache: noToken, shouldWriteToCache: noToken }),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ operation }) {
              if (operation?.operation === 'mutation') cache.clear();
            },
          };
        },
      },
    ],
    close: async () => {
      closed = true;
      clearTimeout(retry);
      listening = false;
      await client?.end().catch(() => {});
    },
  };
}
