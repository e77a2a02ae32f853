// Create mutations accept a client key: a retried request finds the node it already made.
// Unique constraints (nulls allowed) make a concurrent duplicate fail instead of doubling.
CREATE CONSTRAINT participant_client_key IF NOT EXISTS FOR (n:Participant) REQUIRE n.clientKey IS UNIQUE;
// External ids come from CRM / CSV imports and identify a participant across systems.
CREATE CONSTRAINT participant_external_id IF NOT EXISTS FOR (n:Participant) REQUIRE n.externalId IS UNIQUE;
