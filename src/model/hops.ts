/**
 * Every relationship hop the API can walk, declared once. Each hop is loaded through one
 * DataLoader per request (src/context/loaders.ts): one round trip per nesting level.
 * `parent` is the node we come from, `n` the related node, `r` the relationship when its
 * properties are returned.
 */
import type { HopSpec, NodeSpec } from '../db/node-spec';
import * as N from './nodes';
import { currentTie } from './party-tie';

function hop(name: string, parent: NodeSpec, pattern: string, child: NodeSpec, edgeProperties?: string[]): HopSpec {
  return { name, parentLabel: parent.label, pattern, child, edgeProperties };
}

// Participant →
export const PARTICIPANT_PARTNERSHIPS = hop(
  'Participant.partnerships',
  N.PARTICIPANT,
  `(parent)-${currentTie('r')}->(n:Partnership)`,
  N.PARTNERSHIP,
  ['role'],
);
export const PARTICIPANT_INTERACTIONS = hop(
  'Participant.interactions',
  N.PARTICIPANT,
  '(parent)-[:ENGAGED_IN]->(n:Interaction)',
  N.INTERACTION,
);
export const PARTICIPANT_INITIATIVES = hop(
  'Participant.initiatives',
  N.PARTICIPANT,
  '(parent)-[r:CONTRIBUTES_TO]->(n:Initiative)',
  N.INITIATIVE,
  ['role'],
);
export const PARTICIPANT_SURVEYS = hop('Participant.surveys', N.PARTICIPANT, '(parent)-[:RATED]->(n:Survey)', N.SURVEY);

// Partnership →
export const PARTNERSHIP_PARTIES = hop(
  'Partnership.parties',
  N.PARTNERSHIP,
  `(parent)<-${currentTie('r')}-(n:Participant)`,
  N.PARTICIPANT,
  ['role', 'addedAt'],
);
export const PARTNERSHIP_STAGE_HISTORY = hop(
  'Partnership.stageHistory',
  N.PARTNERSHIP,
  '(parent)-[:HAD_STAGE]->(n:StageChange)',
  N.STAGE_CHANGE,
);
export const PARTNERSHIP_INTERACTIONS = hop(
  'Partnership.interactions',
  N.PARTNERSHIP,
  '(parent)<-[:WITHIN]-(n:Interaction)',
  N.INTERACTION,
);
export const PARTNERSHIP_INITIATIVES = hop(
  'Partnership.initiatives',
  N.PARTNERSHIP,
  '(parent)<-[:UNDER]-(n:Initiative)',
  N.INITIATIVE,
);
export const PARTNERSHIP_OWNERS = hop(
  'Partnership.owners',
  N.PARTNERSHIP,
  '(parent)<-[:OWNS]-(n:TeamMember)',
  N.TEAM_MEMBER,
);
export const PARTNERSHIP_AGREEMENTS = hop(
  'Partnership.agreements',
  N.PARTNERSHIP,
  '(parent)<-[:CONCERNS]-(n:Agreement)',
  N.AGREEMENT,
);
export const PARTNERSHIP_RISKS = hop('Partnership.risks', N.PARTNERSHIP, '(parent)<-[:CONCERNS]-(n:Risk)', N.RISK);
export const PARTNERSHIP_DECISIONS = hop(
  'Partnership.decisions',
  N.PARTNERSHIP,
  '(parent)<-[:CONCERNS]-(n:Decision)',
  N.DECISION,
);
export const PARTNERSHIP_CONFLICTS = hop(
  'Partnership.conflicts',
  N.PARTNERSHIP,
  '(parent)<-[:CONCERNS]-(n:Conflict)',
  N.CONFLICT,
);
export const PARTNERSHIP_COMPLIANCE_CHECKS = hop(
  'Partnership.complianceChecks',
  N.PARTNERSHIP,
  '(parent)<-[:CONCERNS]-(n:ComplianceCheck)',
  N.COMPLIANCE_CHECK,
);
export const PARTNERSHIP_POLICIES = hop(
  'Partnership.policies',
  N.PARTNERSHIP,
  '(parent)<-[:APPLIES_TO]-(n:Policy)',
  N.POLICY,
);
export const PARTNERSHIP_COMMITTEES = hop(
  'Partnership.committees',
  N.PARTNERSHIP,
  '(parent)<-[:OVERSEES]-(n:Committee)',
  N.COMMITTEE,
);
export const PARTNERSHIP_GOALS = hop('Partnership.goals', N.PARTNERSHIP, '(parent)<-[:FOR]-(n:Goal)', N.GOAL);
export const PARTNERSHIP_SURVEYS = hop('Partnership.surveys', N.PARTNERSHIP, '(parent)<-[:OF]-(n:Survey)', N.SURVEY);

