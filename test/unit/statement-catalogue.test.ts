/**
 * Snapshots of the statement builders no other snapshot test covers by name: the generic node
 * and relationship reads, the audit trail, exploration, search and the window aggregates.
 */
import { recordAudit, snapshotOf } from '../../src/audit-trail/audit.queries';
import { countNodes, hopPages, listNodes, nodesByIds } from '../../src/db/node-statements';
import { PARTICIPANT_PARTNERSHIPS } from '../../src/model/hops';
import { PARTICIPANT, PARTNERSHIP } from '../../src/model/nodes';
import { COLLABORATION_EDGES } from '../../src/kpi/collaboration-graph';
import { LOAD_KPI_SNAPSHOT, saveKpiSnapshot } from '../../src/kpi/kpi-snapshot.queries';
import { ecosystemEngagement, engagementPeriods } from '../../src/modules/analytics/engagement.queries';
import { windowAggregates } from '../../src/modules/analytics/window-aggregates';
import * as exploration from '../../src/modules/exploration/exploration.queries';
import { searchStatement, SearchableType } from '../../src/modules/exploration/search';
import { addProgress } from '../../src/modules/goal/goal.queries';
import { createConcerning, updateRecord } from '../../src/modules/governance/shared/record.queries';
import { RISK } from '../../src/model/nodes';
import {
  countRelationships,
  listRelationships,
  relationshipHopPages,
  relationshipsByIds,
} from '../../src/modules/value-flow/relationship.queries';
import { PARTNERSHIP_VALUE_FLOWS, VALUE_FLOW } from '../../src/modules/value-flow/value-flow.relationship';

const window = { from: new Date('2026-01-01T00:00:00.000Z'), to: new Date('2026-04-01T00:00:00.000Z') };
const page = { order: 'NAME', direction: 'ASC' as const, limit: 11 };
const ties = {
  partnershipTypes: ['BUSINESS'],
  partnershipStages: null,
  includeTerminated: false,
  participantKinds: null,
};
const since = new Date('2026-03-01T00:00:00.000Z');

describe('statement catalogue', () => {
  it.each([
    ['snapshotOf', () => snapshotOf('Risk', 'r-1')],
    [
      'recordAudit',
      () =>
        recordAudit({
          actor: 'u-1',
          actorRole: 'ADMIN',
          operation: 'riskUpdate',
          subjectType: 'Risk',
          subjectId: 'r-1',
          input: '{}',
          changes: null,
        }),
    ],
    ['listNodes', () => listNodes(PARTICIPANT, { ...page, filter: { kind: ['COMPANY'] } })],
    ['countNodes', () => countNodes(PARTICIPANT, { kind: ['COMPANY'] })],
    ['partnerships of a party (listNodes)', () => listNodes(PARTNERSHIP, { ...page, filter: { party: 'a' } })],
    [
      'participants exited in a window (countNodes)',
      () => countNodes(PARTICIPANT, { exitedFrom: since, exitedBefore: window.to }),
    ],
    ['COLLABORATION_EDGES', () => COLLABORATION_EDGES],
    [
      'saveKpiSnapshot',
      () =>
        saveKpiSnapshot({
          version: 7,
          engine: 'graphology',
          computedAt: new Date('2026-03-01T00:00:00.000Z'),
          elapsedMs: 12.5,
          format: 1,
          payload: new Int8Array([1, 2, 3]),
        }),
    ],
    ['LOAD_KPI_SNAPSHOT', () => LOAD_KPI_SNAPSHOT],
    ['nodesByIds', () => nodesByIds(PARTICIPANT, ['a', 'b'])],
    ['hopPages', () => hopPages(PARTICIPANT_PARTNERSHIPS, ['a', 'b'], page)],
    ['windowAggregates', () => windowAggregates(window)],
    ['ecosystemEngagement', () => ecosystemEngagement(window)],
    ['engagementPeriods', () => engagementPeriods(window, 'week')],
    ['collaborationTies', () => exploration.collaborationTies(['a'], ties, 50, since)],
    ['participantsById', () => exploration.participantsById(['a', 'b'])],
    ['shortestCollaborationPath', () => exploration.shortestCollaborationPath('a', 'b', 3, ties)],
    [
      'subgraphParticipants',
      () => exploration.subgraphParticipants({ ...ties, sectors: null, regions: ['Europe'] }, 200),
    ],
    ['tiesAmong', () => exploration.tiesAmong(['a', 'b'], ties, 500, since)],
    ['searchStatement', () => searchStatement('acme', [SearchableType.PARTICIPANT, SearchableType.PARTNERSHIP], 10)],
    ['addProgress', () => addProgress('g-1', 'p-1', 'key-12345', { amount: 2, note: null })],
    [
      'createConcerning',
      () =>
        createConcerning(RISK, {
          id: 'r-1',
          clientKey: null,
          partnershipId: 'p-1',
          ownerId: 't-1',
          fields: { title: 'Vendor lock-in', severity: 'HIGH' },
          instants: { raisedAt: '2026-01-01T00:00:00.000Z', dueAt: null },
        }),
    ],
    ['updateRecord', () => updateRecord(RISK, 'r-1', { severity: 'LOW' }, { dueAt: '2026-05-01T00:00:00.000Z' })],
    ['listRelationships', () => listRelationships(VALUE_FLOW, { order: 'AT', direction: 'DESC', limit: 11 })],
    ['countRelationships', () => countRelationships(VALUE_FLOW, null)],
    ['relationshipsByIds', () => relationshipsByIds(VALUE_FLOW, ['f-1'])],
    [
      'relationshipHopPages',
      () => relationshipHopPages(PARTNERSHIP_VALUE_FLOWS, ['p-1'], { order: 'AT', direction: 'DESC', limit: 11 }),
    ],
  ])('%s', (_name, build) => {
    expect(build()).toMatchSnapshot();
  });
});
