import type { EcographModule } from '../module';
import { ParticipantSurveysResolver, PartnershipSurveysResolver } from './survey.links.resolver';
import { SurveyResolver } from './survey.resolver';
import { SURVEY_NODE } from './survey.type';

export const surveyModule: EcographModule = {
  name: 'survey',
  resolvers: [SurveyResolver, PartnershipSurveysResolver, ParticipantSurveysResolver],
  nodeTypes: [SURVEY_NODE],
};
