/**
 * Browser tests need Debian's chromium (installed by the project's own script when missing),
 * a current build of the explorer (built when missing or stale), and the test Neo4j (shared
 * with the integration project when both run: its global setup runs first and publishes it).
 */
import { provisionChromium } from '../../scripts/browser/chromium';
import { ensureWebBuild } from '../../scripts/web/build';
import neo4jSetup from '../support/global-setup';

export default async function globalSetup(): Promise<void> {
  const log = (line: string) => process.stderr.write(`[browser-tests] ${line}\n`);
  log(provisionChromium(log));
  ensureWebBuild(log);
  await neo4jSetup();
}
