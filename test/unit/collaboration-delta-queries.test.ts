/** The incremental KPIs' delta read (src/kpi/incremental/collaboration-delta.queries.ts): Cypher changes show up in review. */
import {
  collaborationEdgesOf,
  collaborationNodesOf,
  partiesEver,
  touchesBetween,
} from '../../src/kpi/incremental/collaboration-delta.queries';

describe('collaboration delta statements', () => {
  it.each([
    ['touchesBetween', touchesBetween(41, 44)],
    ['partiesEver', partiesEver(['s1', 's2'])],
    ['collaborationNodesOf', collaborationNodesOf(['p1', 'p2'])],
    ['collaborationEdgesOf', collaborationEdgesOf(['p1', 'p2'])],
  ])('%s', (_name, statement) => {
    expect(statement).toMatchSnapshot();
  });

  it('passes versions as integers (compared with the stored integer versions)', () => {
    const { params } = touchesBetween(41, 44);
    expect(String(params.from)).toBe('41');
    expect(String(params.to)).toBe('44');
  });
});
