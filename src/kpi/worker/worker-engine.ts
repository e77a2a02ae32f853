/**
 * The in-process engine (graphology-engine.ts) run in a worker thread, so that a whole-graph
 * KPI computation (seconds on a large graph) never holds the API's event loop: requests are
 * answered while it runs (docs/kpis.md, "The analytics worker"). Same results: the worker runs
 * the same engine on the same graph; only the transport differs (wire.ts).
 *
 * One worker, started on the first computation and reused; kept from holding the process open
 * while idle. An engine error in the worker is rethrown here as itself (protocol.ts). A worker
 * that dies (out of memory, a crash) fails the computation it held with an
 * AnalyticsWorkerCrashError, is reported, and the next computation starts a new one. close()
 * (app shutdown) terminates it.
 */
import { performance } from 'node:perf_hooks';
import type { ResourceLimits, Worker } from 'node:worker_threads';
import { AnalyticsWorkerCrashError, ServiceUnavailableError } from '../../core/errors';
import type { CollaborationGraph } from '../collaboration-graph';
import type { AnalyticsEngine, EngineName, GraphAnalytics } from '../engine';
import { GraphologyEngine, type GraphologyEngineOptions } from '../graphology-engine';
import { fromWireError, type ComputeReply, type ComputeRequest } from './protocol';
import { decodeAnalytics, encodeGraph, type WireAnalytics } from './wire';
import { startAnalyticsWorker } from './worker-thread';

export interface WorkerEngineOptions extends GraphologyEngineOptions {
  /** Memory limits of the worker thread (a computation past them crashes the worker, not the API). */
  resourceLimits?: ResourceLimits;
  /** A worker thread started (its thread id and the file it runs). */
  onStart?: (started: { threadId: number; entry: string }) => void;
  /** A worker thread died; the computation it held failed with this error. */
  onCrash?: (error: AnalyticsWorkerCrashError) => void;
}

interface Waiting {
  resolve: (analytics: WireAnalytics) => void;
  reject: (error: Error) => void;
}

/** One worker thread and the computations it holds. */
interface Running {
  worker: Worker;
  waiting: Map<number, Waiting>;
  ended: boolean;
}

export class WorkerEngine implements AnalyticsEngine {
  readonly name: EngineName = 'graphology';
  private readonly engineOptions: GraphologyEngineOptions;
  private running: Running | undefined;
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: WorkerEngineOptions = {}) {
    // Every engine option goes to the worker (structured-cloned): only the worker's own stay here.
    const { resourceLimits: _limits, onStart: _onStart, onCrash: _onCrash, ...engineOptions } = options;
    this.engineOptions = engineOptions;
    // Bad options fail here, on the caller's thread, as they do for the engine itself.
    new GraphologyEngine(this.engineOptions);
  }

  /** The current worker's thread id (none before the first computation or after a crash). */
  get threadId(): number | undefined {
    return this.running?.worker.threadId;
  }

  async compute(graph: CollaborationGraph): Promise<GraphAnalytics> {
    if (this.closed) throw new ServiceUnavailableError('the analytics worker is stopped: the server is shutting down');
    const started = performance.now();
    const { wire, transfer } = encodeGraph(graph);
    const running = (this.running ??= this.start());
    const id = this.nextId++;
    const reply = new Promise<WireAnalytics>((resolve, reject) => running.waiting.set(id, { resolve, reject }));
    running.worker.ref(); // A computation in flight keeps the process alive (a CLI awaiting it).
    try {
      running.worker.postMessage({ id, options: this.engineOptions, graph: wire } satisfies ComputeRequest, transfer);
    } catch (error) {
      this.settled(running, id);
      throw error;
    }
    const analytics = await decodeAnalytics(await reply);
    // The API's view: the computation and both crossings of the thread boundary.
    return { ...analytics, elapsedMs: performance.now() - started };
  }

  /** Terminates the worker; computations in flight and after it fail with ServiceUnavailableError. */
  async close(): Promise<void> {
    this.closed = true;
    const running = this.running;
    this.running = undefined;
    if (!running) return;
    this.end(running, new ServiceUnavailableError('the analytics worker was stopped: the server is shutting down'));
    await running.worker.terminate();
  }

  private start(): Running {
    const { worker, entry } = startAnalyticsWorker(this.options.resourceLimits);
    const running: Running = { worker, waiting: new Map(), ended: false };
    worker.unref();
    worker.on('message', (reply: ComputeReply) => {
      const waiting = this.settled(running, reply.id);
      if (!waiting) return;
      if ('error' in reply) waiting.reject(fromWireError(reply.error));
      else waiting.resolve(reply.analytics);
    });
    worker.on('error', (error) => this.crashed(running, error));
    worker.on('exit', (code) => this.crashed(running, new Error(`the thread exited with code ${code}`)));
    this.options.onStart?.({ threadId: worker.threadId, entry });
    return running;
  }

  /** Takes computation `id` off the worker's list; an idle worker no longer holds the process. */
  private settled(running: Running, id: number): Waiting | undefined {
    const waiting = running.waiting.get(id);
    running.waiting.delete(id);
    if (running.waiting.size === 0 && !running.ended) running.worker.unref();
    return waiting;
  }

  private crashed(running: Running, cause: unknown): void {
    if (running.ended) return;
    if (this.running === running) this.running = undefined;
    const reason = cause instanceof Error ? cause.message : String(cause);
    const error = new AnalyticsWorkerCrashError(
      `the analytics worker thread died (${reason}): the KPI computation it held is lost; the next one starts a new worker`,
      { cause },
    );
    this.end(running, error);
    // An 'error' is followed by an 'exit': the thread may still be winding down.
    void running.worker.terminate();
    this.options.onCrash?.(error);
  }

  private end(running: Running, error: Error): void {
    running.ended = true;
    for (const waiting of running.waiting.values()) waiting.reject(error);
    running.waiting.clear();
  }
}
