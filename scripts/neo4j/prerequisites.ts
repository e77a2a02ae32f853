/**
 * Checks that the tools the local Neo4j needs are installed, and says what to do when not.
 * One message per missing tool, always with the NEO4J_URI alternative.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const MIN_JAVA_MAJOR = 17;

export class PrerequisiteError extends Error {
  override name = 'PrerequisiteError';
}

const ALTERNATIVE =
  'Or point ecograph at an existing Neo4j 5 server instead of starting one: ' +
  'set NEO4J_URI (e.g. neo4j://host:7687), NEO4J_USER and NEO4J_PASSWORD.';

/** The java executable: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` on PATH. */
export function javaExecutable(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Parses the major version out of `java -version` output ("17.0.15", "1.8.0_392", "21"). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

export function checkJava(env: NodeJS.ProcessEnv = process.env): { java: string; major: number } {
  const java = javaExecutable(env);
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new PrerequisiteError(
      `Java was not found (tried "${java}"). The local Neo4j needs a JDK ${MIN_JAVA_MAJOR} or newer: ` +
        `install one (e.g. "apt-get install openjdk-17-jdk-headless") or set JAVA_HOME. ${ALTERNATIVE}`,
    );
  }
  const major = parseJavaMajor(`${result.stderr}${result.stdout}`);
  if (major === undefined || major < MIN_JAVA_MAJOR) {
    throw new PrerequisiteError(
      `Java ${major ?? 'of unknown version'} is too old: the local Neo4j 5.26 needs JDK ${MIN_JAVA_MAJOR} or newer. ` +
        `Install it (e.g. "apt-get install openjdk-17-jdk-headless") or set JAVA_HOME to it. ${ALTERNATIVE}`,
    );
  }
  return { java, major };
}

export function checkMaven(): string {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new PrerequisiteError(
      'Maven ("mvn") was not found: it downloads the Neo4j and Graph Data Science jars from Maven Central ' +
        `the first time. Install it (e.g. "apt-get install maven"). ${ALTERNATIVE}`,
    );
  }
  return 'mvn';
}
