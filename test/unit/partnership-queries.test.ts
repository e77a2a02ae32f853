/** Snapshots of the partnership write statements (Cypher + parameters), reviewed in diffs. */
import * as q from '../../src/modules/partnership/partnership.queries';

describe('partnership write statements', () => {
  it.each([
    ['partnershipByClientKey', () => q.partnershipByClientKey('key-12345')],
    [
      'createPartnership',
      () =>
        q.createPartnership({
          id: 'p-1',
          clientKey: null,
          fields: {
            name: 'Alliance',
            type: 'TECHNOLOGY',
            subtype: 'API',
            strategicAlignment: 0.5,
            startedAt: '2026-01-01T00:00:00.000Z',
            endsAt: null,
          },
          parties: [{ participantId: 'a', role: 'LEAD' }],
          ownerIds: ['tm-1'],
          firstChange: { id: 's-1', at: '2026-01-01T00:00:00.000Z', by: 'anonymous' },
        }),
    ],
    ['updatePartnership', () => q.updatePartnership('p-1', { name: 'New', endsAt: '2027-01-01T00:00:00.000Z' })],
    ['lockForStageMove', () => q.lockForStageMove('p-1')],
    [
      'moveStage',
      () =>
        q.moveStage({
          partnershipId: 'p-1',
          changeId: 's-2',
          clientKey: 'key-12345',
          from: 'IDENTIFICATION',
          to: 'EVALUATION',
          at: '2026-02-01T00:00:00.000Z',
          reason: null,
          by: 'anonymous',
        }),
    ],
    ['stageMoveByClientKey', () => q.stageMoveByClientKey('key-12345')],
    ['lockParties', () => q.lockParties('p-1', 'a')],
    ['addParty', () => q.addParty('p-1', 'a', 'PARTNER', '2026-02-01T00:00:00.000Z')],
    ['removeParty', () => q.removeParty('p-1', 'a', '2026-02-01T00:00:00.000Z')],
    ['partyHistory', () => q.partyHistory(['p-1', 'p-2'])],
    ['assignOwner', () => q.assignOwner('p-1', 'tm-1')],
    ['lockOwners', () => q.lockOwners('p-1', 'tm-1')],
    ['removeOwner', () => q.removeOwner('p-1', 'tm-1')],
  ])('%s', (_name, build) => {
    expect(build()).toMatchSnapshot();
  });
});
