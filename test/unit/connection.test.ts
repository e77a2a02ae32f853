import { checkPageSize, decodeCursor, encodeCursor, toPage } from '../../src/core/connection';

describe('connections', () => {
  it('cursors round-trip the keyset position', () => {
    expect(decodeCursor(encodeCursor({ value: 'Acme', id: 'x1' }))).toEqual({ value: 'Acme', id: 'x1' });
    expect(decodeCursor(encodeCursor({ value: null, id: 'x2' }))).toEqual({ value: null, id: 'x2' });
  });

  it('refuses a forged cursor with a message that says what to use', () => {
    expect(() => decodeCursor('garbage')).toThrow(/not a valid cursor/);
    expect(() => decodeCursor(Buffer.from('{"a":1}').toString('base64url'))).toThrow(/not a valid cursor/);
  });

  it.each([0, -1, 101, 2.5])('refuses first = %p', (first) => {
    expect(() => checkPageSize(first)).toThrow(/between 1 and 100/);
  });

  it('uses the extra row only to tell that a next page exists', () => {
    const rows = [1, 2, 3].map((n) => ({ n }));
    const page = toPage(rows, 2, (row) => ({ value: row.n, id: String(row.n) }), false);
    expect(page.nodes).toEqual([{ n: 1 }, { n: 2 }]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.pageInfo.endCursor).toBe(page.edges[1]?.cursor);
    const last = toPage(rows.slice(0, 2), 2, (row) => ({ value: row.n, id: String(row.n) }), true);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(last.pageInfo.hasPreviousPage).toBe(true);
  });
});
