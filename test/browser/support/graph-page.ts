/**
 * Reading the drawn graph from the page, shared by the browser tests and `npm run bench -- web`:
 * which participants a real click can hit, and waiting for drawn frames.
 */
import type { Page } from 'playwright-core';
import type { ProbeHost } from './probe';

/** Two animation frames: whatever was scheduled has been drawn. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(`new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))`);
}

/**
 * The largest participants that no other overlaps on screen (centre distance above the sum of
 * the drawn radii), away from the canvas's edges and the side panel, so a real click at the
 * centre hits exactly them. Positions are in page coordinates.
 */
export async function clearNodes(page: Page, count: number): Promise<{ key: string; x: number; y: number }[]> {
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('the graph canvas is not on screen');
  const points = await page.evaluate(
    ({ width, height, count: wanted }) => {
      const graph = (globalThis as unknown as ProbeHost).__ecographGraph!;
      const all = graph
        .keys()
        .map((key) => ({ key, at: graph.nodeViewport(key)! }))
        .filter(({ at }) => at.x > 30 && at.y > 30 && at.x < width - 330 && at.y < height - 30);
      const clear = all.filter(({ key, at }) =>
        all.every(
          (other) =>
            other.key === key || Math.hypot(other.at.x - at.x, other.at.y - at.y) > at.size + other.at.size + 2,
        ),
      );
      clear.sort((a, b) => b.at.size - a.at.size);
      return clear.slice(0, wanted).map(({ key, at }) => ({ key, x: at.x, y: at.y }));
    },
    { width: box.width, height: box.height, count },
  );
  return points.map((point) => ({ ...point, x: box.x + point.x, y: box.y + point.y }));
}
