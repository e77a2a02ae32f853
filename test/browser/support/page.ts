/** A signed-in explorer page for a role, with the console and outside requests watched. */
import type { Browser, Page } from 'playwright-core';
import type { Role } from '../../../src/auth/roles';
import { testToken } from '../../support/auth';

export interface WatchedPage {
  page: Page;
  /** Console errors and failed same-origin requests. */
  problems: string[];
  /** Requests that left the machine (CDNs, fonts …). */
  outside: string[];
}

export async function openSignedIn(browser: Browser, baseUrl: string, path: string, role: Role = 'ADMIN') {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const watched: WatchedPage = { page, problems: [], outside: [] };
  const origin = new URL(baseUrl).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') watched.problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => watched.problems.push(`page: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) watched.outside.push(url);
  });
  const token = await testToken(role);
  await page.goto(`${baseUrl}${path}#token=${encodeURIComponent(token)}`);
  return watched;
}
