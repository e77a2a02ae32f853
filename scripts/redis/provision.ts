/**
 * Finds a redis-server to run: the copy cached under `<ECOGRAPH_HOME>/dist/redis-<version>/`,
 * else one on PATH, else Debian's package, unpacked (not installed) into that cache.
 *
 * Unpacking with `apt-get download` + `dpkg -x` touches nothing on the system: no service is
 * registered or started, no root is needed once the package lists exist. The libraries the
 * binary needs that the system lacks are unpacked beside it and found through LD_LIBRARY_PATH.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PrerequisiteError } from '../neo4j/prerequisites';

const PACKAGES = ['redis-server', 'redis-tools'];
const MARKER = '.complete';
const CACHED_DIR = /^redis-(\d+)\.(\d+)\.(\d+)$/;

const ALTERNATIVE =
  'Or point ecograph at an existing Redis 7 server instead of starting one: set REDIS_URL (e.g. redis://host:6379).';

export interface RedisBinary {
  /** Path to run. Debian's is a symlink to redis-check-rdb: run it with argv0 "redis-server". */
  server: string;
  /** Folders of unpacked libraries to put on LD_LIBRARY_PATH (empty for a system install). */
  libraryDirs: string[];
  /** Upstream version, e.g. "7.0.15". */
  version: string;
  source: 'cache' | 'path' | 'debian';
}

/** The environment redis-server runs with: the unpacked libraries first on LD_LIBRARY_PATH. */
export function redisEnv(binary: RedisBinary, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (binary.libraryDirs.length === 0) return base;
  const inherited = base.LD_LIBRARY_PATH ? [base.LD_LIBRARY_PATH] : [];
  return { ...base, LD_LIBRARY_PATH: [...binary.libraryDirs, ...inherited].join(path.delimiter) };
}

/** "Redis server v=7.0.15 sha=…" → "7.0.15"; undefined for anything else (e.g. redis-check-rdb's banner). */
export function parseRedisVersion(output: string): string | undefined {
  return /^Redis server v=(\d+\.\d+\.\d+)/m.exec(output)?.[1];
}

/** `apt-cache depends a b` → each package's Depends and Pre-Depends (virtual `<names>` left out). */
export function parseAptDepends(output: string): Map<string, string[]> {
  const depends = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of output.split('\n')) {
    if (/^\S/.test(line)) {
      current = [];
      depends.set(line.trim(), current);
      continue;
    }
    const match = /^\s+\|?(?:Pre)?Depends:\s+([^\s<>]+)\s*$/.exec(line);
    if (match?.[1] && current) current.push(match[1].replace(/:.*$/, ''));
  }
  return depends;
}

export function cacheDir(cacheRoot: string, version: string): string {
  return path.join(cacheRoot, 'dist', `redis-${version}`);
}

