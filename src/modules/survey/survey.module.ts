import { SURVEY } from '../../model/nodes';
import type { EcographModule } from '../module';
import { ParticipantSurveysResolver, PartnershipSurveysResolver } from './survey.links.resolver';
import { SurveyResolver } from './survey.resolver';
import { Survey, type SurveyRecord } from './survey.type';

export const surveyModule: EcographModule = {
  name: 'survey',
  resolvers: [SurveyResolver, PartnershipSurveysResolver, ParticipantSurveysResolver],
  nodeTypes: [{ spec: SURVEY, toNode: (row) => Survey.from(row as unknown as SurveyRecord) }],
};
