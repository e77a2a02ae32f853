/** The outbox's statements (src/db/outbox.queries.ts): Cypher changes show up in review. */
import { appendToOutbox, outboxAfter, outboxEntryAt } from '../../src/db/outbox.queries';

describe('outbox statements', () => {
  it.each([
    [
      'appendToOutbox',
      appendToOutbox([{ id: 'e1', kind: 'GRAPH_CHANGED', at: '2026-06-01T12:00:00.000Z', body: '{}' }]),
    ],
    ['appendToOutbox (no events: the version bump alone)', appendToOutbox([])],
    ['outboxAfter', outboxAfter(41, 500)],
    ['outboxEntryAt', outboxEntryAt(42)],
  ])('%s', (_name, statement) => {
    expect(statement).toMatchSnapshot();
  });

  it('passes sequence numbers and limits as integers (a float LIMIT is refused by Neo4j)', () => {
    const { params } = outboxAfter(41, 500);
    expect(String(params.after)).toBe('41');
    expect((params.limit as { toNumber(): number }).toNumber()).toBe(500);
  });
});
