/**
 * Where the browser tests and `npm run bench -- web` save their screenshots: an ignored
 * directory, so a clean clone stays clean after `npm test`. The README's copies in
 * docs/screenshots/ change only through `npm run screenshots` (scripts/screenshots.ts).
 */
import fs from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const SCREENSHOT_ARTEFACTS = path.join(REPO_ROOT, 'artefacts', 'screenshots');
export const PUBLISHED_SCREENSHOTS = path.join(REPO_ROOT, 'docs', 'screenshots');

/** Minimal shape of a playwright page (the scripts' typings stay free of the test helpers). */
interface Screenshotable {
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
}

/** Saves `<name>.png` among the artefacts; returns its path. */
export async function saveScreenshot(page: Screenshotable, name: string, fullPage = false): Promise<string> {
  fs.mkdirSync(SCREENSHOT_ARTEFACTS, { recursive: true });
  const file = path.join(SCREENSHOT_ARTEFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}
