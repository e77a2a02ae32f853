/**
 * The graph view's read-only probe (web/src/graph/probe.ts, `window.__ecographGraph`) as the
 * Node side sees it. Page functions reach it through `globalThis` (this project's Node typings
 * have no DOM).
 */
import type { GraphProbe } from '../../../web/src/graph/probe.js' with { 'resolution-mode': 'import' };

export type { GraphProbe };

export interface ProbeHost {
  __ecographGraph?: GraphProbe;
}