function run(command: string, args: string[], cwd?: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function output(result: SpawnSyncReturns<string>): string {
  return `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim();
}

/** Runs `<server> --version`: its version when it runs as a Redis server, and what it printed. */
function probe(server: string, libraryDirs: string[]): { version?: string; printed: string } {
  const env = redisEnv({ server, libraryDirs, version: '', source: 'path' });
  // argv0 picks the mode of Debian's multi-call binary (redis-server, redis-check-rdb, redis-check-aof).
  const result = spawnSync(server, ['--version'], { argv0: 'redis-server', encoding: 'utf8', env });
  return { version: result.status === 0 ? parseRedisVersion(result.stdout) : undefined, printed: output(result) };
}

/** The unpacked package's binary and library folders (multiarch ones such as usr/lib/x86_64-linux-gnu). */
function unpackedLayout(root: string): { server: string; libraryDirs: string[] } {
  const candidates: string[] = [];
  for (const lib of ['usr/lib', 'lib'].map((dir) => path.join(root, dir))) {
    if (!fs.existsSync(lib)) continue;
    const multiarch = fs.readdirSync(lib).filter((name) => /-linux-/.test(name));
    candidates.push(...multiarch.map((name) => path.join(lib, name)), lib);
  }
  const hasLibraries = (dir: string) => fs.readdirSync(dir).some((name) => /\.so(\.|$)/.test(name));
  return { server: path.join(root, 'usr/bin/redis-server'), libraryDirs: candidates.filter(hasLibraries) };
}

function fromCache(cacheRoot: string, log: (line: string) => void): RedisBinary | undefined {
  const dist = path.join(cacheRoot, 'dist');
  if (!fs.existsSync(dist)) return undefined;
  const cached = fs
    .readdirSync(dist)
    .map((name) => ({ name, version: CACHED_DIR.exec(name)?.slice(1).map(Number) }))
    .filter((entry): entry is { name: string; version: number[] } => entry.version !== undefined)
    .filter((entry) => fs.existsSync(path.join(dist, entry.name, MARKER)))
    .sort((a, b) => b.version.reduce((diff, part, i) => diff || part - (a.version[i] ?? 0), 0));
  for (const { name } of cached) {
    const layout = unpackedLayout(path.join(dist, name));
    const { version, printed } = probe(layout.server, layout.libraryDirs);
    if (version) return { ...layout, version, source: 'cache' };
    log(`Cached ${name} does not run any more (${printed}); removing it`);
    fs.rmSync(path.join(dist, name), { recursive: true, force: true });
  }
  return undefined;
}

function fromPath(env: NodeJS.ProcessEnv): RedisBinary | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const server = path.join(dir, 'redis-server');
    try {
      fs.accessSync(server, fs.constants.X_OK);
    } catch {
      continue;
    }
    const { version } = probe(server, []);
    if (version) return { server, libraryDirs: [], version, source: 'path' };
  }
  return undefined;
}

const isRoot = () => process.getuid?.() === 0;

/** Which packages dpkg reports as installed, among `names`. */
function installed(names: string[]): Set<string> {
  if (names.length === 0) return new Set();
  const result = run('dpkg-query', ['-W', '-f=${Package}\\t${db:Status-Status}\\n', ...names]);
  return new Set(
    result.stdout
      .split('\n')
      .map((line) => line.split('\t'))
      .filter(([, status]) => status === 'installed')
      .map(([name]) => name ?? ''),
  );
}

/** Libraries (transitively) needed by `roots` that the system does not have installed. */
function missingLibraries(roots: string[]): string[] {
  const seen = new Set(roots);
  const missing: string[] = [];
  let frontier = roots;
  while (frontier.length > 0) {
    const depends = parseAptDepends(run('apt-cache', ['depends', ...frontier]).stdout);
    const libraries = [...new Set([...depends.values()].flat())].filter((name) => /^lib/.test(name) && !seen.has(name));
    libraries.forEach((name) => seen.add(name));
    const present = installed(libraries);
    frontier = libraries.filter((name) => !present.has(name));
    missing.push(...frontier);
  }
  return missing.sort();
}

class Apt {
  private updated = false;

  constructor(private readonly log: (line: string) => void) {}

  knows(name: string): boolean {
    return run('apt-cache', ['show', '--no-all-versions', name]).status === 0;
  }

  /** `apt-get update`, once, as root; false when not allowed or already done. */
  update(): boolean {
    if (this.updated || !isRoot()) return false;
    this.log('apt-get update (package lists are missing or out of date)...');
    const result = run('apt-get', ['update', '-q']);
    if (result.status !== 0) throw new Error(`apt-get update failed (exit ${result.status}):\n${output(result)}`);
    this.updated = true;
    return true;
  }

  download(names: string[], into: string): SpawnSyncReturns<string> {
    // As root apt drops to the _apt user to download, which cannot write to our private temp folder.
    const sandbox = isRoot() ? ['-o', 'APT::Sandbox::User=root'] : [];
    this.log(`apt-get download ${names.join(' ')}`);
    return run('apt-get', [...sandbox, 'download', ...names], into);
  }
}

function notFound(cacheRoot: string, why: string): PrerequisiteError {
  return new PrerequisiteError(
    `redis-server was not found (not in ${path.join(cacheRoot, 'dist')}, not on PATH) and ${why}. ` +
      `Install Redis 7 (e.g. "sudo apt-get install redis-server") so redis-server is on PATH. ${ALTERNATIVE}`,
  );
}

/** Downloads Debian's packages and unpacks them into the cache; returns the cached binary. */
function installFromDebian(cacheRoot: string, log: (line: string) => void): RedisBinary {
  if (run('apt-get', ['--version']).error)
    throw notFound(cacheRoot, "this system has no apt-get to fetch Debian's package");
  const apt = new Apt(log);
  if (!apt.knows('redis-server') && !(apt.update() && apt.knows('redis-server'))) {
    throw notFound(
      cacheRoot,
      isRoot()
        ? 'apt knows no redis-server package even after "apt-get update"'
        : 'the Debian package lists are missing, which only root can fetch ("apt-get update")',
    );
  }
  const packages = [...PACKAGES, ...missingLibraries(PACKAGES)];
  const debs = fs.mkdtempSync(path.join(os.tmpdir(), 'ecograph-redis-debs-'));
  const dist = path.join(cacheRoot, 'dist');
  const staging = path.join(dist, `redis.partial-${process.pid}`);
  try {
    let result = apt.download(packages, debs);
    // Stale lists name versions the mirror no longer has: refresh them once and retry.
    if (result.status !== 0 && apt.update()) result = apt.download(packages, debs);
    if (result.status !== 0) {
      throw new Error(`apt-get download ${packages.join(' ')} failed (exit ${result.status}):\n${output(result)}`);
    }
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging, { recursive: true });
    for (const deb of fs.readdirSync(debs).filter((name) => name.endsWith('.deb'))) {
      const unpack = run('dpkg', ['-x', path.join(debs, deb), staging]);
      if (unpack.status !== 0) throw new Error(`dpkg -x ${deb} failed:\n${output(unpack)}`);
    }
    const layout = unpackedLayout(staging);
    const { version, printed } = probe(layout.server, layout.libraryDirs);
    if (!version) throw new Error(`The unpacked redis-server does not run:\n${printed}`);
    fs.writeFileSync(path.join(staging, MARKER), `${packages.join(' ')}\n${new Date().toISOString()}\n`);
    const target = cacheDir(cacheRoot, version);
    try {
      fs.renameSync(staging, target);
    } catch (error) {
      // Another process finished first: keep its copy.
      if (!fs.existsSync(path.join(target, MARKER))) throw error;
    }
    log(`Redis ${version} unpacked into ${target}`);
    return { ...unpackedLayout(target), version, source: 'debian' };
  } finally {
    fs.rmSync(debs, { recursive: true, force: true });
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** A runnable redis-server; fetches Debian's package on first use. Safe to call on every start. */
export function provisionRedis(
  cacheRoot: string,
  log: (line: string) => void = console.log,
  env: NodeJS.ProcessEnv = process.env,
): RedisBinary {
  const found = fromCache(cacheRoot, log) ?? fromPath(env);
  if (found) return found;
  log("Fetching Debian's redis-server package into the cache (first run only)...");
  return installFromDebian(cacheRoot, log);
}
