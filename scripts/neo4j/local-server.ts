/**
 * A real Neo4j Community server (with GDS) run from the cached Maven jars.
 *
 * An instance is a folder holding conf/, data/, logs/, run/ and a generated password. The
 * server runs detached so `npm run db:start` can return; its pid file lets `db:stop` and
 * `db:status` find it again. Tests make throw-away instances in a temp folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { checkJava } from './prerequisites';
import { provision, type Distribution } from './provision';

export interface LocalNeo4jOptions {
  /** The instance folder (conf, data, logs, password). */
  home: string;
  /** Cache root for the downloaded jars, shared by every instance. */
  cacheRoot: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  log?: (line: string) => void;
}

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

const USER = 'neo4j';
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

/** JVM flags the Neo4j launcher passes on JDK 17+ (module openings Neo4j's off-heap code needs). */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class LocalNeo4j {
  private readonly log: (line: string) => void;

  constructor(private readonly options: LocalNeo4jOptions) {
    this.log = options.log ?? ((line) => console.log(line));
  }

  get boltUri(): string {
    return `bolt://127.0.0.1:${this.options.boltPort}`;
  }

  private dir(name: string): string {
    return path.join(this.options.home, name);
  }

  private get pidFile(): string {
    return this.dir('run/ecograph-neo4j.pid');
  }

  private get passwordFile(): string {
    return this.dir('password');
  }

  /** The pid of this instance's running server, if any. */
  runningPid(): number | undefined {
    if (!fs.existsSync(this.pidFile)) return undefined;
    const pid = Number(fs.readFileSync(this.pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
  }

  connection(): Neo4jConnection {
    return { uri: this.boltUri, user: USER, password: fs.readFileSync(this.passwordFile, 'utf8').trim() };
  }

  private writeConfig(dist: Distribution): void {
    const lines = [
      '# Written by ecograph (scripts/neo4j/local-server.ts) at every start; edits are overwritten.',
      `server.directories.data=${this.dir('data')}`,
      `server.directories.logs=${this.dir('logs')}`,
      `server.directories.run=${this.dir('run')}`,
      `server.directories.import=${this.dir('import')}`,
      `server.directories.plugins=${dist.plugins}`,
      `server.directories.lib=${dist.lib}`,
      `server.bolt.listen_address=127.0.0.1:${this.options.boltPort}`,
      `server.bolt.advertised_address=127.0.0.1:${this.options.boltPort}`,
      'server.http.enabled=false',
      'server.https.enabled=false',
      `server.memory.heap.initial_size=${this.options.heap}`,
      `server.memory.heap.max_size=${this.options.heap}`,
      `server.memory.pagecache.size=${this.options.pageCache}`,
      'dbms.usage_report.enabled=false',
      'dbms.security.auth_enabled=true',
      'dbms.security.procedures.unrestricted=gds.*',
      'dbms.security.procedures.allowlist=gds.*',
      // A runaway statement is killed by the server even if a client forgets its own timeout.
      'db.transaction.timeout=120s',
      'db.lock.acquisition.timeout=30s',
    ];
    fs.writeFileSync(path.join(this.dir('conf'), 'neo4j.conf'), `${lines.join('\n')}\n`);
  }

  /** Sets a generated password before the very first start (Neo4j only honours it then). */
  private ensurePassword(java: string, dist: Distribution): void {
    if (fs.existsSync(this.passwordFile)) return;
    // Hex, not base64url: a password starting with '-' would be read by neo4j-admin as an option.
    const password = crypto.randomBytes(24).toString('hex');
    const result = spawnSync(
      java,
      ['-cp', `${dist.lib}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password],
      {
        encoding: 'utf8',
        env: { ...process.env, NEO4J_HOME: this.options.home, NEO4J_CONF: this.dir('conf') },
      },
    );
    if (result.status !== 0) {
      throw new Error(`neo4j-admin set-initial-password failed:\n${result.stdout}\n${result.stderr}`);
    }
    fs.writeFileSync(this.passwordFile, password, { mode: 0o600 });
  }

  /** Starts the server (provisioning jars on first use) and resolves once Bolt answers. */
  async start(): Promise<Neo4jConnection> {
    const existing = this.runningPid();
    if (existing) {
      this.log(`Neo4j already running (pid ${existing}) at ${this.boltUri}`);
      await this.waitForBolt(existing);
      return this.connection();
    }
    const { java } = checkJava();
    const dist = provision(this.options.cacheRoot, this.log);
    for (const name of ['conf', 'data', 'logs', 'run', 'import']) {
      fs.mkdirSync(this.dir(name), { recursive: true });
    }
    this.writeConfig(dist);
    this.ensurePassword(java, dist);

    const out = fs.openSync(this.dir('logs/console.log'), 'a');
    const child = spawn(
      java,
      [
        `-Xms${this.options.heap}`,
        `-Xmx${this.options.heap}`,
        ...JVM_FLAGS,
        '-cp',
        `${dist.lib}/*:${dist.plugins}/*`,
        'org.neo4j.server.CommunityEntryPoint',
        `--home-dir=${this.options.home}`,
        `--config-dir=${this.dir('conf')}`,
        '--console-mode',
      ],
      { detached: true, stdio: ['ignore', out, out], env: { ...process.env, NEO4J_HOME: this.options.home } },
    );
    fs.closeSync(out);
    if (child.pid === undefined) throw new Error('Could not spawn the Neo4j JVM');
    fs.writeFileSync(this.pidFile, String(child.pid));
    child.unref();
    this.log(`Starting Neo4j ${dist.neo4jVersion} (pid ${child.pid}) on ${this.boltUri}...`);
    await this.waitForBolt(child.pid);
    return this.connection();
  }

  /** Polls Bolt until it answers; fails fast with the server's own errors if the JVM dies. */
  private async waitForBolt(pid: number): Promise<void> {
    const { uri, user, password } = this.connection();
    const deadline = Date.now() + START_TIMEOUT_MS;
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
      connectionTimeout: 2_000,
      maxConnectionPoolSize: 1,
    });
    try {
      for (;;) {
        try {
          await driver.verifyConnectivity();
          return;
        } catch (error) {
          if (!isAlive(pid)) {
            throw new Error(`Neo4j exited during start-up. From its logs:\n${this.recentErrors()}`, { cause: error });
          }
          if (Date.now() > deadline) {
            throw new Error(
              `Neo4j did not answer on ${uri} within ${START_TIMEOUT_MS / 1000}s (${String(error)}).\n${this.recentErrors()}`,
              { cause: error },
            );
          }
          await sleep(500);
        }
      }
    } finally {
      await driver.close();
    }
  }

  /** ERROR/WARN lines (and stack causes) from the instance's logs, for start-up failures. */
  recentErrors(): string {
    const lines: string[] = [];
    for (const file of ['logs/console.log', 'logs/neo4j.log', 'logs/debug.log']) {
      const full = this.dir(file);
      if (!fs.existsSync(full)) continue;
      const found = fs
        .readFileSync(full, 'utf8')
        .split('\n')
        .filter((line) => /ERROR|WARN|Caused by|Exception/.test(line));
      lines.push(...found.slice(-15).map((line) => `${file}: ${line}`));
    }
    return lines.join('\n') || '(no errors logged)';
  }

  /** Stops the server: SIGTERM, wait for a clean shutdown, SIGKILL only as a last resort. */
  async stop(): Promise<boolean> {
    const pid = this.runningPid();
    if (!pid) return false;
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (isAlive(pid) && Date.now() < deadline) await sleep(200);
    if (isAlive(pid)) {
      this.log(`Neo4j (pid ${pid}) did not stop within ${STOP_TIMEOUT_MS / 1000}s; killing it`);
      process.kill(pid, 'SIGKILL');
    }
    fs.rmSync(this.pidFile, { force: true });
    return true;
  }

  /** Stops the server if needed and removes the whole instance folder (test instances). */
  async destroy(): Promise<void> {
    await this.stop();
    fs.rmSync(this.options.home, { recursive: true, force: true });
  }
}
