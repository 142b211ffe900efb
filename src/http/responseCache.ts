/**
 * A response cache for public reads, in front of GraphQL, like a CDN inside the server: an answer without a
 * token whose cache policy (the schema's @cacheControl hints, computed by Apollo) is public with a max-age is
 * kept as the bytes that went out, and the same request (same body, or same GET URL, same Accept) is answered
 * from memory, without parsing, validating or running anything, until the max-age ends or anything is written.
 *
 * Every bulk write announces itself with NOTIFY inside its transaction (src/db/writeNotice.ts), which
 * PostgreSQL delivers on commit to every instance listening, whichever instance or CLI wrote; a batch that writes
 * nothing rolls back and clears nothing. A write this instance commits clears its cache at once, before its answer
 * leaves, so its own client never reads stale data. While the listening connection is down nothing is served from
 * the cache or stored (a missed notification would go unnoticed); a connection that dies silently (a firewall
 * dropping it) is noticed by a heartbeat within HEARTBEAT_MS + its timeout, and the cache cleared then.
 */
import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';
import pg from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';
import { onWriteCommitted, WRITES_CHANNEL } from '../db/writeNotice.js';
import { today } from '../domain/sql.js';
import { requestScopeOf } from '../observability/requestObserver.js';
import type { RequestScope } from '../observability/requestScope.js';

const RECONNECT_MS = 1_000;
const HEARTBEAT_MS = 10_000;
const HEARTBEAT_TIMEOUT_MS = 5_000;
/** How the listening connection shows in pg_stat_activity. */
export const LISTENER_NAME = 'jeugdzorg-cache-listener';
const MAX_BYTES = 64 * 2 ** 20;
const PUBLIC_MAX_AGE = /^max-age=(\d+), public$/;

interface Entry {
  body: string;
  etag: string;
  contentType: string;
  cacheControl: string;
  storedAt: number;
  operation: RequestScope['operation'];
}

export interface ResponseCache {
  /** Keeps the raw body of a POST (express.json's `verify`), which is what the cache knows a request by. */
  keepRawBody(req: Request, res: Response, body: Buffer): void;
  /** Answers a request the cache holds; otherwise lets it through and keeps its answer when that is public. */
  middleware: RequestHandler;
  close(): Promise<void>;
}

/**
 * With a read replica (DATABASE_READ_URL) there is no cache: a replica may not have replayed a write yet when its
 * notification arrives from the primary, and an answer read there would then be kept stale until its max-age.
 */
export const noResponseCache: ResponseCache = {
  keepRawBody: () => {},
  middleware: (_req, _res, next) => next(),
  close: async () => {},
};

const rawBodies = new WeakMap<Request, Buffer>();

/**
 * The request as the cache knows it; undefined for what it never answers: a token, other methods, and a gateway
 * asking for this request's own resolver trace. Today's date is part of it, as every `on` argument defaults to it.
 */
function keyOf(req: Request): string | undefined {
  if (req.headers.authorization !== undefined || req.headers['apollo-federation-include-trace'] !== undefined) return undefined;
  const hash = createHash('sha256').update(req.method).update('\0').update(req.headers.accept ?? '').update('\0').update(today()).update('\0');
  if (req.method === 'GET') return hash.update(req.originalUrl).digest('base64');
  const raw = req.method === 'POST' ? rawBodies.get(req) : undefined;
  return raw ? hash.update(raw).digest('base64') : undefined;
}

function reply(req: Request, res: Response, entry: Entry): void {
  const scope = requestScopeOf(req);
  if (scope) {
    scope.operation = entry.operation;
    scope.cached = true;
  }
  res.setHeader('content-type', entry.contentType);
  res.setHeader('cache-control', entry.cacheControl);
  res.setHeader('age', String(Math.floor((Date.now() - entry.storedAt) / 1000)));
  // Set before send, so express does not hash the body again, and answers 304 to a matching If-None-Match.
  res.setHeader('etag', entry.etag);
  res.send(entry.body);
}

/** `em`: the API's own EntityManager, whose committed writes clear this cache at once. */
export function createResponseCache(databaseUrl: string, em: EntityManager): ResponseCache {
  const cache = new LRUCache<string, Entry>({ maxSize: MAX_BYTES, sizeCalculation: (entry) => entry.body.length * 2 + 512 });
  /** Bumped by every clear, so an answer read before a write is not stored after it. */
  let generation = 0;
  const clear = () => {
    generation += 1;
    cache.clear();
  };
  let listening = false;
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const listen = async () => {
    const next = new pg.Client({
      connectionString: databaseUrl, application_name: LISTENER_NAME, connectionTimeoutMillis: HEARTBEAT_TIMEOUT_MS,
      keepAlive: true, keepAliveInitialDelayMillis: HEARTBEAT_MS, query_timeout: HEARTBEAT_TIMEOUT_MS,
    });
    let heartbeat: NodeJS.Timeout | undefined;
    let gone = false;
    // Once per connection, however many ways it reports its end (an error event and a failed query, say).
    const lost = () => {
      if (gone) return;
      gone = true;
      clearInterval(heartbeat);
      listening = false;
      clear();
      next.end().catch(() => {});
      if (!closed) retry = setTimeout(() => void listen(), RECONNECT_MS).unref();
    };
    next.on('error', lost);
    next.on('end', lost);
    next.on('notification', clear);
    try {
      await next.connect();
      await next.query(`listen ${WRITES_CHANNEL}`);
      if (closed || gone) return void next.end().catch(() => {});
      client = next;
      clear(); // whatever was written while not listening
      listening = true;
      heartbeat = setInterval(() => void next.query('select 1').catch(lost), HEARTBEAT_MS).unref();
    } catch {
      lost();
    }
  };
  void listen();
  const stopHearing = onWriteCommitted(em, clear);

  /** Wraps `res.send` to keep the answer when it is public; the bytes are those the client gets. */
  const keepAnswer = (req: Request, res: Response, key: string) => {
    const started = generation;
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      const maxAge = PUBLIC_MAX_AGE.exec(String(res.getHeader('cache-control') ?? ''))?.[1];
      if (res.statusCode === 200 && typeof body === 'string' && maxAge && Number(maxAge) > 0 && listening && generation === started) {
        const storedAt = Date.now();
        const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
        cache.set(key, {
          body, etag, storedAt, operation: requestScopeOf(req)?.operation,
          contentType: String(res.getHeader('content-type')), cacheControl: String(res.getHeader('cache-control')),
        }, { ttl: Number(maxAge) * 1000 });
        res.setHeader('etag', etag);
      }
      return send(body);
    };
  };

  return {
    keepRawBody: (req, _res, body) => void rawBodies.set(req, body),
    middleware: (req, res, next) => {
      const key = listening ? keyOf(req) : undefined;
      if (!key) return next();
      const entry = cache.get(key);
      if (entry) return reply(req, res, entry);
      keepAnswer(req, res, key);
      next();
    },
    close: async () => {
      closed = true;
      stopHearing();
      clearTimeout(retry);
      listening = false;
      await client?.end().catch(() => {});
    },
  };
}
