/** The API for a bench run: a fresh embedded database of its own in a temporary folder, served on loopback. */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../src/app.js';
import { loadConfig, type SeedMode } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { BENCH_SECRET } from './token.js';

export async function startBenchServer(seed: SeedMode, label: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), `jeugdzorg-bench-${label}-`));
  const config = { ...loadConfig({ ...process.env, SEED: seed, JWT_SECRET: BENCH_SECRET }), dataDir };
  const db = await openDatabase(config);
  const app = await createApp(db.orm, config);
  const server = app.server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    config,
    db,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: async () => {
      await app.drain();
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
