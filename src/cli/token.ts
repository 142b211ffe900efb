/**
 * `npm run token -- --role integrator --region JZ11`: mints a development token signed with JWT_SECRET
 * (HS256), so people can try the write operations in the playground. Not for production keys. It refuses
 * what the API would refuse (an unknown role, an integrator acting for nobody), saying why.
 */
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import { principalProblem, ROLES, type Role } from '../auth/principal.js';
import { ConfigError, loadConfig } from '../config.js';
import { institutionCode, providerCode, regionCode } from '../domain/codes.js';

const USAGE = `usage: npm run token -- --role ROLE [--role ROLE] [--region JZ11 ...] [--institution GI] [--provider CODE]
                         [--sub NAME] [--expires 8h]

Prints a development token signed with JWT_SECRET (HS256; the API must run with the same JWT_SECRET).
  --role         ${ROLES.join(', ')} (repeatable)
  --region       a region the token acts for (repeatable); an integrator needs a region, --institution or --provider
  --institution  a GI code (lets an integrator record that GI's measures)
  --provider     a provider code (lets an integrator report that provider's availability)
  --sub          the subject, default dev-user
  --expires      lifetime, e.g. 30m, 8h, 2d; default 8h`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function options() {
  try {
    return parseArgs({
      options: {
        role: { type: 'string', multiple: true, default: [] },
        region: { type: 'string', multiple: true, default: [] },
        institution: { type: 'string' },
        provider: { type: 'string' },
        sub: { type: 'string', default: 'dev-user' },
        expires: { type: 'string', default: '8h' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    return fail((error as Error).message.split('\n')[0]);
  }
}

async function main(): Promise<void> {
  const values = options();
  if (values.help) { console.log(USAGE); return; }
  const config = loadConfig();
  if (!config.jwtSecret) fail('Set JWT_SECRET (the same value the API runs with) to mint a development token.');
  const unknown = values.role.filter((role) => !(ROLES as readonly string[]).includes(role));
  if (unknown.length) fail(`unknown role${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; roles are ${ROLES.join(', ')}`);
  if (!/^\d+\s*[smhdw]$/.test(values.expires)) fail(`--expires "${values.expires}" is not a lifetime such as 30m, 8h or 2d`);
  const claims = {
    roles: values.role as Role[],
    regions: values.region.map(regionCode),
    institution: values.institution ? institutionCode(values.institution) : null,
    provider: values.provider ? providerCode(values.provider) : null,
  };
  const problem = principalProblem(claims);
  if (problem) fail(`The API would refuse this token: ${problem}.`);
  const payload = Object.fromEntries(Object.entries(claims).filter(([, value]) => (Array.isArray(value) ? value.length : value)));
  let jwt = new SignJWT(payload).setProtectedHeader({ alg: 'HS256' }).setSubject(values.sub).setIssuedAt().setExpirationTime(values.expires);
  if (config.jwtIssuer) jwt = jwt.setIssuer(config.jwtIssuer);
  if (config.jwtAudience) jwt = jwt.setAudience(config.jwtAudience);
  console.log(await jwt.sign(new TextEncoder().encode(config.jwtSecret)));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error instanceof Error ? error.message : error);
  process.exit(1);
});
