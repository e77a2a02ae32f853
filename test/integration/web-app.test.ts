/**
 * The explorer served by the API (src/server/web-app.ts): static files, index.html for page
 * addresses with the runtime settings injected, the API's own paths untouched, `/graphql` in a
 * browser sent to the local editor, and the editor off when GRAPHQL_EXPLORER is.
 * Uses a small stand-in build in a temporary directory: the real one is tested in test/browser.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { App } from '../../src/app';
import { ViewerDocument } from '../generated/operations';
import { executeOk } from '../support/graphql-client';
import { startTestApp } from '../support/test-app';

const HTML = { accept: 'text/html,application/xhtml+xml' };

function fakeBuild(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecograph-web-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html><head><!--ecograph-config--></head><body><div id="root"></div></body></html>',
  );
  fs.writeFileSync(path.join(dir, 'assets', 'app-1234.js'), 'console.log("app")');
  fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

const base = (app: App) => app.url.replace(/\/graphql$/, '');
const settingsIn = (html: string) =>
  JSON.parse(/<script type="application\/json" id="ecograph-config">(.*?)<\/script>/.exec(html)?.[1] ?? 'null');

describe('with the editor on (development default)', () => {
  let app: App;
  let dist: string;
  beforeAll(async () => {
    dist = fakeBuild();
    app = await startTestApp({ WEB_DIST_DIR: dist, GRAPHQL_EXPLORER: 'true' });
  });
  afterAll(async () => {
    await app.stop();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html at / and at any page address, with the runtime settings and a same-origin CSP', async () => {
    for (const address of ['/', '/participants/UGFydGljaXBhbnQ6MQ==', '/pipeline?stage=NEGOTIATION', '/graphiql']) {
      const response = await fetch(`${base(app)}${address}`, { headers: HTML });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(settingsIn(await response.text())).toEqual({ editor: true, devAuth: false });
    }
  });

  it('serves built files (hashed assets cached for good) and 404s a missing asset instead of the page', async () => {
    const asset = await fetch(`${base(app)}/assets/app-1234.js`);
    expect(asset.status).toBe(200);
    expect(await asset.text()).toBe('console.log("app")');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base(app)}/favicon.svg`)).status).toBe(200);
    expect((await fetch(`${base(app)}/assets/gone-9999.js`, { headers: HTML })).status).toBe(404);
  });

  it('leaves the API paths alone: health, readiness and GraphQL over POST', async () => {
    const health = await fetch(`${base(app)}/healthz`, { headers: HTML });
    expect(await health.json()).toEqual({ status: 'ok' });
    const data = await executeOk(app.url, ViewerDocument, {});
    expect(data.viewer.role).toBe('ADMIN');
  });

  it('sends a browser opening /graphql to the local editor, not to a CDN landing page', async () => {
    const response = await fetch(app.url, { headers: HTML, redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/graphiql');
  });
});

describe('with the editor off (production default)', () => {
  let app: App;
  let dist: string;
  beforeAll(async () => {
    dist = fakeBuild();
    app = await startTestApp({ WEB_DIST_DIR: dist, GRAPHQL_EXPLORER: 'false' });
  });
  afterAll(async () => {
    await app.stop();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('refuses /graphiql, tells the page the editor is off, and shows no landing page on GET /graphql', async () => {
    const editor = await fetch(`${base(app)}/graphiql`, { headers: HTML });
    expect(editor.status).toBe(404);
    expect(await editor.text()).toContain('GRAPHQL_EXPLORER');
    const page = await fetch(`${base(app)}/`, { headers: HTML });
    expect(settingsIn(await page.text())).toEqual({ editor: false, devAuth: false });
    const landing = await fetch(app.url, { headers: HTML, redirect: 'manual' });
    expect(landing.status).not.toBe(302);
    expect(await landing.text()).not.toMatch(/apollographql|cdn\./i);
  });
});

it('says how to build the explorer when web/dist is missing, and the API still works', async () => {
  const missing = path.join(os.tmpdir(), `ecograph-no-web-${process.pid}`);
  const app = await startTestApp({ WEB_DIST_DIR: missing });
  try {
    const page = await fetch(`${base(app)}/`, { headers: HTML });
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('npm run web:build');
    expect((await executeOk(app.url, ViewerDocument, {})).viewer.id).toBe('test-admin');
  } finally {
    await app.stop();
  }
});
