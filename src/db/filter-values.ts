/**
 * The process's list of the values stored for each filterable text field, folded
 * (text-fold.ts), filed under the graph version it was read at. Filters turn what the user
 * typed into exact stored values with it, so the statements keep their equality and IN
 * predicates and the planner its index seeks (test/integration/index-plans.test.ts), and a
 * filtered request costs no extra round trip while the graph does not change.
 *
 * When the list is read again:
 * - the process heard of a newer graph version: every committed change reaches the relay's
 *   bus as events carrying it (this replica's own at commit, others' through Redis or the
 *   outbox poll), so the first filtered request after a write reads the list again;
 * - a typed value matches nothing: before answering "no such value" the graph version is read,
 *   and the list again if it moved, so a value written a moment ago anywhere is found;
 * - a list older than REVALIDATE_MS has the version checked in the background, for changes
 *   no event announces (a seed or import run straight against the database).
 * Reads are process work shared by every request waiting for them (one in flight), like the
 * KPI computations, not a round trip of each request.
 */
import type { Gateway } from './gateway';
import { READ_GRAPH_VERSION } from './gateway';
import { LatestRead } from '../core/latest-read';
import { canonicalValues, foldValues, type Canonical, type FoldedValues } from '../core/text-fold';
import { readFilterValues, VALUE_FIELDS, type ValueField } from './filter-values.queries';

/** How old a list may get before a request has its version checked in the background. */
export const REVALIDATE_MS = 10_000;

interface Snapshot {
  version: number;
  fields: Record<ValueField, FoldedValues>;
  /** When its version was last confirmed current (performance.now()). */
  checkedAt: number;
}

export interface Resolved extends Canonical {
  /** Every stored value of the field by fold (for suggestions). */
  known: FoldedValues;
}

export class FilterValues {
  private snapshot: Snapshot | undefined;
  private loading: Promise<Snapshot> | undefined;
  /** The newest graph version this process has heard of. */
  private newest = 0;
  private readonly version: LatestRead<number>;
  private revalidating = false;

  constructor(
    private readonly gateway: Gateway,
    private readonly onBackgroundError: (error: unknown) => void = () => undefined,
  ) {
    this.version = new LatestRead(async () => {
      const [row] = await this.gateway.readRows(READ_GRAPH_VERSION);
      return Number(row?.version ?? 0);
    });
  }

  /** A graph version seen elsewhere (an event): a list older than it is read again before use. */
  noteVersion(version: number): void {
    if (version > this.newest) this.newest = version;
  }

  /** What `typed` stands for among the stored values of `field`. */
  async resolve(field: ValueField, typed: readonly string[]): Promise<Resolved> {
    let snapshot = await this.current();
    let result = canonicalValues(snapshot.fields[field], typed);
    if (result.unknown.length > 0) {
      // Perhaps written since the list was read: look before saying it does not exist.
      this.noteVersion(await this.version.get());
      if (this.newest > snapshot.version) {
        snapshot = await this.current();
        result = canonicalValues(snapshot.fields[field], typed);
      } else {
        snapshot.checkedAt = performance.now();
      }
    }
    this.revalidateIfOld(snapshot);
    return { ...result, known: snapshot.fields[field] };
  }

  /** The list at the newest version heard of (read again at most twice while writes go on). */
  private async current(): Promise<Snapshot> {
    for (let attempt = 0; ; attempt += 1) {
      const snapshot = this.snapshot;
      if (snapshot && (snapshot.version >= this.newest || attempt >= 2)) return snapshot;
      this.loading ??= this.load().finally(() => {
        this.loading = undefined;
      });
      await this.loading;
    }
  }

  private async load(): Promise<Snapshot> {
    const [row] = await this.gateway.readRows(readFilterValues());
    const version = Number(row?.version ?? 0);
    const fields = Object.fromEntries(
      VALUE_FIELDS.map((field) => [field, foldValues((row?.[field] as unknown[] | undefined) ?? [])]),
    ) as Record<ValueField, FoldedValues>;
    const snapshot: Snapshot = { version, fields, checkedAt: performance.now() };
    // A slower read that started earlier must not replace a newer list.
    if (!this.snapshot || this.snapshot.version <= version) this.snapshot = snapshot;
    this.noteVersion(version);
    return snapshot;
  }

  private revalidateIfOld(snapshot: Snapshot): void {
    if (this.revalidating || performance.now() - snapshot.checkedAt < REVALIDATE_MS) return;
    this.revalidating = true;
    this.version
      .get()
      .then((version) => {
        this.noteVersion(version);
        snapshot.checkedAt = performance.now();
      }, this.onBackgroundError)
      .finally(() => {
        this.revalidating = false;
      });
  }
}
