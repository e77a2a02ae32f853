// Import keys for the rest of the exchange model (docs/import.md): stage changes, governance
// records, goal progress and surveys are imported and exported too (a whole ecosystem round
// trips), each found by its externalId like the kinds of 0013.
CREATE CONSTRAINT stage_change_external_id IF NOT EXISTS FOR (n:StageChange) REQUIRE n.externalId IS UNIQUE;
CREATE CONSTRAINT committee_external_id IF NOT EXISTS FOR (n:Committee) REQUIRE n.externalId IS UNIQUE;
CREATE CONSTRAINT policy_external_id IF NOT EXISTS FOR (n:Policy) REQUIRE n.externalId IS UNIQUE;
CREATE CONSTRAINT agreement_external_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.externalId IS UNIQUE;
CREATE CONSTRAINT compliance_check_external_id IF NOT EXISTS FOR (n:ComplianceCheck) REQUIRE n.externalId IS UNIQUE;
CREATE CONSTRAINT risk_external_id IF NOT EXISTS FOR (n:Risk) REQUIRE n.externalId IS UNIQUE;
CREATE CONSTRAINT decision_external_id IF NOT EXISTS FOR (n:Decision) REQUIRE n.externalId IS UNIQUE;
CREATE CONSTRAINT conflict_external_id IF NOT EXISTS FOR (n:Conflict) REQUIRE n.externalId IS UNIQUE;
CREATE CONSTRAINT goal_progress_external_id IF NOT EXISTS FOR (n:GoalProgress) REQUIRE n.externalId IS UNIQUE;
CREATE CONSTRAINT survey_external_id IF NOT EXISTS FOR (n:Survey) REQUIRE n.externalId IS UNIQUE;
