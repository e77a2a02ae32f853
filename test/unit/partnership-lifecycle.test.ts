import { UserErrorCode } from '../../src/core/user-error';
import { PartnershipStage as S } from '../../src/modules/partnership/partnership.enums';
import { checkMove, NEXT_STAGES, type LifecycleFacts } from '../../src/modules/partnership/partnership.lifecycle';

const ready: LifecycleFacts = {
  stage: S.IDENTIFICATION,
  parties: 2,
  owners: 1,
  dueDiligencePassed: true,
  agreementExecuted: true,
  agreementRenewed: true,
  lastChangeAt: new Date('2026-01-01T00:00:00Z'),
};
const at = new Date('2026-02-01T00:00:00Z');
const codes = (facts: Partial<LifecycleFacts>, to: S, reason: string | null = 'because') =>
  checkMove({ ...ready, ...facts }, { to, at, reason }).map((e) => e.code);

describe('partnership lifecycle rules', () => {
  it('allows exactly the documented graph of moves', () => {
    const allowed = Object.entries(NEXT_STAGES).flatMap(([from, tos]) => tos.map((to) => `${from}→${to}`));
    expect(allowed.sort()).toEqual(
      [
        'IDENTIFICATION→EVALUATION',
        'EVALUATION→NEGOTIATION',
        'NEGOTIATION→IMPLEMENTATION',
        'IMPLEMENTATION→MANAGEMENT',
        'MANAGEMENT→RENEWAL',
        'RENEWAL→MANAGEMENT',
        ...['IDENTIFICATION', 'EVALUATION', 'NEGOTIATION', 'IMPLEMENTATION', 'MANAGEMENT', 'RENEWAL'].map(
          (from) => `${from}→TERMINATED`,
        ),
      ].sort(),
    );
  });

  it.each([
    [S.IDENTIFICATION, S.NEGOTIATION],
    [S.EVALUATION, S.IDENTIFICATION],
    [S.MANAGEMENT, S.MANAGEMENT],
    [S.TERMINATED, S.MANAGEMENT],
    [S.NEGOTIATION, S.RENEWAL],
  ])('refuses %s → %s as ILLEGAL_STAGE_MOVE', (from, to) => {
    expect(codes({ stage: from }, to)).toEqual([UserErrorCode.ILLEGAL_STAGE_MOVE]);
  });

  it.each<[string, Partial<LifecycleFacts>, S]>([
    ['EVALUATION without a counterpart', { stage: S.IDENTIFICATION, parties: 1 }, S.EVALUATION],
    ['NEGOTIATION without due diligence', { stage: S.EVALUATION, dueDiligencePassed: false }, S.NEGOTIATION],
    [
      'IMPLEMENTATION without an executed agreement',
      { stage: S.NEGOTIATION, agreementExecuted: false },
      S.IMPLEMENTATION,
    ],
    ['MANAGEMENT without an owner', { stage: S.IMPLEMENTATION, owners: 0 }, S.MANAGEMENT],
    ['back from RENEWAL without a renewed agreement', { stage: S.RENEWAL, agreementRenewed: false }, S.MANAGEMENT],
  ])('refuses %s as REQUIREMENT_MISSING', (_name, facts, to) => {
    expect(codes(facts, to)).toEqual([UserErrorCode.REQUIREMENT_MISSING]);
  });

  it('names the missing requirement in the message', () => {
    const [error] = checkMove(
      { ...ready, stage: S.NEGOTIATION, agreementExecuted: false },
      { to: S.IMPLEMENTATION, at, reason: null },
    );
    expect(error?.message).toMatch(/executed Agreement/);
  });

  it('needs a reason to terminate and refuses back-dated moves', () => {
    expect(codes({ stage: S.MANAGEMENT }, S.TERMINATED, null)).toEqual([UserErrorCode.REQUIRED]);
    expect(codes({ stage: S.MANAGEMENT, lastChangeAt: new Date('2026-03-01T00:00:00Z') }, S.RENEWAL)).toEqual([
      UserErrorCode.OUT_OF_RANGE,
    ]);
  });

  it('accepts every allowed move when its guard is met', () => {
    for (const [from, tos] of Object.entries(NEXT_STAGES)) {
      for (const to of tos) expect(codes({ stage: from as S }, to)).toEqual([]);
    }
  });
});
