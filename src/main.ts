/** Starts the API: config, database (embedded unless DATABASE_URL), migrations, seed, HTTP. */
import type { Server } from 'node:http';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';

async function main() {
  const started = Date.now();
  const config = loadConfig();
  const database = await openDatabase(config);
  const app = await createApp(database.orm, config);
  const server: Server = app.express.listen(config.port, config.host, () => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`Jeugdzorg API ready in ${seconds}s on ${database.description} (SEED=${config.seed})`);
    console.log(`Playground: http://${config.host}:${config.port}/`);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    server.close();
    await app.apollo.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
