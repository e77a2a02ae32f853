// Import keys (docs/import.md): every importable kind is found by its externalId — the id in the
// system the record came from — so a re-import updates instead of duplicating. Participants have
// had theirs since 0002; the other kinds get the same unique constraint (which is also the index
// each batch's key lookup uses). No stored record of these kinds had an externalId before.
CREATE CONSTRAINT team_member_external_id IF NOT EXISTS FOR (n:TeamMember) REQUIRE n.externalId IS UNIQUE;
CREATE CONSTRAINT partnership_external_id IF NOT EXISTS FOR (n:Partnership) REQUIRE n.externalId IS UNIQUE;
CREATE CONSTRAINT interaction_external_id IF NOT EXISTS FOR (n:Interaction) REQUIRE n.externalId IS UNIQUE;
CREATE CONSTRAINT initiative_external_id IF NOT EXISTS FOR (n:Initiative) REQUIRE n.externalId IS UNIQUE;
CREATE CONSTRAINT goal_external_id IF NOT EXISTS FOR (n:Goal) REQUIRE n.externalId IS UNIQUE;
CREATE CONSTRAINT value_flow_external_id IF NOT EXISTS FOR ()-[r:VALUE_FLOW]-() REQUIRE r.externalId IS UNIQUE;
