import { BadRequestError } from '../../src/core/errors';
import { decodeGlobalId, expectGlobalId, toGlobalId } from '../../src/core/global-id';

describe('global ids', () => {
  it('round-trips type and id and is opaque (no raw uuid inside)', () => {
    const id = '2f1c8a52-3b7e-4d0e-9f0b-0c1d2e3f4a5b';
    const global = toGlobalId('Participant', id);
    expect(global).not.toContain(id);
    expect(decodeGlobalId(global)).toEqual({ type: 'Participant', id });
  });

  it.each([
    '',
    'not base64 !',
    Buffer.from('no-separator').toString('base64url'),
    Buffer.from(':x').toString('base64url'),
  ])('rejects %p', (value) => {
    expect(decodeGlobalId(value)).toBeUndefined();
  });

  it('expectGlobalId refuses an id of another type with BAD_USER_INPUT', () => {
    const partnershipId = toGlobalId('Partnership', 'abc');
    expect(() => expectGlobalId(partnershipId, 'Participant')).toThrow(BadRequestError);
    expect(() => expectGlobalId(partnershipId, 'Participant')).toThrow(/not a valid Participant id/);
    expect(expectGlobalId(partnershipId, 'Partnership')).toBe('abc');
  });
});
