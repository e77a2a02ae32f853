/** The derived figures of a goal, as pure functions of its stored values and the clock. */
import { GoalStatus } from './goal.enums';

export interface GoalFigures {
  target: number;
  actual: number;
  due: Date;
}

/** actual / target; null when the target is 0 (no meaningful ratio). */
export function goalAttainment(goal: GoalFigures): number | null {
  return goal.target === 0 ? null : goal.actual / goal.target;
}

/** MET beats the due date: a goal reached late is still met. */
export function goalStatus(goal: GoalFigures, now: Date): GoalStatus {
  if (goal.actual >= goal.target) return GoalStatus.MET;
  return goal.due.getTime() < now.getTime() ? GoalStatus.OVERDUE : GoalStatus.ON_TRACK;
}
