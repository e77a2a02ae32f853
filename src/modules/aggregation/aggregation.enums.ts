/** What a breakdown counts (or sums) and what it groups by. */
import { registerEnumType } from 'type-graphql';

export enum BreakdownMeasure {
  /** Participants who have not exited (by PERIOD: everyone who joined in the window). */
  PARTICIPANTS = 'PARTICIPANTS',
  /** Partnerships (by PERIOD: those started in the window). */
  PARTNERSHIPS = 'PARTNERSHIPS',
  /** Interactions in the window (corrected ones excluded). */
  INTERACTIONS = 'INTERACTIONS',
  /** Value flows in the window except COST: their number and summed amount (money). */
  VALUE = 'VALUE',
}
registerEnumType(BreakdownMeasure, {
  name: 'BreakdownMeasure',
  description: 'What a breakdown counts; VALUE also sums the amounts (money).',
  valuesConfig: {
    PARTICIPANTS: { description: 'Participants who have not exited; by PERIOD, everyone who joined in the window.' },
    PARTNERSHIPS: { description: 'Every partnership; by PERIOD, those started in the window.' },
    INTERACTIONS: { description: 'Interactions in the window (corrections count, corrected records do not).' },
    VALUE: { description: 'Value flows in the window except COST (as forecasts and scorecards count value).' },
  },
});

export enum BreakdownDimension {
  PERIOD = 'PERIOD',
  REGION = 'REGION',
  SECTOR = 'SECTOR',
  PARTICIPANT_KIND = 'PARTICIPANT_KIND',
  PARTNERSHIP_TYPE = 'PARTNERSHIP_TYPE',
  STAGE = 'STAGE',
  INTERACTION_KIND = 'INTERACTION_KIND',
  FLOW_KIND = 'FLOW_KIND',
}
registerEnumType(BreakdownDimension, {
  name: 'BreakdownDimension',
  description:
    'What a breakdown groups by. A participant attribute (REGION, SECTOR, PARTICIPANT_KIND) groups a partnership, interaction or flow under each distinct value among its parties, so buckets can add up to more than the total; a partnership attribute (PARTNERSHIP_TYPE, STAGE) groups a participant under each of its current partnerships.',
  valuesConfig: {
    PERIOD: { description: 'Calendar periods (UTC) of `interval`, by when it happened (joined, started, at).' },
    INTERACTION_KIND: { description: 'INTERACTIONS only.' },
    FLOW_KIND: { description: 'VALUE only.' },
  },
});
