/** Wrong use of a command (a bad option value, a missing argument): exit code 2, with what to fix. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Exit codes every command keeps to (docs/cli.md). */
export const EXIT = {
  ok: 0,
  /** The command ran and failed (a server did not start, Neo4j refused, a file was bad). */
  failed: 1,
  /** The command line itself was wrong. */
  usage: 2,
  /** `status`: the server is not running. */
  notRunning: 3,
} as const;
