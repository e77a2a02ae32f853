/**
 * The seed progress line: redrawn in place on a terminal, a plain line every few seconds
 * otherwise (CI logs, `npm start` logs).
 */
import type { Progress } from './writer';

const number = (value: number) => Math.round(value).toLocaleString('en-US');

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes}m${String(seconds % 60).padStart(2, '0')}s` : `${(ms / 1000).toFixed(1)}s`;
}

/** "12,345 nodes/s, 23,456 relationships/s" for totals over an elapsed time. */
export function throughput(nodes: number, relationships: number, elapsedMs: number): string {
  const seconds = Math.max(elapsedMs, 1) / 1000;
  return `${number(nodes / seconds)} nodes/s, ${number(relationships / seconds)} relationships/s`;
}

export function describe(progress: Progress): string {
  return (
    `seeding ${progress.kind.padEnd(15)} ${number(progress.nodes)} nodes, ${number(progress.relationships)} relationships` +
    ` | ${throughput(progress.nodes, progress.relationships, progress.elapsedMs)} | ${formatDuration(progress.elapsedMs)}`
  );
}

export interface ProgressSink {
  update(progress: Progress): void;
  /** Ends the line (terminal) or prints the last state (log). */
  finish(): void;
}

/**
 * In-place line when `stream` is a terminal (at most 10 redraws a second), else a `log`
 * line every `everyMs`.
 */
export function progressLine(options: {
  log: (line: string) => void;
  stream?: NodeJS.WriteStream;
  everyMs?: number;
}): ProgressSink {
  const { log, stream, everyMs = 5_000 } = options;
  const tty = stream?.isTTY === true ? stream : undefined;
  let last: Progress | undefined;
  let shownAt = performance.now();
  return {
    update(progress) {
      last = progress;
      const now = performance.now();
      if (now - shownAt < (tty ? 100 : everyMs)) return;
      shownAt = now;
      if (tty) tty.write(`\r\x1b[K${describe(progress)}`);
      else log(describe(progress));
    },
    finish() {
      if (!last) return;
      if (tty) tty.write(`\r\x1b[K${describe(last)}\n`);
      else log(describe(last));
    },
  };
}
