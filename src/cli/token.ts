/**
 * `npm run token -- --role integrator --region JZ11`: mints a development token signed with JWT_SECRET
 * (HS256), so people can try the write operations in the playground. Not for production keys.
 */
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import { ROLES } from '../auth/principal.js';
import { loadConfig } from '../config.js';
import { regionCode } from '../domain/codes.js';

const { values } = parseArgs({
  options: {
    role: { type: 'string', multiple: true, default: [] },
    region: { type: 'string', multiple: true, default: [] },
    institution: { type: 'string' },
    provider: { type: 'string' },
    sub: { type: 'string', default: 'dev-user' },
    expires: { type: 'string', default: '8h' },
  },
});

const config = loadConfig();
if (!config.jwtSecret) {
  console.error('Set JWT_SECRET (the same value the API runs with) to mint a development token.');
  process.exit(2);
}
const unknown = values.role.filter((role) => !(ROLES as readonly string[]).includes(role));
if (unknown.length || values.role.length === 0) {
  console.error(`--role must be given, as one or more of ${ROLES.join(', ')}${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}`);
  process.exit(2);
}

const claims = {
  roles: values.role,
  ...(values.region.length ? { regions: values.region.map(regionCode) } : {}),
  ...(values.institution ? { institution: values.institution } : {}),
  ...(values.provider ? { provider: values.provider } : {}),
};
let jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject(values.sub).setIssuedAt().setExpirationTime(values.expires);
if (config.jwtIssuer) jwt = jwt.setIssuer(config.jwtIssuer);
if (config.jwtAudience) jwt = jwt.setAudience(config.jwtAudience);
console.log(await jwt.sign(new TextEncoder().encode(config.jwtSecret)));
