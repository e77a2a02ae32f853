/**
 * Credentials for operators:
 *   npm run auth:api-key -- --id ci-loader --role MANAGER   → a new key (shown once) and the
 *     entry to add to the AUTH_API_KEYS_FILE (only its SHA-256 is stored);
 *   npm run auth:token -- --sub <team member id> --role ANALYST [--expires 12h]   → a Bearer
 *     token signed with AUTH_JWT_SECRET (HS256 deployments).
 */
import { parseArgs } from 'node:util';
import { generateApiKey } from '../src/auth/api-keys';
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
    const secret = config.auth.jwt.secret;
    if (!secret) throw new ConfigError(['AUTH_JWT_SECRET must be set to sign tokens (HS256)']);
    if (!values.sub)
      throw new ConfigError(['--sub is required: who the token is for (a MANAGER: their TeamMember id)']);
    console.log(
      await signToken(
        { ...config.auth.jwt, secret },
        { sub: values.sub, role: values.role, expiresIn: values.expires ?? '12h' },
      ),
    );
    return;
  }
  throw new ConfigError([`unknown command "${command ?? ''}": use api-key or token`]);
});
