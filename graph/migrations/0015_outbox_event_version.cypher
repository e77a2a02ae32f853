// The incremental KPIs read what each graph version touched in the collaboration graph from
// the outbox entries of that version (src/kpi/incremental/collaboration-delta.queries.ts): a
// range seek on the version instead of a scan of the whole outbox.
CREATE INDEX outbox_event_version IF NOT EXISTS FOR (n:OutboxEvent) ON (n.version);
