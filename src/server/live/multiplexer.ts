/**
 * Executes each distinct subscription once and fans its results out to every subscriber of
 * it: subscribers whose operation text, variables and disclosure scope (role) are equal share
 * one source stream and one execution per event, so the resolver work per event does not grow
 * with the number of subscribers (graphql-ws alone would execute once per subscriber).
 *
 * Every subscriber has its own bounded queue: a consumer that falls behind by more than
 * `maxQueued` results is disconnected (close code 4509) instead of slowing the others or
 * growing memory without bound.
 */
import { GraphQLError, print, subscribe, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { EventQueue } from '../../core/event-queue';

type Results = AsyncIterator<ExecutionResult> & AsyncIterable<ExecutionResult>;

export interface SubscriberHandle {
  /** Called (once) when the subscriber's queue overflows. */
  onOverflow(): void;
}

export interface MultiplexerStats {
  /** Distinct executions running. */
  executions: number;
  subscribers: number;
  /** Source events executed so far, over all executions. */
  executedEvents: number;
  /** Per running execution: its subscribers and the events it executed. */
  running: { subscribers: number; executedEvents: number }[];
}

/** One subscriber of a shared execution: its own bounded queue, closed on overflow. */
type Subscriber = EventQueue<ExecutionResult>;

class SharedExecution {
  readonly subscribers = new Set<Subscriber>();
  executedEvents = 0;

  constructor(
    private readonly source: AsyncGenerator<ExecutionResult>,
    private readonly onEmpty: () => void,
    private readonly onEvent: () => void,
    private readonly onSourceError: (error: unknown) => void,
  ) {}

  async pump(): Promise<void> {
    try {
      for await (const result of this.source) {
        this.executedEvents += 1;
        this.onEvent();
        for (const subscriber of this.subscribers) subscriber.push(result);
      }
    } catch (error) {
      // The source itself failed (not a resolver): report it masked, then end the stream.
      this.onSourceError(error);
      const failure: ExecutionResult = {
        errors: [new GraphQLError('The event stream failed', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })],
      };
      for (const subscriber of this.subscribers) subscriber.push(failure);
    } finally {
      for (const subscriber of [...this.subscribers]) subscriber.end();
    }
  }

  remove(subscriber: Subscriber): void {
    this.subscribers.delete(subscriber);
    if (this.subscribers.size === 0) {
      this.onEmpty();
      void this.source.return(undefined);
    }
  }
}

export class SubscriptionMultiplexer {
  /** Shareable executions (being set up or running) by key. */
  private readonly executions = new Map<string, Promise<SharedExecution | ExecutionResult>>();
  /** Every running execution, private ones included. */
  private readonly running = new Set<SharedExecution>();
  private executedEvents = 0;

  constructor(
    private readonly maxQueued: number,
    private readonly onSourceError: (error: unknown) => void,
  ) {}

  /**
   * Subscribes through a shared execution when one with the same key runs, otherwise starts
   * one. `scope` is what makes equal operations see different data (the caller's role);
   * `shareable: false` (e.g. "send the current value first") always executes privately.
   */
  async subscribe(
    args: ExecutionArgs,
    options: { scope: string; shareable: boolean; handle: SubscriberHandle },
  ): Promise<Results | ExecutionResult> {
    const key = options.shareable
      ? JSON.stringify([options.scope, args.operationName ?? null, print(args.document), args.variableValues ?? {}])
      : undefined;
    // The map holds the start-up promise, so subscribers arriving while the first one's
    // source is being set up join it instead of starting executions of their own.
    let starting = key === undefined ? undefined : this.executions.get(key);
    if (!starting) {
      starting = this.start(args, key);
      if (key !== undefined) this.executions.set(key, starting);
    }
    const execution = await starting;
    if (!(execution instanceof SharedExecution)) return execution; // errors before the stream started
    const subscriber: Subscriber = new EventQueue<ExecutionResult>(this.maxQueued, {
      onOverflow: () => options.handle.onOverflow(),
      onEnd: () => execution.remove(subscriber),
    });
    execution.subscribers.add(subscriber);
    return subscriber;
  }

  /** Not `async`: `forget` compares the map's entry with this very promise (async would wrap it). */
  private start(args: ExecutionArgs, key: string | undefined): Promise<SharedExecution | ExecutionResult> {
    const forget = () => {
      if (key !== undefined && this.executions.get(key) === starting) this.executions.delete(key);
    };
    const starting = (async () => {
      const source = await subscribe(args).catch((error: unknown) => {
        forget();
        throw error;
      });
      if (!isAsyncGenerator(source)) {
        forget();
        return source;
      }
      const execution: SharedExecution = new SharedExecution(
        source,
        () => {
          this.running.delete(execution);
          forget();
        },
        () => (this.executedEvents += 1),
        this.onSourceError,
      );
      this.running.add(execution);
      void execution.pump();
      return execution;
    })();
    return starting;
  }

  stats(): MultiplexerStats {
    const running = [...this.running].map((execution) => ({
      subscribers: execution.subscribers.size,
      executedEvents: execution.executedEvents,
    }));
    const subscribers = running.reduce((sum, execution) => sum + execution.subscribers, 0);
    return { executions: running.length, subscribers, executedEvents: this.executedEvents, running };
  }
}

function isAsyncGenerator(value: unknown): value is AsyncGenerator<ExecutionResult> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
