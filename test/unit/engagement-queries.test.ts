/** Snapshots of the engagement statements (Cypher + parameters), reviewed in diffs. */
import * as interactions from '../../src/modules/interaction/interaction.queries';
import { nonParties } from '../../src/modules/interaction/party.queries';
import * as relationships from '../../src/modules/value-flow/relationship.queries';
import {
  PARTICIPANT_VALUE_FLOWS,
  PARTNERSHIP_VALUE_FLOWS,
  VALUE_FLOW,
} from '../../src/modules/value-flow/value-flow.relationship';
import { ValueFlowDirection } from '../../src/modules/value-flow/value-flow.enums';
import * as flows from '../../src/modules/value-flow/value-flow.queries';
import * as surveys from '../../src/modules/survey/survey.queries';

const interaction = { kind: 'MEETING', at: '2026-01-01T09:00:00.000Z', weight: 2, note: 'Kick-off' };
const flow = {
  kind: 'FUNDING',
  amount: 150000,
  currency: 'USD',
  at: '2026-01-01T00:00:00.000Z',
  partnershipId: 'partnership-1',
};

describe('engagement write statements', () => {
  it.each([
    ['nonParties', () => nonParties('partnership-1', ['a', 'b'])],
    ['interactionByClientKey', () => interactions.interactionByClientKey('key-12345')],
    [
      'createInteraction',
      () => interactions.createInteraction('id-1', 'key-12345', 'partnership-1', ['a', 'b'], interaction),
    ],
    ['lockInteraction', () => interactions.lockInteraction('id-1')],
    ['interactionToCorrect', () => interactions.interactionToCorrect('id-1')],
    [
      'correctInteraction',
      () => interactions.correctInteraction('id-1', 'id-2', null, { ...interaction, note: null }, 'Wrong weight'),
    ],
    ['valueFlowByClientKey', () => flows.valueFlowByClientKey('key-12345')],
    ['createValueFlow', () => flows.createValueFlow('id-1', 'key-12345', 'a', 'b', flow)],
    ['lockValueFlow', () => flows.lockValueFlow('id-1')],
    ['valueFlowToCorrect', () => flows.valueFlowToCorrect('id-1')],
    ['correctValueFlow', () => flows.correctValueFlow('id-1', 'id-2', 'key-12345', flow, 'Invoice was 120k')],
    ['surveyByClientKey', () => surveys.surveyByClientKey('key-12345')],
    [
      'createSurvey',
      () =>
        surveys.createSurvey('id-1', null, 'partnership-1', 'a', {
          score: 8,
          at: '2026-01-01T00:00:00.000Z',
          comment: null,
        }),
    ],
  ])('%s', (_name, build) => {
    expect(build()).toMatchSnapshot();
  });

  it('sends the survey score as a Neo4j Integer', () => {
    const { params } = surveys.createSurvey('id-1', null, 'p', 'a', {
      score: 7,
      at: '2026-01-01T00:00:00.000Z',
      comment: null,
    });
    const fields = params.fields as { score: { toNumber(): number; constructor: { name: string } } };
    expect(fields.score.constructor.name).toBe('Integer');
    expect(fields.score.toNumber()).toBe(7);
  });
});

describe('value-flow read statements', () => {
  const page = { order: 'AT', direction: 'DESC' as const, limit: 21 };
  const after = { value: '2026-01-01T00:00:00.000Z', id: 'id-9' };

  it.each([
    ['list, no filter', () => relationships.listRelationships(VALUE_FLOW, page)],
    [
      'list, anchored on a participant, filtered, after a cursor',
      () =>
        relationships.listRelationships(VALUE_FLOW, {
          ...page,
          after,
          filter: { participant: 'a', kind: ['REVENUE'], from: new Date('2025-01-01T00:00:00Z'), partnership: null },
        }),
    ],
    ['count by partnership', () => relationships.countRelationships(VALUE_FLOW, { partnership: 'partnership-1' })],
    ['by ids', () => relationships.relationshipsByIds(VALUE_FLOW, ['id-1', 'id-2'])],
    [
      'partnership hop',
      () => relationships.relationshipHopPages(PARTNERSHIP_VALUE_FLOWS, ['partnership-1'], { ...page, after }),
    ],
    [
      'participant hop, both directions, with a counterpart filter',
      () =>
        relationships.relationshipHopPages(PARTICIPANT_VALUE_FLOWS[ValueFlowDirection.BOTH], ['a', 'b'], {
          ...page,
          direction: 'ASC',
          filter: { participant: 'c', before: new Date('2026-01-01T00:00:00Z') },
        }),
    ],
  ])('%s', (_name, build) => {
    expect(build()).toMatchSnapshot();
  });

  it('refuses filters and orders the spec does not declare', () => {
    expect(() => relationships.listRelationships(VALUE_FLOW, { ...page, filter: { amount: 5 } })).toThrow(
      /no filter rule/,
    );
    expect(() => relationships.listRelationships(VALUE_FLOW, { ...page, order: 'AMOUNT' })).toThrow(
      /cannot be ordered/,
    );
  });
});
