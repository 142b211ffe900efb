/**
 * Cross-origin access for browser dashboards. The API authenticates by bearer token only and sets no
 * cookies, so no credentials mode is needed: an allowed origin may send `authorization` itself.
 */
import cors from 'cors';
import type { RequestHandler } from 'express';
import type { Config } from '../config.js';

const LOCALHOST = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

/** Whether a browser page from `origin` may call the API, per CORS_ORIGINS. */
export function originAllowed(config: Config, origin: string): boolean {
  const { corsOrigins } = config;
  if (corsOrigins === '*') return true;
  if (corsOrigins === 'localhost') return LOCALHOST.test(origin);
  return corsOrigins.includes(origin);
}

export const corsFor = (config: Config): RequestHandler => cors({
  origin: (origin, callback) => callback(null, origin ? originAllowed(config, origin) : false),
  methods: ['GET', 'POST', 'OPTIONS'],
  allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name',
    'apollographql-client-name', 'apollographql-client-version', 'x-request-id', 'traceparent', 'if-none-match'],
  exposedHeaders: ['etag', 'x-request-id'],
  maxAge: 600,
});
