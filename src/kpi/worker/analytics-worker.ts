/**
 * The analytics worker thread's entry (started by worker-thread.ts): computes the KPI set with
 * the in-process engine for each request, one at a time, and answers with the result or the
 * engine's error.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import { GraphologyEngine } from '../graphology-engine';
import { toWireError, type ComputeReply, type ComputeRequest } from './protocol';
import { decodeGraph, encodeAnalytics } from './wire';

function toApiThread(): MessagePort {
  if (!parentPort)
    throw new Error('analytics-worker runs as a worker thread: src/kpi/worker/worker-engine.ts starts it');
  return parentPort;
}
const port = toApiThread();

async function answer({ id, options, graph }: ComputeRequest): Promise<void> {
  try {
    const analytics = await new GraphologyEngine(options).compute(await decodeGraph(graph));
    const { wire, transfer } = encodeAnalytics(analytics);
    port.postMessage({ id, analytics: wire } satisfies ComputeReply, transfer);
  } catch (error) {
    port.postMessage({ id, error: toWireError(error) } satisfies ComputeReply);
  }
}

// One computation at a time: two whole-graph runs side by side would only share the core and double the memory.
let queue = Promise.resolve();
port.on('message', (request: ComputeRequest) => {
  queue = queue.then(() => answer(request));
});
