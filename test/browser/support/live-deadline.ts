/**
 * The deadline for a live change to show on an open page: the product's target (5 s, the
 * explorer issue's) on a machine as fast as ours when quiet, stretched in proportion when the
 * machine is busy. The stretch comes from a baseline measured in the same test, just before:
 * how long the same page took to open and show its data, which is the same browser, API and
 * Neo4j work a live update repeats (event, refetch, render). On a quiet machine that baseline
 * is 1–2 s and the deadline stays 5 s; under two busy loops plus other work it grows, and a
 * slow machine no longer reads as a broken product.
 */
export const LIVE_TARGET_MS = 5_000;
/** A live update is at most this many page-opens of work (measured: 3.3 s live vs 1.9 s open under load). */
const OPENS_PER_UPDATE = 2.5;

export function liveDeadline(openedInMs: number): number {
  return Math.max(LIVE_TARGET_MS, Math.round(OPENS_PER_UPDATE * openedInMs));
}
