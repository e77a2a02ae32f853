// The graph version: bumped by every write transaction (src/db/gateway.ts) so cached
// analytics know when the graph changed. One node, created here so writes only MATCH it.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE;
MERGE (v:GraphVersion {id: 'ecosystem'}) ON CREATE SET v.value = 0, v.changedAt = datetime();
