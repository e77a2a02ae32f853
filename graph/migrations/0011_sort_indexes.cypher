// Indexes the name-ordered lists read their pages from (issue 13): ORDER BY name, id is
// answered from (name, id) in index order, so a page costs its rows instead of a label scan
// plus a sort of every node. The statements say `name IS NOT NULL AND id IS NOT NULL`
// (OrderRule.sortIndex in src/model/nodes.ts) so the planner may use them.
CREATE INDEX participant_name_id IF NOT EXISTS FOR (n:Participant) ON (n.name, n.id);
CREATE INDEX partnership_name_id IF NOT EXISTS FOR (n:Partnership) ON (n.name, n.id);
// Participants of a kind in a region (the explorer's usual filter): one seek on both instead
// of the kind index and a filter on region over every participant of that kind.
CREATE INDEX participant_kind_region_name IF NOT EXISTS FOR (n:Participant) ON (n.kind, n.region, n.name);
