/** `npm run token`: usage on --help, a clear refusal of tokens the API would refuse, never a stack trace. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

async function mint(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/token.ts', ...args], { env: { ...process.env, JWT_SECRET: 'dev-secret' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run token', () => {
  it('prints usage for --help', async () => {
    const help = await mint('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('usage: npm run token -- --role ROLE');
  });

  it('refuses an integrator acting for nobody, an unknown role or option, saying why and without a stack', async () => {
    const nobody = await mint('--role', 'integrator');
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toContain('The API would refuse this token: role integrator needs the regions (or the institution or provider) it acts for');
    const unknownRole = await mint('--role', 'root');
    expect(unknownRole.stderr).toContain('unknown role root; roles are admin, integrator, analyst');
    const unknownOption = await mint('--rol', 'admin');
    expect(unknownOption.stderr).toContain("Unknown option '--rol'");
    for (const result of [nobody, unknownRole, unknownOption]) {
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('mints an integrator token for a region, and one for a GI, with normalised codes', async () => {
    const region = await mint('--role', 'integrator', '--region', 'jz11', '--sub', 'zk');
    expect(decodeJwt(region.stdout.trim())).toMatchObject({ sub: 'zk', roles: ['integrator'], regions: ['JZ11'] });
    const gi = await mint('--role', 'integrator', '--institution', 'djgb');
    const claims = decodeJwt(gi.stdout.trim());
    expect(claims).toMatchObject({ roles: ['integrator'], institution: 'DJGB' });
    expect(claims.regions).toBeUndefined();
    expect(claims.exp! - claims.iat!).toBe(8 * 3600);
  });
});
