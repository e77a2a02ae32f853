import { UserErrorCode } from '../../src/core/user-error';
import { ParticipantKind, ParticipantStatus, ParticipantTier } from '../../src/modules/participant/participant.enums';
import type { ParticipantCreateInput } from '../../src/modules/participant/participant.inputs';
import { validateCreate, validateUpdate } from '../../src/modules/participant/participant.validation';

const now = new Date('2026-06-01T00:00:00Z');
const valid: ParticipantCreateInput = {
  name: 'Acme AI',
  kind: ParticipantKind.COMPANY,
  sector: 'FinTech',
  region: 'Europe',
  tier: ParticipantTier.CORE,
  status: ParticipantStatus.ACTIVE,
};

const codes = (errors: { field: string[]; code: UserErrorCode }[]) => errors.map((e) => [e.field.join('.'), e.code]);

describe('participant validation', () => {
  it('accepts a valid create', () => {
    expect(validateCreate(valid, now)).toEqual([]);
  });

  it('reports each bad field with its own code', () => {
    const errors = validateCreate(
      {
        ...valid,
        name: ' x ',
        sector: '   ',
        region: 'r'.repeat(101),
        joinedAt: new Date('2027-01-01'),
        clientKey: 'short',
      },
      now,
    );
    expect(codes(errors)).toEqual([
      ['input.name', UserErrorCode.TOO_SHORT],
      ['input.sector', UserErrorCode.REQUIRED],
      ['input.region', UserErrorCode.TOO_LONG],
      ['input.clientKey', UserErrorCode.TOO_SHORT],
      ['input.joinedAt', UserErrorCode.OUT_OF_RANGE],
    ]);
  });

  it('refuses to erase required fields on update', () => {
    expect(codes(validateUpdate({ id: 'x', name: null, kind: null }, now))).toEqual([
      ['input.name', UserErrorCode.REQUIRED],
      ['input.kind', UserErrorCode.REQUIRED],
    ]);
  });
});
