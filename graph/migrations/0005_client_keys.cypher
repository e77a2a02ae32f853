// Client keys (idempotency) for every create-style mutation of the domain API: a retried
// request with the same key finds what the first attempt made instead of doubling it.
CREATE CONSTRAINT partnership_client_key IF NOT EXISTS FOR (n:Partnership) REQUIRE n.clientKey IS UNIQUE;
CREATE CONSTRAINT stage_change_client_key IF NOT EXISTS FOR (n:StageChange) REQUIRE n.clientKey IS UNIQUE;
CREATE CONSTRAINT interaction_client_key IF NOT EXISTS FOR (n:Interaction) REQUIRE n.clientKey IS UNIQUE;
CREATE CONSTRAINT initiative_client_key IF NOT EXISTS FOR (n:Initiative) REQUIRE n.clientKey IS UNIQUE;
CREATE CONSTRAINT agreement_client_key IF NOT EXISTS FOR (n:Agreement) REQUIRE n.clientKey IS UNIQUE;
CREATE CONSTRAINT policy_client_key IF NOT EXISTS FOR (n:Policy) REQUIRE n.clientKey IS UNIQUE;
CREATE CONSTRAINT risk_client_key IF NOT EXISTS FOR (n:Risk) REQUIRE n.clientKey IS UNIQUE;
CREATE CONSTRAINT decision_client_key IF NOT EXISTS FOR (n:Decision) REQUIRE n.clientKey IS UNIQUE;
CREATE CONSTRAINT conflict_client_key IF NOT EXISTS FOR (n:Conflict) REQUIRE n.clientKey IS UNIQUE;
CREATE CONSTRAINT compliance_check_client_key IF NOT EXISTS FOR (n:ComplianceCheck) REQUIRE n.clientKey IS UNIQUE;
CREATE CONSTRAINT committee_client_key IF NOT EXISTS FOR (n:Committee) REQUIRE n.clientKey IS UNIQUE;
CREATE CONSTRAINT team_member_client_key IF NOT EXISTS FOR (n:TeamMember) REQUIRE n.clientKey IS UNIQUE;
CREATE CONSTRAINT goal_client_key IF NOT EXISTS FOR (n:Goal) REQUIRE n.clientKey IS UNIQUE;
CREATE CONSTRAINT goal_progress_client_key IF NOT EXISTS FOR (n:GoalProgress) REQUIRE n.clientKey IS UNIQUE;
CREATE CONSTRAINT survey_client_key IF NOT EXISTS FOR (n:Survey) REQUIRE n.clientKey IS UNIQUE;
CREATE CONSTRAINT value_flow_client_key IF NOT EXISTS FOR ()-[r:VALUE_FLOW]-() REQUIRE r.clientKey IS UNIQUE;
// Team members are identified by e-mail: the plain index becomes a uniqueness constraint.
DROP INDEX team_member_email IF EXISTS;
CREATE CONSTRAINT team_member_email IF NOT EXISTS FOR (n:TeamMember) REQUIRE n.email IS UNIQUE;
// Corrections: hidden superseded events are filtered on these.
CREATE INDEX interaction_corrected_by IF NOT EXISTS FOR (n:Interaction) ON (n.correctedBy);
CREATE INDEX value_flow_corrected_by IF NOT EXISTS FOR ()-[r:VALUE_FLOW]-() ON (r.correctedBy);
