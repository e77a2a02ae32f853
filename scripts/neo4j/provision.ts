/**
 * Downloads Neo4j Community and the Graph Data Science plugin from Maven Central into the
 * git-ignored cache, once. Later starts find the `.complete` marker and skip Maven entirely.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { checkMaven } from './prerequisites';

export const NEO4J_VERSION = '5.26.10';
export const GDS_VERSION = '2.13.9';

const POM = path.join(__dirname, 'pom.xml');
const MARKER = '.complete';

export interface Distribution {
  /** Neo4j jars (classpath). */
  lib: string;
  /** GDS jars: on the classpath and scanned by Neo4j for procedures. */
  plugins: string;
  neo4jVersion: string;
  gdsVersion: string;
}

export function distributionDir(cacheRoot: string): string {
  return path.join(cacheRoot, 'dist', `neo4j-${NEO4J_VERSION}-gds-${GDS_VERSION}`);
}

function copyDependencies(target: string, groupFilter: string[], log: (line: string) => void): void {
  const args = [
    '-B',
    '-q',
    '-f',
    POM,
    `-Dneo4j.version=${NEO4J_VERSION}`,
    `-Dgds.version=${GDS_VERSION}`,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${target}`,
    '-DincludeScope=runtime',
    ...groupFilter,
  ];
  log(`mvn ${args.join(' ')}`);
  const result = spawnSync(checkMaven(), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    throw new Error(
      `Maven could not resolve the Neo4j jars (exit ${result.status}). Is Maven Central reachable?\n` +
        `${result.stdout}\n${result.stderr}`.trim(),
    );
  }
}

/** Ensures the distribution is in the cache; returns its folders. Safe to call on every start. */
export function provision(cacheRoot: string, log: (line: string) => void = console.log): Distribution {
  const dir = distributionDir(cacheRoot);
  const dist: Distribution = {
    lib: path.join(dir, 'lib'),
    plugins: path.join(dir, 'plugins'),
    neo4jVersion: NEO4J_VERSION,
    gdsVersion: GDS_VERSION,
  };
  if (fs.existsSync(path.join(dir, MARKER))) return dist;

  log(`Provisioning Neo4j ${NEO4J_VERSION} + GDS ${GDS_VERSION} from Maven Central (first run only)...`);
  const staging = `${dir}.partial-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  copyDependencies(path.join(staging, 'lib'), ['-DexcludeGroupIds=org.neo4j.gds'], log);
  copyDependencies(path.join(staging, 'plugins'), ['-DincludeGroupIds=org.neo4j.gds'], log);
  fs.writeFileSync(path.join(staging, MARKER), new Date().toISOString());
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  try {
    fs.renameSync(staging, dir);
  } catch (error) {
    // Another process finished provisioning first: keep its copy.
    fs.rmSync(staging, { recursive: true, force: true });
    if (!fs.existsSync(path.join(dir, MARKER))) throw error;
  }
  log(`Neo4j jars cached in ${dir}`);
  return dist;
}
