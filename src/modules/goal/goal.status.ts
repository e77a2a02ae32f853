/** The derived figures of a goal, as pure functions of its stored values and the clock. */
import { GoalStatus } from './goal.enums';

export interface GoalFigures {
  target: number;
  actual: number;
  due: Date;
}

/**
 * actual / target; null when there is no finite ratio: a target of 0, or a valid but tiny
 * target (or huge measurement) whose ratio overflows to Infinity, which a GraphQL Float cannot carry.
 */
export function goalAttainment(goal: GoalFigures): number | null {
  const ratio = goal.actual / goal.target;
  return Number.isFinite(ratio) ? ratio : null;
}

/** MET beats the due date: a goal reached late is still met. */
export function goalStatus(goal: GoalFigures, now: Date): GoalStatus {
  if (goal.actual >= goal.target) return GoalStatus.MET;
  return goal.due.getTime() < now.getTime() ? GoalStatus.OVERDUE : GoalStatus.ON_TRACK;
}
