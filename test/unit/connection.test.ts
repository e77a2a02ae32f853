import { checkPageSize, decodeCursor, encodeCursor, pageWindow, toPage } from '../../src/core/connection';

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
    const keyOf = (row: { n: number }) => ({ value: row.n, id: String(row.n) });
    const page = toPage(rows, { size: 2, backward: false, cursor: null }, keyOf);
    expect(page.nodes).toEqual([{ n: 1 }, { n: 2 }]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(page.pageInfo.endCursor).toBe(page.edges[1]?.cursor);
    const last = toPage(rows.slice(0, 2), { size: 2, backward: false, cursor: { value: 0, id: '0' } }, keyOf);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('turns backward windows (read in reverse order) around', () => {
    const reversed = [9, 8, 7].map((n) => ({ n }));
    const page = toPage(reversed, { size: 2, backward: true, cursor: { value: 10, id: '10' } }, (row) => ({
      value: row.n,
      id: String(row.n),
    }));
    expect(page.nodes).toEqual([{ n: 8 }, { n: 9 }]);
    expect(page.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });

  it('checks the pagination arguments', () => {
    expect(pageWindow({})).toEqual({ size: 20, backward: false, cursor: null });
    expect(pageWindow({ last: 5 })).toEqual({ size: 5, backward: true, cursor: null });
    expect(() => pageWindow({ first: 5, last: 5 })).toThrow(/either "first" or "last"/);
    expect(() => pageWindow({ last: 5, after: encodeCursor({ value: 1, id: 'a' }) })).toThrow(/"last" with "before"/);
    expect(() => pageWindow({ last: 0 })).toThrow(/"last" must be between 1 and 100/);
  });
});
