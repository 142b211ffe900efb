/** The embedded PostgreSQL keeps its data across restarts and recovers from a server a killed process left. */
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbedded } from '../src/db/embedded.js';
import { query } from './helpers/sql.js';

const dir = mkdtempSync(path.join(tmpdir(), 'jeugdzorg-embedded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('embedded PostgreSQL', () => {
  it('keeps data across a restart', async () => {
    const first = await startEmbedded(dir);
    await query(first.url, 'create table kept (n int); insert into kept values (42)');
    await first.stop();
    const second = await startEmbedded(dir);
    expect(await query(second.url, 'select n from kept')).toEqual([{ n: 42 }]);
    // the WAL buffer a large sync needs (see src/db/embedded.ts), set again at every start
    expect(await query(second.url, 'show wal_buffers')).toEqual([{ wal_buffers: '16MB' }]);
    await second.stop();
  });

  it('starts in a DATA_DIR whose parent folder others cannot enter (as root it runs as postgres)', async () => {
    const closed = path.join(dir, 'closed');
    mkdirSync(closed, { mode: 0o700 });
    chmodSync(closed, 0o700);
    const server = await startEmbedded(path.join(closed, 'inner', 'data'));
    try {
      expect(await query(server.url, 'select 41 + 1 as n')).toEqual([{ n: 42 }]);
    } finally {
      await server.stop();
    }
  });

  it('starts again after the process that ran it was killed with SIGKILL', async () => {
    // A child process starts the server and is killed before it can stop it: the server is orphaned.
    const child = spawn(process.execPath, ['--import', 'tsx', '-e',
      `import('./src/db/embedded.ts').then(m => m.startEmbedded(${JSON.stringify(dir)})).then(() => console.log('up'))`],
    { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout!.on('data', (chunk) => String(chunk).includes('up') && resolve()));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));

    const again = await startEmbedded(dir);
    expect(await query(again.url, 'select n from kept')).toEqual([{ n: 42 }]);
    await again.stop();
  });
});
