/**
 * `npm run screenshots`: refreshes the README's screenshots (docs/screenshots/*.png) from the
 * artefacts the last browser-test run (and `npm run bench -- web`, for graph-medium.png) saved
 * in artefacts/screenshots/. A deliberate step: tests never write tracked files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from './run-cli';
import { PUBLISHED_SCREENSHOTS, SCREENSHOT_ARTEFACTS } from './screenshots/artefacts';

runCli(() => {
  const published = fs.readdirSync(PUBLISHED_SCREENSHOTS).filter((name) => name.endsWith('.png'));
  const missing: string[] = [];
  for (const name of published) {
    const source = path.join(SCREENSHOT_ARTEFACTS, name);
    if (!fs.existsSync(source)) {
      missing.push(name);
      continue;
    }
    fs.copyFileSync(source, path.join(PUBLISHED_SCREENSHOTS, name));
    console.log(`docs/screenshots/${name} ← artefacts/screenshots/${name}`);
  }
  if (missing.length > 0) {
    console.log(
      `not refreshed (no artefact yet): ${missing.join(', ')} — run \`npx jest --selectProjects browser\` ` +
        '(graph-medium.png: `npm run bench -- web`) first',
    );
  }
  return Promise.resolve();
});
