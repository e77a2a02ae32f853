/** Snapshots of the participant write statements (Cypher + parameters), reviewed in diffs. */
import * as q from '../../src/modules/participant/participant.queries';

describe('participant write statements', () => {
  it.each([
    ['participantByClientKey', () => q.participantByClientKey('key-12345')],
    ['externalIdHolder', () => q.externalIdHolder('P-1', 'a')],
    [
      'createParticipant',
      () =>
        q.createParticipant(
          'id-1',
          'key-12345',
          {
            name: 'Acme',
            kind: 'COMPANY',
            sector: 'FinTech',
            region: 'Europe',
            tier: 'CORE',
            status: 'ACTIVE',
            joinedAt: '2026-01-01T00:00:00.000Z',
            externalId: null,
          },
          '2026-01-03T00:00:00.000Z',
        ),
    ],
    [
      'updateParticipant',
      () =>
        q.updateParticipant(
          'id-1',
          { name: 'New', joinedAt: '2026-01-02T00:00:00.000Z' },
          { at: '2026-01-03T00:00:00.000Z', by: 'anonymous', joinedAtChangeId: 'j-1', statusChangeId: 's-1' },
        ),
    ],
    ['joinedAtHistory', () => q.joinedAtHistory(['id-1', 'id-2'])],
  ])('%s', (_name, build) => {
    expect(build()).toMatchSnapshot();
  });
});
