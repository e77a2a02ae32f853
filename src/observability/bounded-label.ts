/**
 * Keeps a metric label's cardinality bounded: each series costs memory in this process and in
 * Prometheus, and label values such as operation names come from clients.
 */
export class BoundedLabel {
  private readonly admitted = new Set<string>();

  constructor(
    private readonly max: number,
    private readonly overflow = 'other',
  ) {}

  /** The value itself while fewer than `max` distinct values were seen (or it is one of them), else `overflow`. */
  of(value: string): string {
    if (this.admitted.has(value)) return value;
    if (this.admitted.size >= this.max) return this.overflow;
    this.admitted.add(value);
    return value;
  }
}
