// History (docs/data-model.md, "History"): party ties are ended, never deleted; exits are
// dated; a changed joinedAt keeps the old value in a JoinedAtChange, a changed participant
// status in a ParticipantStatusChange.
CREATE INDEX participant_exited_at IF NOT EXISTS FOR (n:Participant) ON (n.exitedAt);
CREATE CONSTRAINT joined_at_change_id IF NOT EXISTS FOR (n:JoinedAtChange) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT participant_status_change_id IF NOT EXISTS FOR (n:ParticipantStatusChange) REQUIRE n.id IS UNIQUE;
// Ties written before they carried a start: parties since their partnership started.
MATCH (:Participant)-[r:PARTY_TO]->(p:Partnership) WHERE r.addedAt IS NULL
CALL (r, p) { SET r.addedAt = coalesce(p.startedAt, p.createdAt) } IN TRANSACTIONS OF 10000 ROWS;
// Exits written before they were dated: the audited change to EXITED when the audit trail has
// one (its commit instant), else the participant's last update.
MATCH (n:Participant {status: 'EXITED'}) WHERE n.exitedAt IS NULL
OPTIONAL MATCH (e:AuditEntry {subjectId: n.id, operation: 'participantUpdate'})
  WHERE e.changes =~ '.*"status":\\{"before":"[A-Z_]+","after":"EXITED"\\}.*'
WITH n, max(e.at) AS audited
CALL (n, audited) { SET n.exitedAt = coalesce(audited, n.updatedAt) } IN TRANSACTIONS OF 10000 ROWS;
