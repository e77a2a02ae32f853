// The transactional outbox (docs/subscriptions.md): every write transaction of a mutation
// appends its domain events as OutboxEvent nodes, numbered by GraphVersion.sequence under the
// version node's lock, so sequence order is commit order. Entries are the append-only record
// of what changed: nothing deletes them.
CREATE CONSTRAINT outbox_event_sequence IF NOT EXISTS FOR (n:OutboxEvent) REQUIRE n.sequence IS UNIQUE;
CREATE INDEX outbox_event_at IF NOT EXISTS FOR (n:OutboxEvent) ON (n.at);
MATCH (v:GraphVersion {id: 'ecosystem'}) WHERE v.sequence IS NULL SET v.sequence = 0;
