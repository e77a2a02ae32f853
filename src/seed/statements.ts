/**
 * The Cypher behind every seed batch: one `UNWIND $rows AS row` statement per kind, labels
 * and property names fixed in the text, values only in parameters.
 *
 * Writes are MERGE-by-id (backed by the unique constraints) so that a batch the driver
 * retries after a lost commit acknowledgement does not duplicate anything. Each kind also
 * knows how many nodes and relationships of which label/type one row makes, which is what
 * the progress line and the final totals count.
 */
import type { BatchKind, RowsByKind } from './rows';
import { PARTY_TO } from '../model/party-tie';
import type { NodeLabel, RelationshipType } from './vocabulary';

export type GraphKey = NodeLabel | RelationshipType;
export type Tally = Partial<Record<GraphKey, number>>;

interface KindSpec<R> {
  cypher: string;
  tally(row: R): Tally;
}

type Specs = { [K in BatchKind]: KindSpec<RowsByKind[K]> };

/**
 * `n.a = row.a, n.b = datetime(row.b), n.c = toInteger(row.c)`: plain properties copied,
 * instants converted, and integers made INTEGER (JavaScript numbers travel as FLOAT).
 */
function assign(
  variable: string,
  source: string,
  plain: readonly string[],
  instants: readonly string[],
  integers: readonly string[] = [],
): string {
  return [
    ...plain.map((key) => `${variable}.${key} = ${source}.${key}`),
    ...instants.map((key) => `${variable}.${key} = datetime(${source}.${key})`),
    ...integers.map((key) => `${variable}.${key} = toInteger(${source}.${key})`),
  ].join(', ');
}

const STAMPS = ['createdAt', 'updatedAt'] as const;

/** MERGE a node by id and set its properties the first time. */
function mergeNode(
  label: NodeLabel,
  plain: readonly string[],
  instants: readonly string[],
  integers: readonly string[] = [],
): string {
  return `MERGE (n:${label} {id: row.id})\nON CREATE SET ${assign('n', 'row', plain, [...instants, ...STAMPS], integers)}`;
}

/** A node concerning one partnership: MATCH the partnership, MERGE the node and the link. */
function governance(label: NodeLabel, plain: readonly string[], instants: readonly string[], owned: boolean): string {
  const lines = [
    'UNWIND $rows AS row',
    'MATCH (p:Partnership {id: row.partnershipId})',
    mergeNode(label, plain, instants),
    'MERGE (n)-[:CONCERNS]->(p)',
  ];
  if (owned) {
    lines.push('WITH n, row', 'MATCH (t:TeamMember {id: row.ownerId})', 'MERGE (n)-[:OWNED_BY]->(t)');
  }
  return lines.join('\n');
}

