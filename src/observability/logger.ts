/**
 * The process's logger: JSON lines (pino) on stdout, or readable lines when NODE_ENV=development or
 * LOG_FORMAT=pretty. Level from LOG_LEVEL. Nothing logged may carry GraphQL variables, tokens or case data:
 * errors go through `safeError`, requests through src/observability/requestLog.ts.
 */
import { trace } from '@opentelemetry/api';
import { pino, type Logger } from 'pino';
import { loggingConfig } from '../config.js';

export type { Logger };

/** Writes to process.stdout (not a file descriptor of its own) so that whatever the process prints stays in order. */
async function createLogger(env: NodeJS.ProcessEnv): Promise<Logger> {
  // An invalid LOG_LEVEL is reported by loadConfig at start; until then the logger uses the default.
  const { level, pretty } = (() => { try { return loggingConfig(env); } catch { return loggingConfig({}); } })();
  const options = {
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    // With tracing on, every line names its trace and span, so a log line leads to its trace.
    mixin: () => {
      const span = trace.getActiveSpan()?.spanContext();
      return span ? { traceId: span.traceId, spanId: span.spanId } : {};
    },
  };
  if (!pretty) return pino(options, process.stdout);
  // pino-pretty is a development dependency: production images log JSON.
  const { default: pinoPretty } = await import('pino-pretty').catch(() => {
    throw new Error('LOG_FORMAT=pretty needs the development dependencies (pino-pretty); install them or unset LOG_FORMAT');
  });
  return pino(options, pinoPretty({ destination: process.stdout, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' }));
}

export const logger: Logger = await createLogger(process.env);

/** SQL a message may start with: some drivers put the statement (with its values) before the server's words. */
const LEADING_SQL = /^\s*(select|insert|update|delete|with|begin|commit|rollback|set|alter|create|drop)\b[\s\S]* - /i;

/**
 * What of an error may be logged. A database error keeps its SQLSTATE, constraint, table and the server's
 * message, without any statement in front of it (that carries values), and without the message at all for a
 * data exception (SQLSTATE class 22: "invalid input syntax for type date: \"…\"" quotes the value); pg's
 * `detail` (which quotes the row) is never kept. Other errors are the server's own and keep message and stack.
 */
export function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const { code, sqlState, constraint, table } = error as Error & { code?: unknown; sqlState?: unknown; constraint?: unknown; table?: unknown };
  const state = sqlState ?? (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined);
  if (typeof state === 'string') {
    const message = state.startsWith('22') ? 'data exception (message withheld: it can quote a value)' : error.message.replace(LEADING_SQL, '');
    return { type: error.name, sqlState: state, message, constraint, table };
  }
  return { type: error.name, message: error.message, stack: error.stack };
}
