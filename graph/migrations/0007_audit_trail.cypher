// Audit trail: one AuditEntry per committed mutation transaction (src/audit), written in the
// same transaction as the change. Queried newest first, by actor, operation or subject.
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at);
CREATE INDEX audit_entry_actor IF NOT EXISTS FOR (n:AuditEntry) ON (n.actor);
CREATE INDEX audit_entry_subject IF NOT EXISTS FOR (n:AuditEntry) ON (n.subjectId);
