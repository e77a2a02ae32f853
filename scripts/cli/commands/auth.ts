/**
 * Credentials for operators:
 *   ecograph token --role ANALYST [--sub <team member id>] [--expires 12h]   → a Bearer token
 *     signed with AUTH_JWT_SECRET (HS256 deployments), or in dev mode with the secret
 *     `ecograph start` keeps in ECOGRAPH_HOME (then --sub defaults to dev-<role>, except MANAGER);
 *   ecograph api-key --id ci-loader --role MANAGER   → a new key (shown once) and the entry to
 *     add to the AUTH_API_KEYS_FILE (only its SHA-256 is stored).
 */
import { Option, type Command } from 'commander';
import { generateApiKey } from '../../../src/auth/api-keys';
import { devSecretPath, readDevSecret } from '../../../src/auth/dev-secret';
import { signToken } from '../../../src/auth/jwt';
import { ROLES, type Role } from '../../../src/auth/roles';
import { ConfigError, loadConfig } from '../../../src/config/config';
import { oneOf } from '../options';
import { UsageError } from '../usage-error';

const roleOption = () =>
  new Option('--role <role>', `one of ${ROLES.join(', ')}`).argParser(oneOf(ROLES)).makeOptionMandatory();

async function token(options: { role: Role; sub?: string; expires: string }): Promise<void> {
  const config = loadConfig();
  // Dev mode (`ecograph start` without auth configured) signs with the secret it keeps in
  // ECOGRAPH_HOME; never in production.
  const devSecret = config.env === 'production' ? undefined : readDevSecret(config.local.home);
  const secret = config.auth.jwt.secret ?? devSecret;
  if (!secret) {
    throw new ConfigError([
      'AUTH_JWT_SECRET must be set to sign tokens (HS256)' +
        (config.env === 'production'
          ? ''
          : ', or start the API once in dev mode (`ecograph start`) to create its secret'),
    ]);
  }
  const sub =
    options.sub ?? (devSecret && options.role !== 'MANAGER' ? `dev-${options.role.toLowerCase()}` : undefined);
  if (!sub) throw new UsageError('--sub is required: who the token is for (a MANAGER: their TeamMember id)');
  if (!config.auth.jwt.secret) {
    console.error(
      `signed with the dev-mode secret (${devSecretPath(config.local.home)}): valid for \`ecograph start\` here`,
    );
  }
  console.log(await signToken({ ...config.auth.jwt, secret }, { sub, role: options.role, expiresIn: options.expires }));
}

export function registerAuth(program: Command): void {
  program
    .command('token')
    .description('sign a Bearer token for the API (AUTH_JWT_SECRET, or the dev-mode secret of `ecograph start`)')
    .addOption(roleOption())
    .option('--sub <id>', 'who the token is for (required for MANAGER: their TeamMember id; dev mode: dev-<role>)')
    .option('--expires <duration>', 'lifetime, e.g. 30m, 12h, 7d', '12h')
    .action(token);
  program
    .command('api-key')
    .description('create an API key for a machine client (printed once) and its AUTH_API_KEYS_FILE entry')
    .requiredOption('--id <name>', 'a name for the machine client, e.g. ci-loader')
    .addOption(roleOption())
    .action((options: { id: string; role: Role }) => {
      const { key, entry } = generateApiKey(options.id, options.role);
      console.log(`API key (shown once, send it as "x-api-key"): ${key}`);
      console.log(`Add to AUTH_API_KEYS_FILE: ${JSON.stringify(entry)}`);
    });
}
