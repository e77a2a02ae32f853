/** Closed sets of the goal domain (see docs/data-model.md). */
import { registerEnumType } from 'type-graphql';

export enum GoalHorizon {
  SHORT = 'SHORT',
  MEDIUM = 'MEDIUM',
  LONG = 'LONG',
}

/**
 * The measured quantity. Stored in lower case in the graph (the data-model contract); the
 * GraphQL names are the upper-case keys, so type-graphql maps between the two for us.
 */
export enum GoalMetric {
  VALUE = 'value',
  ENGAGEMENT = 'engagement',
  SATISFACTION = 'satisfaction',
  INITIATIVES = 'initiatives',
  ACTIVE_PARTNERSHIPS = 'active_partnerships',
}

export enum GoalStatus {
  MET = 'MET',
  OVERDUE = 'OVERDUE',
  ON_TRACK = 'ON_TRACK',
}

export enum GoalOrderField {
  DUE = 'DUE',
  CREATED_AT = 'CREATED_AT',
}

registerEnumType(GoalHorizon, { name: 'GoalHorizon', description: 'Roadmap horizon of a goal.' });
registerEnumType(GoalMetric, {
  name: 'GoalMetric',
  description: 'What a goal measures; `actual` and progress values are in this unit.',
  valuesConfig: {
    VALUE: { description: 'Value generated, in USD.' },
    ENGAGEMENT: { description: 'Number of interactions.' },
    SATISFACTION: { description: 'Mean survey score, 0..10.' },
    INITIATIVES: { description: 'Number of initiatives.' },
    ACTIVE_PARTNERSHIPS: { description: 'Number of running partnerships (ecosystem goals only).' },
  },
});
registerEnumType(GoalStatus, {
  name: 'GoalStatus',
  description: 'Derived when read: MET when actual ≥ target; otherwise OVERDUE once `due` has passed, ON_TRACK before.',
  valuesConfig: {
    MET: { description: 'actual ≥ target (whatever the due date).' },
    OVERDUE: { description: 'Not met and `due` is in the past.' },
    ON_TRACK: { description: 'Not met yet and `due` is still ahead.' },
  },
});
registerEnumType(GoalOrderField, { name: 'GoalOrderField' });
