/** Snapshot of the MANAGER row rule's statement (Cypher + parameters), reviewed in diffs. */
import { partnershipsNotOwned } from '../../src/auth/ownership.queries';
import { referencedRecords } from '../../src/auth/ownership';
import { toGlobalId } from '../../src/core/global-id';

describe('ownership statement', () => {
  it('partnershipsNotOwned', () => {
    expect(
      partnershipsNotOwned(
        [
          { type: 'Partnership', key: 'p-1' },
          { type: 'Risk', key: 'r-1' },
          { type: 'ValueFlow', key: 'f-1' },
        ],
        'm-1',
      ),
    ).toMatchSnapshot();
  });

  it('reads every record about a partnership from the input, at any depth, and nothing else', () => {
    const input = {
      id: toGlobalId('Risk', 'r-1'),
      nested: [{ partnershipId: toGlobalId('Partnership', 'p-1') }, toGlobalId('Participant', 'x')],
      note: 'free text',
    };
    expect(referencedRecords(input)).toEqual([
      { type: 'Risk', key: 'r-1' },
      { type: 'Partnership', key: 'p-1' },
    ]);
  });
});
