/** Closed sets of the survey domain. */
import { registerEnumType } from 'type-graphql';

export enum SurveyOrderField {
  AT = 'AT',
}

registerEnumType(SurveyOrderField, { name: 'SurveyOrderField' });
