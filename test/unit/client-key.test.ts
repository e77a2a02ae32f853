/** The client-key statements (snapshotted) and the input fingerprint a retry must match. */
import {
  fingerprintOfKey,
  inputFingerprint,
  mutationKeyUse,
  rememberFingerprint,
} from '../../src/db/client-key.queries';

describe('client-key statements', () => {
  it.each([
    ['fingerprintOfKey', fingerprintOfKey({ label: 'Goal' }, 'key-0001')],
    ['fingerprintOfKey on a relationship', fingerprintOfKey({ relationship: 'VALUE_FLOW' }, 'key-0001')],
    ['rememberFingerprint', rememberFingerprint({ label: 'Goal' }, 'key-0001', 'abc')],
    ['rememberFingerprint on a relationship', rememberFingerprint({ relationship: 'VALUE_FLOW' }, 'key-0001', 'abc')],
    ['fingerprintOfKey of a change', fingerprintOfKey({ mutation: 'agreementExecute' }, 'key-0001')],
    ['rememberFingerprint of a change', rememberFingerprint({ mutation: 'agreementExecute' }, 'key-0001', 'abc')],
    ['mutationKeyUse', mutationKeyUse('agreementExecute', 'key-0001')],
  ])('%s', (_name, statement) => {
    expect(statement).toMatchSnapshot();
  });

  it('refuses a label that is not a plain identifier', () => {
    expect(() => fingerprintOfKey({ label: 'Goal) DETACH DELETE (n' }, 'k')).toThrow(/not a safe Cypher identifier/);
  });
});

describe('input fingerprint', () => {
  const input = { title: 'Grow', target: 5, due: new Date('2030-01-01T00:00:00Z'), tags: ['a', 'b'], clientKey: 'k-1' };

  it('is the same for the same request: key order, the key itself, absent and null fields do not count', () => {
    const same = {
      clientKey: '  other-key ',
      tags: ['a', 'b'],
      due: new Date('2030-01-01T00:00:00Z'),
      target: 5,
      title: 'Grow',
      note: null,
    };
    expect(inputFingerprint(same)).toBe(inputFingerprint(input));
    expect(inputFingerprint(input)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['another value', { ...input, target: 6 }],
    ['another date', { ...input, due: new Date('2030-01-02T00:00:00Z') }],
    ['another list order', { ...input, tags: ['b', 'a'] }],
    ['one more field', { ...input, note: 'x' }],
    ['a nested change', { ...input, amount: { amount: 1, currency: 'EUR' } }],
  ])('differs for %s', (_what, other) => {
    expect(inputFingerprint(other)).not.toBe(inputFingerprint(input));
  });
});
