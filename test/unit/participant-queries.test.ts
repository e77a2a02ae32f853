/**
 * Snapshots of the Cypher and parameters each participant statement sends, so query
 * changes show up in review (the Cypher equivalent of Immich's committed SQL).
 */
import {
  OrderDirection,
  ParticipantKind,
  ParticipantOrderField,
} from '../../src/modules/participant/participant.enums';
import * as q from '../../src/modules/participant/participant.queries';

describe('participant statements', () => {
  it('listParticipants with filters, a cursor and descending order', () => {
    expect(
      q.listParticipants({
        filter: { kind: [ParticipantKind.STARTUP], region: ['Europe'], joinedFrom: new Date('2025-01-01T00:00:00Z') },
        orderField: ParticipantOrderField.JOINED_AT,
        direction: OrderDirection.DESC,
        limit: 21,
        after: { value: '2025-06-01T00:00:00.000Z', id: 'abc' },
      }),
    ).toMatchSnapshot();
  });

  it('listParticipants through the full-text index', () => {
    expect(
      q.listParticipants({
        filter: { text: 'deep mind' },
        orderField: ParticipantOrderField.NAME,
        direction: OrderDirection.ASC,
        limit: 11,
      }),
    ).toMatchSnapshot();
  });

  it.each([
    ['countParticipants', () => q.countParticipants({ status: [] })],
    ['participantsByIds', () => q.participantsByIds(['a', 'b'])],
    ['participantByClientKey', () => q.participantByClientKey('key-12345')],
    ['externalIdHolder', () => q.externalIdHolder('P-1', 'a')],
    [
      'createParticipant',
      () =>
        q.createParticipant('id-1', 'key-12345', {
          name: 'Acme',
          kind: 'COMPANY',
          sector: 'FinTech',
          region: 'Europe',
          tier: 'CORE',
          status: 'ACTIVE',
          joinedAt: '2026-01-01T00:00:00.000Z',
          externalId: null,
        }),
    ],
    ['updateParticipant', () => q.updateParticipant('id-1', { name: 'New', joinedAt: '2026-01-02T00:00:00.000Z' })],
    [
      'partnershipsOfParticipants',
      () =>
        q.partnershipsOfParticipants({ participantIds: ['a', 'b'], stages: ['MANAGEMENT'], limit: 11, after: null }),
    ],
  ])('%s', (_name, build) => {
    expect(build()).toMatchSnapshot();
  });

  it('escapes Lucene syntax in full-text queries and makes each word a prefix', () => {
    expect(q.toFulltextQuery('  open AI: (labs)* ')).toBe('open* AND AI\\:* AND \\(labs\\)\\**');
    expect(q.toFulltextQuery('   ')).toBeNull();
  });
});
