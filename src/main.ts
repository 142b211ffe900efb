/**
 * Starts the API: config, database (embedded unless DATABASE_URL), migrations, seed, HTTP. Stops on SIGTERM
 * or SIGINT by draining: no new requests, those in flight finish (within SHUTDOWN_GRACE_MS), then the pool
 * closes and the embedded database stops. A second signal stops at once.
 */
import { once } from 'node:events';
import type { Server } from 'node:http';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { StartupError } from './db/startupError.js';
import { flushTelemetry } from './observability/flush.js';
import { logger } from './observability/logger.js';

let database: Database | undefined;

/** What an operator reads when the API cannot start: one line, no stack. */
function explainListenError(error: NodeJS.ErrnoException, host: string, port: number): StartupError {
  if (error.code === 'EADDRINUSE') return new StartupError(`port ${port} on ${host} is already in use (is the API already running?); set PORT to a free port`);
  if (error.code === 'EACCES') return new StartupError(`not allowed to listen on ${host}:${port}; choose a port above 1024 with PORT`);
  if (error.code === 'EADDRNOTAVAIL') return new StartupError(`${host} is not an address of this machine; set HOST`);
  return new StartupError(`cannot listen on ${host}:${port}: ${error.message}`);
}

async function listen(server: Server, host: string, port: number): Promise<void> {
  await once(server.listen(port, host), 'listening').catch((error: NodeJS.ErrnoException) => {
    throw explainListenError(error, host, port);
  });
}

async function main() {
  const started = Date.now();
  const config = loadConfig();
  // Loading the GraphQL server's modules takes most of a warm start: it overlaps the database's start.
  const loadingApp = import('./app.js');
  loadingApp.catch(() => {}); // reported below, once awaited; not as an unhandled rejection meanwhile
  database = await openDatabase(config, {
    onGiveUp: (reason) => {
      logger.fatal(`${reason}; exiting so the service supervisor restarts the API`);
      process.exit(70);
    },
  });
  const { createApp } = await loadingApp;
  const app = await createApp(database.orm, config);
  await listen(app.server, config.host, config.port);
  if (app.metricsServer) await listen(app.metricsServer, config.host, config.metricsPort!);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  logger.info(`Jeugdzorg API ready in ${seconds}s on ${database.description} (SEED=${config.seed})`);
  logger.info(`Playground: http://${config.host}:${config.port}/`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      logger.warn(`${signal} again: stopping now`);
      process.exit(1);
    }
    stopping = true;
    const t = Date.now();
    // First unready while still serving: requests already sent (perhaps not yet read off their sockets) and those
    // a load balancer sends before it notices get answered; closing at once would drop them.
    logger.info(`${signal}: unready for ${config.shutdownDelayMs / 1000}s, then draining requests in flight (at most ${config.shutdownGraceMs / 1000}s)`);
    app.unready();
    await new Promise((resolve) => setTimeout(resolve, config.shutdownDelayMs));
    await app.drain();
    await database!.close();
    await flushTelemetry();
    logger.info(`stopped in ${((Date.now() - t) / 1000).toFixed(1)}s`);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

// Start-up errors stay one plain line on stderr: they come before anyone reads the JSON log.
main().catch(async (error) => {
  const plain = error instanceof ConfigError ? `Configuration error: ${error.message}`
    : error instanceof StartupError ? `Cannot start: ${error.message}` : error;
  console.error(plain);
  await database?.close().catch(() => {});
  process.exit(1);
});
