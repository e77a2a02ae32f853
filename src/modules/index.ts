/** Every domain module of the API, in one list: the schema and `node(id)` are built from it. */
import type { EcographModule } from './module';
import { participantModule } from './participant/participant.module';
import { partnershipModule } from './partnership/partnership.module';
import { explorationModule } from './exploration/exploration.module';
import { analyticsModule } from './analytics/analytics.module';
import { aggregationModule } from './aggregation/aggregation.module';
import { goalModule } from './goal/goal.module';
import { initiativeModule } from './initiative/initiative.module';
import { teamModule } from './team/team.module';
import { interactionModule } from './interaction/interaction.module';
import { surveyModule } from './survey/survey.module';
import { valueFlowModule } from './value-flow/value-flow.module';
import { governanceModule } from './governance/governance.module';
import { scorecardModule } from './scorecard/scorecard.module';
import { recommendationModule } from './recommendation/recommendation.module';
import { forecastModule } from './forecast/forecast.module';
import { subscriptionModule } from './subscription/subscription.module';
import { auditModule } from './audit/audit.module';
import { drawingModule } from './drawing/drawing.module';
import { viewerModule } from './viewer/viewer.module';
import { exchangeModule } from './exchange/exchange.module';

export const MODULES: readonly EcographModule[] = [
  participantModule,
  partnershipModule,
  explorationModule,
  analyticsModule,
  aggregationModule,
  teamModule,
  goalModule,
  initiativeModule,
  interactionModule,
  valueFlowModule,
  surveyModule,
  governanceModule,
  scorecardModule,
  recommendationModule,
  forecastModule,
  subscriptionModule,
  auditModule,
  exchangeModule,
  drawingModule,
  viewerModule,
];
