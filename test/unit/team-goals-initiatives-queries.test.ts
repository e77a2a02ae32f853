/** Snapshots of the team, goal and initiative write statements (Cypher + parameters), reviewed in diffs. */
import * as goal from '../../src/modules/goal/goal.queries';
import { GoalStatus } from '../../src/modules/goal/goal.enums';
import { goalAttainment, goalStatus } from '../../src/modules/goal/goal.status';
import * as initiative from '../../src/modules/initiative/initiative.queries';
import * as team from '../../src/modules/team/team.queries';

describe('team write statements', () => {
  it.each([
    ['teamMemberByClientKey', () => team.teamMemberByClientKey('key-12345')],
    ['emailHolder', () => team.emailHolder('ada.lovelace@example.org')],
    [
      'createTeamMember',
      () =>
        team.createTeamMember('id-1', 'key-12345', {
          name: 'Ada Lovelace',
          role: 'ANALYST',
          email: 'ada.lovelace@example.org',
        }),
    ],
    ['committeeByClientKey', () => team.committeeByClientKey('key-12345')],
    ['createCommittee', () => team.createCommittee('id-1', null, { name: 'Steering board', kind: 'STEERING' })],
    ['addCommitteeMember', () => team.addCommitteeMember('c-1', 't-1')],
    ['overseePartnership', () => team.overseePartnership('c-1', 'p-1')],
  ])('%s', (_name, build) => {
    expect(build()).toMatchSnapshot();
  });
});

describe('goal write statements', () => {
  it.each([
    ['goalByClientKey', () => goal.goalByClientKey('key-12345')],
    [
      'createGoal',
      () =>
        goal.createGoal(
          'id-1',
          'key-12345',
          { title: 'Grow revenue', horizon: 'SHORT', metric: 'value', target: 250000, due: '2027-01-01T00:00:00.000Z' },
          { partnershipId: 'p-1', ownerId: null },
        ),
    ],
    ['lockGoal', () => goal.lockGoal('g-1')],
    ['progressByClientKey', () => goal.progressByClientKey('key-12345')],
    ['latestProgressAt', () => goal.latestProgressAt('g-1')],
    [
      'appendProgress',
      () => goal.appendProgress('g-1', 'id-1', null, { value: 12.5, at: '2026-01-01T00:00:00.000Z', note: 'steady' }),
    ],
  ])('%s', (_name, build) => {
    expect(build()).toMatchSnapshot();
  });
});

describe('initiative write statements', () => {
  it.each([
    ['initiativeByClientKey', () => initiative.initiativeByClientKey('key-12345')],
    [
      'createInitiative',
      () =>
        initiative.createInitiative(
          'id-1',
          'key-12345',
          {
            name: 'Edge AI hackathon',
            kind: 'HACKATHON',
            status: 'PLANNED',
            startsAt: '2026-03-01T00:00:00.000Z',
            endsAt: '2026-03-03T00:00:00.000Z',
          },
          'p-1',
          [{ participantId: 'a-1', role: 'LEAD' }],
        ),
    ],
    ['lockInitiative', () => initiative.lockInitiative('i-1')],
    ['setInitiativeStatus', () => initiative.setInitiativeStatus('i-1', 'COMPLETED')],
    ['addContributor', () => initiative.addContributor('i-1', 'a-1', 'SPONSOR')],
  ])('%s', (_name, build) => {
    expect(build()).toMatchSnapshot();
  });
});

describe('derived goal figures', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const past = new Date('2026-05-01T00:00:00Z');
  const future = new Date('2026-07-01T00:00:00Z');

  it('attainment is actual / target, null when that is not finite (a zero or tiny target)', () => {
    expect(goalAttainment({ target: 200, actual: 50, due: future })).toBe(0.25);
    expect(goalAttainment({ target: 0, actual: 5, due: future })).toBeNull();
    expect(goalAttainment({ target: 0, actual: 0, due: future })).toBeNull();
    // Found by test/integration/mutation-properties.test.ts: Infinity made the field an internal error.
    expect(goalAttainment({ target: 5e-324, actual: 1, due: future })).toBeNull();
    expect(goalAttainment({ target: 0.5, actual: Number.MAX_VALUE, due: future })).toBeNull();
  });

  it('MET when actual ≥ target (even late), OVERDUE once due passed, ON_TRACK before', () => {
    expect(goalStatus({ target: 10, actual: 10, due: past }, now)).toBe(GoalStatus.MET);
    expect(goalStatus({ target: 10, actual: 12, due: future }, now)).toBe(GoalStatus.MET);
    expect(goalStatus({ target: 10, actual: 9.99, due: past }, now)).toBe(GoalStatus.OVERDUE);
    expect(goalStatus({ target: 10, actual: 0, due: future }, now)).toBe(GoalStatus.ON_TRACK);
    expect(goalStatus({ target: 10, actual: 0, due: now }, now)).toBe(GoalStatus.ON_TRACK);
  });
});
