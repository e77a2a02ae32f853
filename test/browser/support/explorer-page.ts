/**
 * Pages of the explorer in a real chromium, each watched: every request must stay on
 * 127.0.0.1 (no CDN, fonts or icons from outside) and the console must stay free of errors.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { saveScreenshot } from '../../../scripts/screenshots/artefacts';

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** URLs requested outside 127.0.0.1 (must stay empty). */
  external: string[];
  /** Console errors and uncaught page errors (must stay empty). */
  errors: string[];
  close(): Promise<void>;
}

export async function openExplorer(
  browser: Browser,
  baseUrl: string,
  token: string,
  route = '/',
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const external: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['http:', 'ws:'].includes(url.protocol) || url.hostname !== '127.0.0.1') {
      if (url.protocol !== 'data:' && url.protocol !== 'blob:') external.push(request.url());
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // A renderer or browser that goes away surfaces later as "Target page, context or browser has
  // been closed"; these say which one it was (a flake seen once under load in CI).
  page.on('crash', () => errors.push(`the page's renderer crashed (${page.url()})`));
  const onDisconnect = () => errors.push('the browser disconnected (chromium exited)');
  browser.once('disconnected', onDisconnect);
  // Without a token the page opens signed out (the sign-in form).
  await page.goto(token ? `${baseUrl}${route}#token=${token}` : `${baseUrl}${route}`);
  const close = async () => {
    browser.off('disconnected', onDisconnect);
    await context.close();
  };
  return { page, context, external, errors, close };
}

/** A test artefact in artefacts/screenshots/ (ignored); `npm run screenshots` publishes it. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await saveScreenshot(page, name, fullPage);
}
