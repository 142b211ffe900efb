/**
 * The server as an operator runs it (`npm start`, a real process): it drains on SIGTERM, and refuses to start
 * with one clear line when it cannot.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from './helpers/api.js';
import { bearer, TEST_SECRET } from './helpers/tokens.js';

const dir = mkdtempSync(path.join(tmpdir(), 'jeugdzorg-lifecycle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const freePort = () => new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});

interface Run { child: ChildProcess; stdout: string[]; stderr: string[]; exit: Promise<number | null> }

/** `env` on top of this process's environment; an undefined value removes a variable. */
function run(command: string, args: string[], env: Record<string, string | undefined>): Run {
  const merged = Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, value]) => value !== undefined));
  const child = spawn(command, args, { env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Run = { child, stdout: [], stderr: [], exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
  child.stdout!.on('data', (chunk) => out.stdout.push(...String(chunk).split('\n').filter(Boolean)));
  child.stderr!.on('data', (chunk) => out.stderr.push(...String(chunk).split('\n').filter(Boolean)));
  return out;
}
const server = (env: Record<string, string>) => run(process.execPath, ['--import', 'tsx', 'src/main.ts'], env);

async function ready(started: Run, url: string): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    if (started.child.exitCode !== null) throw new Error(`exited: ${started.stderr.join('\n')}`);
    if ((await fetch(`${url}/readyz`).catch(() => null))?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('not ready within 30 s');
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Lines on stderr that are not npm's own notices. */
const errorLines = (r: Run) => r.stderr.filter((line) => !line.startsWith('npm warn'));

describe('SIGTERM to npm start', () => {
  it('lets a 10,000-row sync and the reads in flight finish, then exits 0 with no PostgreSQL left', async () => {
    const port = await freePort();
    const dataDir = path.join(dir, 'drain');
    const api = run('npm', ['start'], { PORT: String(port), DATA_DIR: dataDir, SEED: 'reference', JWT_SECRET: TEST_SECRET });
    const url = `http://127.0.0.1:${port}`;
    await ready(api, url);
    const postmaster = Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);

    const headers = { 'content-type': 'application/json', ...(await bearer({ roles: ['integrator'], regions: ['JZ11'] })) };
    const products = Array.from({ length: 10_000 }, (_, i) => ({
      productCategory: '45', productCode: `D${String(i).padStart(4, '0')}`, name: `Product ${i}`, unit: 'HOUR', tariffCents: 9500, validFrom: '2025-01-01',
    }));
    const post = (body: object) => fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify(body) })
      .then(async (r) => ({ status: r.status, body: await r.json(), at: Date.now() }));
    const sync = post({ query: 'mutation($p: [LocalProductInput!]!) { syncLocalProducts(region: "JZ11", products: $p) { applied created } }', variables: { p: products } });
    const reads = Array.from({ length: 20 }, () => post({ query: '{ regions { code municipalities { code name } } categories { code children { code } } }' }));
    await new Promise((resolve) => setTimeout(resolve, 250));
    // Connections are accepted in order: once a later request is answered, the server holds the earlier ones
    // (a connection still in the listen backlog at SIGTERM is refused, as by any server that stops listening).
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const signalled = Date.now();
    api.child.kill('SIGTERM');
    // Unready at once, so a load balancer stops sending, while what was sent is still answered.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await fetch(`${url}/readyz`)).status).toBe(503);

    const done = await sync;
    expect(done.body).toEqual({ data: { syncLocalProducts: { applied: true, created: 10_000 } } });
    expect(done.at).toBeGreaterThan(signalled); // it really was in flight when the signal came
    for (const read of await Promise.all(reads)) {
      expect(read.status).toBe(200);
      expect(read.body.data.regions).toHaveLength(42);
    }
    expect(await api.exit).toBe(0);
    expect(api.stdout.some((line) => line.includes('SIGTERM: unready'))).toBe(true);
    expect(isAlive(postmaster)).toBe(false);
    // New requests after the drain are refused, not left hanging.
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});

describe('traces from npm start', () => {
  it('with OTEL_EXPORTER_OTLP_ENDPOINT, the compiled server sends each request as one trace of HTTP, GraphQL and SQL spans', async () => {
    const exported: { resourceSpans: { scopeSpans: { scope: { name: string }; spans: { traceId: string; name: string }[] }[] }[] }[] = [];
    const collector = createHttpServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => { body += chunk; });
      req.on('end', () => {
        if (req.method === 'POST' && req.url === '/v1/traces') exported.push(JSON.parse(body));
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const port = await freePort();
    // none of the OTEL_* settings of the shell running the tests (another endpoint, gzip, a sampler) applies
    const inherited = Object.fromEntries(Object.keys(process.env).filter((name) => name.startsWith('OTEL_')).map((name) => [name, undefined]));
    const api = run('npm', ['start'], {
      ...inherited, PORT: String(port), DATABASE_URL: await createDatabase(inject('serverUrl')), SEED: 'none',
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as { port: number }).port}`,
    });
    try {
      const url = `http://127.0.0.1:${port}`;
      await ready(api, url);
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ provinces { code } }"}' });
      expect(response.status).toBe(200);
      // the operation's span, then every span of its trace, by the instrumentation that made it
      const spans = () => exported.flatMap((e) => e.resourceSpans).flatMap((r) => r.scopeSpans)
        .flatMap(({ scope, spans: made }) => made.map((span) => ({ ...span, scope: scope.name.replace('@opentelemetry/instrumentation-', '') })));
      // the batch processor exports every 5 s: the trace may arrive in parts
      const expected = ['http: POST', 'graphql: query', 'graphql: graphql.resolve provinces'];
      const traceOfOperation = () => {
        const traceId = spans().find((span) => span.scope === 'graphql' && span.name === 'query')?.traceId;
        return spans().filter((span) => span.traceId === traceId).map((span) => `${span.scope}: ${span.name}`);
      };
      const sql = (names: string[]) => names.some((name) => name.startsWith('pg: pg.query:SELECT'));
      let trace = traceOfOperation();
      for (let i = 0; i < 150 && !(expected.every((name) => trace.includes(name)) && sql(trace)); i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        trace = traceOfOperation();
      }
      expect(trace).toEqual(expect.arrayContaining(expected));
      expect(sql(trace)).toBe(true);
    } finally {
      api.child.kill('SIGTERM');
      await api.exit;
      collector.close();
    }
  });
});

describe('start-up errors: one clear line and a non-zero exit', () => {
  it('a busy port', async () => {
    const port = await freePort();
    const holder = createServer().listen(port, '127.0.0.1');
    try {
      const second = server({ PORT: String(port), DATABASE_URL: await createDatabase(inject('serverUrl')), SEED: 'none' });
      expect(await second.exit).toBe(1);
      expect(errorLines(second)).toEqual([`Cannot start: port ${port} on 127.0.0.1 is already in use (is the API already running?); set PORT to a free port`]);
      expect(second.stdout.join('\n')).not.toContain('Playground');
    } finally {
      holder.close();
    }
  });

  it('an unreachable DATABASE_URL', async () => {
    const started = server({ DATABASE_URL: 'postgres://someone:secret-password@127.0.0.1:1/jeugdzorg' });
    expect(await started.exit).toBe(1);
    const lines = errorLines(started);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Cannot start: cannot open the database at 127\.0\.0\.1:1\/jeugdzorg: .*ECONNREFUSED/);
    expect(lines[0]).not.toContain('secret-password');
  });

  it('a DATA_DIR that cannot be a folder', async () => {
    const file = path.join(dir, 'a-file');
    writeFileSync(file, 'not a folder');
    const started = server({ DATA_DIR: path.join(file, 'data') });
    expect(await started.exit).toBe(1);
    expect(errorLines(started)).toEqual([expect.stringMatching(/^Cannot start: DATA_DIR .*a-file\/data is not a writable folder \(ENOTDIR\)/)]);
  });

  it('a database written by a newer version', async () => {
    const url = await createDatabase(inject('serverUrl'));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`create table mikro_orm_migrations (id serial primary key, name varchar(255), executed_at timestamptz default now());
                        insert into mikro_orm_migrations (name) values ('Migration29990101000000')`);
    await client.end();
    const started = server({ DATABASE_URL: url, SEED: 'none' });
    expect(await started.exit).toBe(1);
    expect(errorLines(started)).toEqual([expect.stringMatching(/^Cannot start: the database at .* has a newer schema \(Migration29990101000000\)/)]);
    expect(existsSync(dir)).toBe(true);
  });
});
