/**
 * Cooperative yielding for long loops: compute() runs in the API process, so the
 * per-source BFS loop and the power iterations hand the event loop back every few tens of
 * milliseconds instead of freezing every request for seconds.
 */
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';

export class Pacer {
  private last = performance.now();

  constructor(private readonly sliceMs = 25) {}

  /** Yields to the event loop when the current slice is used up. */
  async breathe(): Promise<void> {
    if (performance.now() - this.last < this.sliceMs) return;
    await nextTurn();
    this.last = performance.now();
  }
}
