/**
 * The explorer (web/dist, built by Vite) at `/`: static files, and index.html for every other
 * page address (the app routes in the browser). The API's own paths keep their handlers; a
 * browser opening `/graphql` is sent to the local query editor at `/graphiql` instead of
 * Apollo's CDN-hosted landing page. The editor is served only when GRAPHQL_EXPLORER is on.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type Router } from 'express';

/** Paths the API answers itself: never the app's index.html. */
export const API_PATHS = ['/graphql', '/healthz', '/readyz', '/metrics'] as const;
export const EDITOR_PATH = '/graphiql';
const CONFIG_PLACEHOLDER = '<!--ecograph-config-->';

/** Scripts, styles and workers only from this origin; live data over this origin's socket. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface WebAppOptions {
  distDir: string;
  /** The query editor page (GRAPHQL_EXPLORER). */
  editor: boolean;
  /** Dev mode: the sign-in page points at the link `npm start` printed. */
  devAuth: boolean;
}

function isApiPath(urlPath: string): boolean {
  return API_PATHS.some((prefix) => urlPath === prefix || urlPath.startsWith(`${prefix}/`));
}

function wantsPage(req: Request): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && req.accepts(['html', 'json']) === 'html';
}

/** index.html with the runtime settings the page reads (web/src/api/runtime-config.ts). */
function renderIndex(distDir: string, options: WebAppOptions): string | null {
  let html: string;
  try {
    html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  } catch {
    return null;
  }
  const settings = JSON.stringify({ editor: options.editor, devAuth: options.devAuth }).replace(/</g, '\\u003c');
  return html.replace(CONFIG_PLACEHOLDER, `<script type="application/json" id="ecograph-config">${settings}</script>`);
}

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ecograph</title></head>
<body><h1>The explorer is not built</h1><p>Run <code>npm run web:build</code> (or <code>npm start</code>,
which builds it when missing), then reload. The API is at <code>/graphql</code>.</p></body></html>`;

export function webAppRoutes(options: WebAppOptions): Router {
  const router = express.Router();
  const distDir = path.resolve(options.distDir);

  // A browser opening the endpoint gets the local editor (or nothing), never a CDN page.
  router.get('/graphql', (req, res, next) => {
    if (options.editor && wantsPage(req) && req.query.query === undefined) {
      res.redirect(302, EDITOR_PATH);
      return;
    }
    next();
  });

  router.use(
    express.static(distDir, {
      index: false,
      redirect: false,
      setHeaders: (res, filePath) => {
        res.setHeader('X-Content-Type-Options', 'nosniff');
        // Vite names built assets by content hash: cache them for good.
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );

  router.use((req, res, next) => {
    if (!wantsPage(req) || isApiPath(req.path)) {
      next();
      return;
    }
    // A missing built file is a 404, not the app (a stale tab asking for an old chunk).
    if (req.path.startsWith('/assets/')) {
      next();
      return;
    }
    if (req.path === EDITOR_PATH && !options.editor) {
      res.status(404).type('text/plain').send('The query editor is off (GRAPHQL_EXPLORER=false).');
      return;
    }
    const html = renderIndex(distDir, options);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (!html) {
      res.status(503).type('html').send(NOT_BUILT);
      return;
    }
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.type('html').send(html);
  });
  return router;
}
