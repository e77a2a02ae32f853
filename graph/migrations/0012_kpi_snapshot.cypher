// The persisted KPI snapshot (docs/kpis.md, "Cold reads and restarts"): one node holding the
// last computed structural KPIs, so a restarted API answers from it instead of starting cold.
// Bookkeeping derived from the data: writing it does not move the graph version.
CREATE CONSTRAINT kpi_snapshot_id IF NOT EXISTS FOR (n:KpiSnapshot) REQUIRE n.id IS UNIQUE;
