/** Snapshot of the MANAGER row rule's statement (Cypher + parameters), reviewed in diffs. */
import { buildSchema } from 'graphql';
import { OWNERSHIP, partnershipsNotOwned } from '../../src/auth/ownership.queries';
import { ownershipGaps, referencedRecords } from '../../src/auth/ownership';
import { Policy } from '../../src/auth/policy';
import { toGlobalId } from '../../src/core/global-id';
import { buildEcographSchema } from '../../src/server/schema';

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

  it('reads initiatives and every other partnership record (the types issue 12 found missing)', () => {
    const input = { id: toGlobalId('Initiative', 'i-1'), goal: toGlobalId('GoalProgress', 'g-1') };
    expect(referencedRecords(input)).toEqual([
      { type: 'Initiative', key: 'i-1' },
      { type: 'GoalProgress', key: 'g-1' },
    ]);
  });
});

describe('every Node type has an ownership rule', () => {
  it('the built schema has no Node type without one', async () => {
    const schema = await buildEcographSchema(new Policy());
    expect(ownershipGaps(schema)).toEqual([]);
    // and the table names no type the schema lacks (a rename)
    expect(Object.keys(OWNERSHIP).filter((name) => !schema.getType(name))).toEqual([]);
  });

  it('a new Node type without a rule is found, so building the schema fails', () => {
    const schema = buildSchema(`
      interface Node { id: ID! }
      type Partnership implements Node { id: ID! }
      type Milestone implements Node { id: ID! }
      type Query { node(id: ID!): Node }
    `);
    expect(ownershipGaps(schema)).toEqual(['Milestone']);
  });
});
