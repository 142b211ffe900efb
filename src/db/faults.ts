/**
 * Telling a database fault (unreachable, restarting, killed connection, deadline passed) from a bug, so the
 * client gets a retryable answer for the first and a masked one for the second.
 */
import { GraphQLError } from 'graphql';
import { CLIENT_DEADLINE } from './connectionGuard.js';

export type FaultCode = 'TIMEOUT' | 'SERVICE_UNAVAILABLE';

/** SQLSTATE classes and codes that mean "the database, not the request": connection, shutdown, resources, conflicts. */
const UNAVAILABLE_STATE = /^(08|53|57P0|40001|40P01|58)/;
/** query_canceled (statement_timeout) and lock_not_available. */
const TIMEOUT_STATES = new Set(['57014', '55P03']);
const NETWORK_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const TIMEOUT_MESSAGES = [CLIENT_DEADLINE, 'timeout exceeded when trying to connect', 'Connection terminated due to connection timeout'];
const UNAVAILABLE_MESSAGES = /Connection terminated|not queryable|connection ended while in use|Cannot use a pool after calling end|request was cancelled|the database system is (starting up|shutting down|in recovery mode)/i;

function chain(error: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (let e = error; e && typeof e === 'object' && out.length < 6; e = (e as { cause?: unknown; originalError?: unknown }).cause ?? (e as { originalError?: unknown }).originalError) {
    out.push(e as Record<string, unknown>);
  }
  return out;
}

/** The kind of database fault behind an error, or null when it is something else. */
export function databaseFault(error: unknown): FaultCode | null {
  for (const e of chain(error)) {
    const code = typeof e.code === 'string' ? e.code : '';
    const message = typeof e.message === 'string' ? e.message : '';
    if (TIMEOUT_STATES.has(code) || TIMEOUT_MESSAGES.some((m) => message.includes(m))) return 'TIMEOUT';
    if (UNAVAILABLE_STATE.test(code) || NETWORK_ERRNO.has(code) || UNAVAILABLE_MESSAGES.test(message)) return 'SERVICE_UNAVAILABLE';
  }
  return null;
}

/** What the client sees of a fault: a code to act on, `retry: true`, and nothing of the internals. */
export function faultError(code: FaultCode): GraphQLError {
  const message = code === 'TIMEOUT'
    ? 'The database did not answer in time; nothing was written. Send the request again.'
    : 'The database is unavailable right now; nothing was written. Send the request again in a few seconds.';
  return new GraphQLError(message, { extensions: { code, retry: true } });
}
