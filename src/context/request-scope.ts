/**
 * Everything a request caches, in one object on the request context (`ctx.scope`): one clock
 * reading, so every default window in one response is the same window; memos (the graph
 * version and the KPI read, each read once per response); and the DataLoaders — per node
 * label and hop, and keyed ones for KPIs and relationships. A subscription's context lives
 * across events: its scope is replaced as a whole before each event, so nothing one event
 * read answers the next.
 */
import DataLoader from 'dataloader';
import type { NodeReader } from '../db/node-reader';
import { Loaders } from './loaders';

const MAX_BATCH = 1000;

export class RequestScope {
  /** Node and hop loaders (src/db/node-reader). */
  readonly nodes: Loaders;
  private readonly memos = new Map<string, Promise<unknown>>();
  private readonly keyed = new Map<string, DataLoader<string, unknown>>();
  private readonly perField = new WeakMap<object, unknown>();

  constructor(
    /** "Now" for this request (or subscription event): read once, reused by every field. */
    readonly now: Date,
    reader: NodeReader,
  ) {
    this.nodes = new Loaders(reader);
  }

  /** `compute()` once per scope for `key`; every later call gets the same promise. */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    let memo = this.memos.get(key);
    if (!memo) {
      memo = compute();
      this.memos.set(key, memo);
    }
    return memo as Promise<T>;
  }

  /**
   * `compute()` once per field of the request's document: `fieldNodes` (a resolver's
   * `info.fieldNodes`) is one array for every object of a list, so what a selection implies
   * (projection, lookahead) is worked out once, not once per item.
   */
  forField<T>(fieldNodes: object, compute: () => T): T {
    if (this.perField.has(fieldNodes)) return this.perField.get(fieldNodes) as T;
    const value = compute();
    this.perField.set(fieldNodes, value);
    return value;
  }

  /**
   * The loader for `key` (e.g. a KPI and its arguments), created on first use: fields of one
   * response asking for the same thing share one batch, one round trip.
   */
  loader<V>(key: string, batch: (ids: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.keyed.get(key);
    if (!loader) {
      loader = new DataLoader<string, unknown>(batch, { maxBatchSize: MAX_BATCH });
      this.keyed.set(key, loader);
    }
    return loader as DataLoader<string, V>;
  }
}