// Interaction →
export const INTERACTION_PARTICIPANTS = hop(
  'Interaction.participants',
  N.INTERACTION,
  '(parent)<-[:ENGAGED_IN]-(n:Participant)',
  N.PARTICIPANT,
);
export const INTERACTION_PARTNERSHIP = hop(
  'Interaction.partnership',
  N.INTERACTION,
  '(parent)-[:WITHIN]->(n:Partnership)',
  N.PARTNERSHIP,
);

// Initiative →
export const INITIATIVE_CONTRIBUTORS = hop(
  'Initiative.contributors',
  N.INITIATIVE,
  '(parent)<-[r:CONTRIBUTES_TO]-(n:Participant)',
  N.PARTICIPANT,
  ['role'],
);
export const INITIATIVE_PARTNERSHIP = hop(
  'Initiative.partnership',
  N.INITIATIVE,
  '(parent)-[:UNDER]->(n:Partnership)',
  N.PARTNERSHIP,
);

// Team →
export const TEAM_MEMBER_PARTNERSHIPS = hop(
  'TeamMember.ownedPartnerships',
  N.TEAM_MEMBER,
  '(parent)-[:OWNS]->(n:Partnership)',
  N.PARTNERSHIP,
);
export const TEAM_MEMBER_COMMITTEES = hop(
  'TeamMember.committees',
  N.TEAM_MEMBER,
  '(parent)-[:MEMBER_OF]->(n:Committee)',
  N.COMMITTEE,
);
export const COMMITTEE_MEMBERS = hop(
  'Committee.members',
  N.COMMITTEE,
  '(parent)<-[:MEMBER_OF]-(n:TeamMember)',
  N.TEAM_MEMBER,
);
export const COMMITTEE_PARTNERSHIPS = hop(
  'Committee.partnerships',
  N.COMMITTEE,
  '(parent)-[:OVERSEES]->(n:Partnership)',
  N.PARTNERSHIP,
);
export const POLICY_PARTNERSHIPS = hop(
  'Policy.partnerships',
  N.POLICY,
  '(parent)-[:APPLIES_TO]->(n:Partnership)',
  N.PARTNERSHIP,
);

export const SURVEY_PARTICIPANT = hop(
  'Survey.participant',
  N.SURVEY,
  '(parent)<-[:RATED]-(n:Participant)',
  N.PARTICIPANT,
);

// Goals →
export const GOAL_PROGRESS = hop(
  'Goal.progress',
  N.GOAL,
  '(parent)-[:HAD_PROGRESS]->(n:GoalProgress)',
  N.GOAL_PROGRESS,
);

/** The partnership a governance record, goal or survey concerns (to-one). */
export function partnershipOf(parent: NodeSpec, rel: string): HopSpec {
  return hop(`${parent.label}.partnership`, parent, `(parent)-[:${rel}]->(n:Partnership)`, N.PARTNERSHIP);
}

/** The team member owning a risk, decision, compliance check or goal (to-one). */
export function ownerOf(parent: NodeSpec): HopSpec {
  return hop(`${parent.label}.owner`, parent, '(parent)-[:OWNED_BY]->(n:TeamMember)', N.TEAM_MEMBER);
}
