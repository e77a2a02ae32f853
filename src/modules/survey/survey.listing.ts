/** From list arguments to the generic reader's filter (database ids) and ordering. */
import { expectGlobalId } from '../../core/global-id';
import { decodeFilterIds, type Ordering } from '../../graphql/paging';
import { OrderDirection } from '../../graphql/order-direction';
import { SurveyOrderField } from './survey.enums';
import type { SurveyFilter, SurveysArgs } from './survey.inputs';

export function surveyListing(args: SurveysArgs): { filter: SurveyFilter | null; ordering: Ordering } {
  return {
    filter: decodeFilterIds(args.filter, { partnership: 'Partnership', participant: 'Participant' }, expectGlobalId),
    ordering: {
      field: args.orderBy?.field ?? SurveyOrderField.AT,
      direction: args.orderBy?.direction ?? OrderDirection.DESC,
    },
  };
}
