import { GOAL, GOAL_PROGRESS } from '../../model/nodes';
import type { EcographModule } from '../module';
import { toGoalProgress } from './goal-progress.type';
import { GoalPartnershipResolver } from './goal-partnership.resolver';
import { GoalResolver } from './goal.resolver';
import { toGoal } from './goal.type';

/** Goals, their progress entries, and Partnership.goals. */
export const goalModule: EcographModule = {
  name: 'goal',
  resolvers: [GoalResolver, GoalPartnershipResolver],
  nodeTypes: [
    { spec: GOAL, toNode: toGoal },
    { spec: GOAL_PROGRESS, toNode: toGoalProgress },
  ],
};
