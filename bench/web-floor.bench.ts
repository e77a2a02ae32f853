/**
 * `npm run bench -- web-floor`: what headless chromium on this machine can do for frame times
 * before any graph is drawn. The graph view's frame times (`npm run bench -- web`) sit on top of
 * this floor, so it says whether the "p95 frame ≤ 50 ms" is reachable here at all.
 *
 * Trivial pages, each sampled from `requestAnimationFrame` inside the page (no CDP round trip
 * per frame), under several chromium launch variants, interleaved (variant by variant, page by
 * page, two rounds) so the machine's background load hits all of them alike:
 * - `idle`: an empty document, nothing changes (the rAF cadence alone);
 * - `dom`: a div moved by a CSS transform every frame (compositor only);
 * - `2d`: a full-viewport 2D canvas redrawn every frame;
 * - `webgl`: a full-viewport WebGL canvas cleared and drawn every frame (SwiftShader);
 * - `webgl×4`: four stacked WebGL canvases (sigma stacks its layers like this).
 */
import os from 'node:os';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, provisionChromium } from '../scripts/browser/chromium';
import { percentile, table } from './support';

const SAMPLE_MS = 3_000;
const ROUNDS = 2;

interface Variant {
  name: string;
  args: string[];
  viewport: { width: number; height: number };
}

const LARGE = { width: 1400, height: 900 };
const SMALL = { width: 800, height: 600 };
const UNLOCKED = ['--disable-gpu-vsync', '--disable-frame-rate-limit'];

const VARIANTS: Variant[] = [
  { name: 'project flags (SwiftShader WebGL), 1400×900', args: CHROMIUM_ARGS, viewport: LARGE },
  { name: '+ --disable-gpu-vsync --disable-frame-rate-limit', args: [...CHROMIUM_ARGS, ...UNLOCKED], viewport: LARGE },
  { name: '+ --disable-gpu-compositing', args: [...CHROMIUM_ARGS, '--disable-gpu-compositing'], viewport: LARGE },
  {
    name: '+ vsync off, frame limit off, GPU compositing off',
    args: [...CHROMIUM_ARGS, ...UNLOCKED, '--disable-gpu-compositing'],
    viewport: LARGE,
  },
  { name: 'project flags, 800×600', args: CHROMIUM_ARGS, viewport: SMALL },
];

/** Page bodies; each defines `step(now)` run once per animation frame. */
const PAGES: Record<string, string> = {
  idle: `<body></body><script>window.step = () => {};</script>`,
  dom: `<body style="margin:0"><div id="d" style="width:200px;height:200px;background:#0072b2;will-change:transform"></div></body>
<script>const d = document.getElementById('d');
window.step = (t) => { d.style.transform = 'translate(' + (300 + 250 * Math.sin(t / 300)) + 'px,' + (300 + 200 * Math.cos(t / 400)) + 'px)'; };</script>`,
  '2d': `<body style="margin:0"><canvas id="c"></canvas></body>
<script>const c = document.getElementById('c'); c.width = innerWidth; c.height = innerHeight; const g = c.getContext('2d');
window.step = (t) => { g.fillStyle = '#fff'; g.fillRect(0, 0, c.width, c.height); g.fillStyle = '#0072b2';
  for (let i = 0; i < 200; i++) { g.beginPath(); g.arc((i * 97 + t / 5) % c.width, (i * 53) % c.height, 4, 0, 7); g.fill(); } };</script>`,
  webgl: webglPage(1),
  'webgl×4': webglPage(4),
};

function webglPage(layers: number): string {
  return `<body style="margin:0"></body><script>
const gls = [];
for (let i = 0; i < ${layers}; i++) {
  const c = document.createElement('canvas');
  c.width = innerWidth; c.height = innerHeight;
  c.style.cssText = 'position:absolute;inset:0';
  document.body.appendChild(c);
  const gl = c.getContext('webgl2', { alpha: true, antialias: false, premultipliedAlpha: true, preserveDrawingBuffer: false });
  gls.push(gl);
}
window.webgl = gls.every(Boolean);
window.step = (t) => { for (const gl of gls) { if (!gl) continue; gl.clearColor(0.5 + 0.5 * Math.sin(t / 500), 0.8, 0.9, 0.02); gl.clear(gl.COLOR_BUFFER_BIT); } };
</script>`;
}

/** rAF deltas for SAMPLE_MS, measured in the page. A string: tsx helpers do not exist there. */
const SAMPLE = `new Promise((resolve) => {
  const frames = []; const start = performance.now(); let last = start;
  const tick = (now) => { frames.push(now - last); last = now; window.step(now);
    if (now - start < ${SAMPLE_MS} || frames.length < 20) requestAnimationFrame(tick); else resolve(frames.slice(1)); };
  requestAnimationFrame(tick);
})`;

export async function webFloorBench(): Promise<string> {
  provisionChromium(() => undefined);
  const samples = new Map<string, number[]>();
  const webgl = new Map<string, boolean>();
  const browsers = new Map<string, Browser>();
  try {
    for (const variant of VARIANTS) {
      browsers.set(
        variant.name,
        await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: variant.args }),
      );
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const [pageName, html] of Object.entries(PAGES)) {
        for (const variant of VARIANTS) {
          const context = await browsers.get(variant.name)!.newContext({ viewport: variant.viewport });
          const page = await context.newPage();
          await page.setContent(`<!doctype html><html>${html}</html>`);
          const frames = (await page.evaluate(SAMPLE)) as number[];
          if (pageName.startsWith('webgl')) webgl.set(variant.name, (await page.evaluate('window.webgl')) as boolean);
          await context.close();
          const key = `${variant.name}|${pageName}`;
          samples.set(key, [...(samples.get(key) ?? []), ...frames]);
        }
      }
    }
  } finally {
    for (const browser of browsers.values()) await browser.close();
  }
  const cell = (values: number[]) =>
    `${percentile(values, 50).toFixed(0)} / ${percentile(values, 95).toFixed(0)} ms (${values.length})`;
  const rows = VARIANTS.map((variant) => [
    variant.name + (webgl.get(variant.name) === false ? ' (no WebGL)' : ''),
    ...Object.keys(PAGES).map((pageName) => cell(samples.get(`${variant.name}|${pageName}`) ?? [])),
  ]);
  return [
    `### Frame floor of headless chromium on this machine (rAF deltas in the page, median / p95 (frames))`,
    '',
    `Machine: ${os.cpus().length} cores, load average ${(os.loadavg()[0] ?? Number.NaN).toFixed(1)} at the end; ${ROUNDS} interleaved rounds of ${SAMPLE_MS / 1000} s per cell.`,
    '',
    table(['launch variant', ...Object.keys(PAGES)], rows),
  ].join('\n');
}
