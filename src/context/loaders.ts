/**
 * Per-request DataLoaders, created lazily: one per node label and projection (by id) and one
 * per hop and argument set (page size, filter, order, cursor, projection), so siblings asking for the same page of
 * the same relation batch into a single round trip.
 */
import DataLoader from 'dataloader';
import type { HopSpec, NodeSpec } from '../db/node-spec';
import type { HopPage, NodeReader } from '../db/node-reader';
import type { NestedHop, PageQuery } from '../db/node-statements';
import type { Row } from '../db/values';

const MAX_BATCH = 1000;

export class Loaders {
  private readonly byLabel = new Map<string, DataLoader<string, Row | undefined>>();
  private readonly byHop = new Map<string, DataLoader<string, HopPage>>();

  constructor(private readonly reader: NodeReader) {}

  /**
   * Nodes of `spec` by id, reading the properties `select` names (all when absent): one loader
   * per projection, so a row read for one selection never answers a read that needs more.
   */
  node(spec: NodeSpec, select?: readonly string[]): DataLoader<string, Row | undefined> {
    const key = select ? `${spec.label}:${select.join(',')}` : spec.label;
    let loader = this.byLabel.get(key);
    if (!loader) {
      loader = new DataLoader((ids) => this.reader.byIds(spec, ids, select), { maxBatchSize: MAX_BATCH });
      this.byLabel.set(key, loader);
    }
    return loader;
  }

  /** Pages of `hop` by parent id; with `nested` hops, each item carries their pages too (lookahead). */
  hop(hop: HopSpec, query: PageQuery, nested: readonly NestedHop[] = []): DataLoader<string, HopPage> {
    const key = JSON.stringify([hop.name, query, nestedKey(nested)]);
    let loader = this.byHop.get(key);
    if (!loader) {
      loader = new DataLoader((parentIds) => this.reader.hop(hop, parentIds, query, nested), {
        maxBatchSize: MAX_BATCH,
      });
      this.byHop.set(key, loader);
    }
    return loader;
  }
}

/** What identifies nested hops in a loader key (their hop specs are named by their keys). */
function nestedKey(nested: readonly NestedHop[]): unknown[] {
  return nested.map((inner) => [inner.key, inner.query, nestedKey(inner.nested)]);
}
