import type { EcographModule } from '../module';
import { GOAL_PROGRESS_NODE } from './goal-progress.type';
import { GoalPartnershipResolver } from './goal-partnership.resolver';
import { GoalResolver } from './goal.resolver';
import { GOAL_NODE } from './goal.type';

/** Goals, their progress entries, and Partnership.goals. */
export const goalModule: EcographModule = {
  name: 'goal',
  resolvers: [GoalResolver, GoalPartnershipResolver],
  nodeTypes: [GOAL_NODE, GOAL_PROGRESS_NODE],
};
