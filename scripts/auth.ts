/**
 * Credentials for operators:
 *   npm run auth:api-key -- --id ci-loader --role MANAGER   → a new key (shown once) and the
 *     entry to add to the AUTH_API_KEYS_FILE (only its SHA-256 is stored);
 *   npm run auth:token -- --sub <team member id> --role ANALYST [--expires 12h]   → a Bearer
 *     token signed with AUTH_JWT_SECRET (HS256 deployments), or in dev mode with the secret
 *     `npm start` keeps in ECOGRAPH_HOME (then --sub defaults to dev-<role>, except MANAGER).
 */
import { parseArgs } from 'node:util';
import { generateApiKey } from '../src/auth/api-keys';
import { devSecretPath, readDevSecret } from '../src/auth/dev-secret';
import { signToken } from '../src/auth/jwt';
import { isRole } from '../src/auth/roles';
import { ConfigError, loadConfig } from '../src/config/config';
import { runCli } from './run-cli';

runCli(async () => {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: { id: { type: 'string' }, sub: { type: 'string' }, role: { type: 'string' }, expires: { type: 'string' } },
  });
  if (!isRole(values.role)) throw new ConfigError(['--role must be one of ADMIN, MANAGER, ANALYST, VIEWER']);
  if (command === 'api-key') {
    if (!values.id) throw new ConfigError(['--id is required: a name for the machine client, e.g. ci-loader']);
    const { key, entry } = generateApiKey(values.id, values.role);
    console.log(`API key (shown once, send it as "x-api-key"): ${key}`);
    console.log(`Add to AUTH_API_KEYS_FILE: ${JSON.stringify(entry)}`);
    return;
  }
  if (command === 'token') {
    const config = loadConfig();
    // Dev mode (`npm start` without auth configured) signs with the secret it keeps in
    // ECOGRAPH_HOME; never in production.
    const devSecret = config.env === 'production' ? undefined : readDevSecret(config.local.home);
    const secret = config.auth.jwt.secret ?? devSecret;
    if (!secret) {
      throw new ConfigError([
        'AUTH_JWT_SECRET must be set to sign tokens (HS256)' +
          (config.env === 'production' ? '' : ', or start the API once in dev mode (`npm start`) to create its secret'),
      ]);
    }
    const sub = values.sub ?? (devSecret && values.role !== 'MANAGER' ? `dev-${values.role.toLowerCase()}` : undefined);
    if (!sub) throw new ConfigError(['--sub is required: who the token is for (a MANAGER: their TeamMember id)']);
    if (!config.auth.jwt.secret) {
      console.error(
        `signed with the dev-mode secret (${devSecretPath(config.local.home)}): valid for \`npm start\` here`,
      );
    }
    console.log(
      await signToken({ ...config.auth.jwt, secret }, { sub, role: values.role, expiresIn: values.expires ?? '12h' }),
    );
    return;
  }
  throw new ConfigError([`unknown command "${command ?? ''}": use api-key or token`]);
});
