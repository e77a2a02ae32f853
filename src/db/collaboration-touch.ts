/**
 * What a write may have changed in the collaboration graph C (src/kpi/collaboration-graph.ts):
 * the participants and partnerships whose ties, stage or status it wrote. A statement that
 * can change C declares it (`Statement.touches`); the gateway gathers a transaction's
 * declarations and stores them with its outbox entries, so the incremental KPIs re-read only
 * the ties of what a write touched (src/kpi/incremental/, docs/kpis.md "Incremental figures").
 *
 * A superset is always safe (more is re-read); a missing declaration would leave the
 * incremental figures wrong until the next full computation, which checks them
 * (KpiCache.verifyExact) and falls back to whole-graph reads when they differ.
 */
export interface CollaborationTouch {
  /** Participant ids (database ids) whose ties, existence or status the write may have changed. */
  participants?: readonly string[];
  /** Partnership ids whose parties or stage the write may have changed. */
  partnerships?: readonly string[];
  /** The write may have changed anything (bulk imports): re-read the whole graph. */
  all?: boolean;
}

/** A transaction's declarations, merged. */
export class TouchedSet {
  readonly participants = new Set<string>();
  readonly partnerships = new Set<string>();
  all = false;

  add(touch: CollaborationTouch | undefined): void {
    if (!touch) return;
    if (touch.all) this.all = true;
    for (const id of touch.participants ?? []) this.participants.add(id);
    for (const id of touch.partnerships ?? []) this.partnerships.add(id);
  }

  /** As stored on the outbox entries (outbox.queries.ts). */
  toParams(): { all: boolean; participants: string[]; partnerships: string[] } {
    return { all: this.all, participants: [...this.participants], partnerships: [...this.partnerships] };
  }
}
