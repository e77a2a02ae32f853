/**
 * Writes seed batches through the gateway: one write transaction per batch, in order, with
 * running totals for the progress line. While the database works on one batch the next one
 * is generated (the generator is CPU, the write is I/O), so the two overlap.
 */
import type { Gateway } from '../db/gateway';
import type { Batch } from './batches';
import type { BatchKind } from './rows';
import type { GraphKey, Tally } from './statements';

export interface Progress {
  batches: number;
  nodes: number;
  relationships: number;
  elapsedMs: number;
  /** Kind of the batch just written. */
  kind: BatchKind;
}

export interface WriteResult {
  batches: number;
  nodes: number;
  relationships: number;
  elapsedMs: number;
  /** Nodes per label and relationships per type written. */
  tally: Tally;
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function writeBatches(
  gateway: Gateway,
  batches: Iterable<Batch>,
  onProgress: (progress: Progress) => void = () => undefined,
): Promise<WriteResult> {
  const started = performance.now();
  const result: WriteResult = { batches: 0, nodes: 0, relationships: 0, elapsedMs: 0, tally: {} };
  const account = (batch: Batch) => {
    result.batches += 1;
    result.nodes += batch.nodes;
    result.relationships += batch.relationships;
    for (const [key, count] of Object.entries(batch.tally) as [GraphKey, number][]) {
      result.tally[key] = (result.tally[key] ?? 0) + count;
    }
    result.elapsedMs = performance.now() - started;
    onProgress({
      batches: result.batches,
      nodes: result.nodes,
      relationships: result.relationships,
      elapsedMs: result.elapsedMs,
      kind: batch.kind,
    });
  };

  let inFlight: Promise<void> | undefined;
  for (const batch of batches) {
    if (inFlight) await inFlight;
    inFlight = gateway.write((tx) => tx.run(batch.statement)).then(() => account(batch));
    // Let the driver send the statement before the generator takes the CPU for the next batch.
    await nextTick();
  }
  if (inFlight) await inFlight;
  result.elapsedMs = performance.now() - started;
  return result;
}