export const SPECS: Specs = {
  TeamMember: {
    cypher: ['UNWIND $rows AS row', mergeNode('TeamMember', ['name', 'role', 'email'], [])].join('\n'),
    tally: () => ({ TeamMember: 1 }),
  },
  Committee: {
    cypher: [
      'UNWIND $rows AS row',
      mergeNode('Committee', ['name', 'kind'], []),
      'WITH n, row',
      'UNWIND row.memberIds AS memberId',
      'MATCH (t:TeamMember {id: memberId})',
      'MERGE (t)-[:MEMBER_OF]->(n)',
    ].join('\n'),
    tally: (row) => ({ Committee: 1, MEMBER_OF: row.memberIds.length }),
  },
  Policy: {
    cypher: ['UNWIND $rows AS row', mergeNode('Policy', ['title', 'area', 'status'], ['effectiveAt'])].join('\n'),
    tally: () => ({ Policy: 1 }),
  },
  Participant: {
    cypher: [
      'UNWIND $rows AS row',
      mergeNode(
        'Participant',
        ['name', 'kind', 'sector', 'region', 'tier', 'status', 'externalId'],
        ['joinedAt', 'exitedAt'],
      ),
    ].join('\n'),
    tally: () => ({ Participant: 1 }),
  },
  Partnership: {
    cypher: [
      'UNWIND $rows AS row',
      mergeNode('Partnership', ['name', 'type', 'subtype', 'stage', 'strategicAlignment'], ['startedAt', 'endsAt']),
      'WITH n, row',
      'CALL (n, row) {',
      '  UNWIND row.parties AS party',
      '  MATCH (a:Participant {id: party.participantId})',
      // The demo's parties are parties from the partnership's start (ties never end in it).
      `  MERGE (a)-[r:${PARTY_TO}]->(n)`,
      '  ON CREATE SET r.role = party.role, r.addedAt = n.startedAt',
      '}',
      'CALL (n, row) {',
      '  UNWIND row.ownerIds AS ownerId',
      '  MATCH (t:TeamMember {id: ownerId})',
      '  MERGE (t)-[:OWNS]->(n)',
      '}',
    ].join('\n'),
    tally: (row) => ({ Partnership: 1, PARTY_TO: row.parties.length, OWNS: row.ownerIds.length }),
  },
  StageChange: {
    cypher: [
      'UNWIND $rows AS row',
      'MATCH (p:Partnership {id: row.partnershipId})',
      mergeNode('StageChange', ['from', 'to', 'reason', 'by'], ['at']),
      'MERGE (p)-[:HAD_STAGE]->(n)',
    ].join('\n'),
    tally: () => ({ StageChange: 1, HAD_STAGE: 1 }),
  },
  Agreement: {
    cypher: governance('Agreement', ['title', 'kind', 'status'], ['signedAt', 'expiresAt'], false),
    tally: () => ({ Agreement: 1, CONCERNS: 1 }),
  },
  ComplianceCheck: {
    cypher: governance('ComplianceCheck', ['kind', 'status'], ['checkedAt'], true),
    tally: () => ({ ComplianceCheck: 1, CONCERNS: 1, OWNED_BY: 1 }),
  },
  Risk: {
    cypher: governance('Risk', ['title', 'category', 'severity', 'likelihood', 'status'], ['raisedAt', 'dueAt'], true),
    tally: () => ({ Risk: 1, CONCERNS: 1, OWNED_BY: 1 }),
  },
  Decision: {
    cypher: governance('Decision', ['title', 'outcome', 'rationale'], ['decidedAt'], true),
    tally: () => ({ Decision: 1, CONCERNS: 1, OWNED_BY: 1 }),
  },
  Conflict: {
    cypher: governance('Conflict', ['title', 'status'], ['openedAt', 'resolvedAt'], false),
    tally: () => ({ Conflict: 1, CONCERNS: 1 }),
  },
  APPLIES_TO: {
    cypher: [
      'UNWIND $rows AS row',
      'MATCH (policy:Policy {id: row.fromId}), (p:Partnership {id: row.toId})',
      'MERGE (policy)-[:APPLIES_TO]->(p)',
    ].join('\n'),
    tally: () => ({ APPLIES_TO: 1 }),
  },
  OVERSEES: {
    cypher: [
      'UNWIND $rows AS row',
      'MATCH (c:Committee {id: row.fromId}), (p:Partnership {id: row.toId})',
      'MERGE (c)-[:OVERSEES]->(p)',
    ].join('\n'),
    tally: () => ({ OVERSEES: 1 }),
  },
  Initiative: {
    cypher: [
      'UNWIND $rows AS row',
      'MATCH (p:Partnership {id: row.partnershipId})',
      mergeNode('Initiative', ['name', 'kind', 'status'], ['startsAt', 'endsAt']),
      'MERGE (n)-[:UNDER]->(p)',
      'WITH n, row',
      'UNWIND row.contributors AS contributor',
      'MATCH (a:Participant {id: contributor.participantId})',
      'MERGE (a)-[r:CONTRIBUTES_TO]->(n)',
      'ON CREATE SET r.role = contributor.role',
    ].join('\n'),
    tally: (row) => ({ Initiative: 1, UNDER: 1, CONTRIBUTES_TO: row.contributors.length }),
  },
  Goal: {
    cypher: [
      'UNWIND $rows AS row',
      'MATCH (t:TeamMember {id: row.ownerId})',
      mergeNode('Goal', ['title', 'horizon', 'metric', 'target', 'actual'], ['due']),
      'MERGE (n)-[:OWNED_BY]->(t)',
      'WITH n, row',
      'CALL (n, row) {',
      // Ecosystem goals have no partnership: an empty list skips the FOR link.
      '  UNWIND CASE WHEN row.partnershipId IS NULL THEN [] ELSE [row.partnershipId] END AS partnershipId',
      '  MATCH (p:Partnership {id: partnershipId})',
      '  MERGE (n)-[:FOR]->(p)',
      '}',
      'CALL (n, row) {',
      '  UNWIND row.progress AS progress',
      '  MERGE (g:GoalProgress {id: progress.id})',
      `  ON CREATE SET ${assign('g', 'progress', ['value', 'note'], ['at', ...STAMPS])}`,
      '  MERGE (n)-[:HAD_PROGRESS]->(g)',
      '}',
    ].join('\n'),
    tally: (row) => ({
      Goal: 1,
      OWNED_BY: 1,
      FOR: row.partnershipId === null ? 0 : 1,
      GoalProgress: row.progress.length,
      HAD_PROGRESS: row.progress.length,
    }),
  },
  Survey: {
    cypher: [
      'UNWIND $rows AS row',
      'MATCH (p:Partnership {id: row.partnershipId}), (a:Participant {id: row.participantId})',
      mergeNode('Survey', ['comment'], ['at'], ['score']),
      'MERGE (a)-[:RATED]->(n)',
      'MERGE (n)-[:OF]->(p)',
    ].join('\n'),
    tally: () => ({ Survey: 1, RATED: 1, OF: 1 }),
  },
  Interaction: {
    cypher: [
      'UNWIND $rows AS row',
      'MATCH (p:Partnership {id: row.partnershipId})',
      mergeNode('Interaction', ['kind', 'weight', 'note'], ['at']),
      'MERGE (n)-[:WITHIN]->(p)',
      'WITH n, row',
      'UNWIND row.participantIds AS participantId',
      'MATCH (a:Participant {id: participantId})',
      'MERGE (a)-[:ENGAGED_IN]->(n)',
    ].join('\n'),
    tally: (row) => ({ Interaction: 1, WITHIN: 1, ENGAGED_IN: row.participantIds.length }),
  },
  VALUE_FLOW: {
    cypher: [
      'UNWIND $rows AS row',
      'MATCH (a:Participant {id: row.fromId}), (b:Participant {id: row.toId})',
      'MERGE (a)-[r:VALUE_FLOW {id: row.id}]->(b)',
      `ON CREATE SET ${assign('r', 'row', ['kind', 'amount', 'currency', 'partnershipId'], ['at', ...STAMPS])}`,
    ].join('\n'),
    tally: () => ({ VALUE_FLOW: 1 }),
  },
};

/** The kinds in flush order: every kind only MATCHes nodes of kinds before it. */
export const BATCH_KINDS = Object.keys(SPECS) as BatchKind[];
