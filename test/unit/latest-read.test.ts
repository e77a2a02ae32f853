import { LatestRead } from '../../src/core/latest-read';

/** A read whose answers the test releases one at a time. */
function controlledRead() {
  const pending: ((value: number) => void)[] = [];
  let value = 0;
  const read = () =>
    new Promise<number>((resolve) => {
      const answer = (value += 1);
      pending.push(() => resolve(answer));
    });
  return { read, pending, release: () => pending.shift()?.(0) };
}

describe('LatestRead', () => {
  it('keeps one read in flight and gives callers who came during it one read started after it', async () => {
    const source = controlledRead();
    const latest = new LatestRead(source.read);
    const first = latest.get();
    const during = Array.from({ length: 50 }, () => latest.get());
    expect(source.pending).toHaveLength(1);
    source.release();
    expect(await first).toBe(1);
    // The callers that came during the first read get the second one, not the first's answer.
    await Promise.resolve();
    expect(source.pending).toHaveLength(1);
    source.release();
    expect(new Set(await Promise.all(during))).toEqual(new Set([2]));
  });

  it('reads again after a failed read', async () => {
    let calls = 0;
    const latest = new LatestRead(async () => {
      calls += 1;
      if (calls === 1) throw new Error('unavailable');
      return calls;
    });
    const failed = latest.get();
    const next = latest.get();
    await expect(failed).rejects.toThrow('unavailable');
    expect(await next).toBe(2);
  });
});
