/** Attaches surveys to Partnership and Participant (type-graphql merges resolver classes). */
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { hopConnection } from '../../graphql/resolve';
import type { RequestContext } from '../../context/context';
import type { HopSpec } from '../../db/node-spec';
import { PARTICIPANT_SURVEYS, PARTNERSHIP_SURVEYS } from '../../model/hops';
import { Participant } from '../participant/participant.type';
import { Partnership } from '../partnership/partnership.type';
import { SurveysArgs } from './survey.inputs';
import { surveyListing } from './survey.listing';
import { SurveyConnection, SURVEY_NODE } from './survey.type';

function surveysOf(ctx: RequestContext, hop: HopSpec, parentKey: string, args: SurveysArgs) {
  const { filter, ordering } = surveyListing(args);
  return hopConnection(ctx, SurveyConnection, hop, parentKey, args, filter, ordering, SURVEY_NODE);
}

@Resolver(() => Partnership)
export class PartnershipSurveysResolver {
  @FieldResolver(() => SurveyConnection, { description: "The parties' survey answers about it, newest first." })
  surveys(@Root() partnership: Partnership, @Args(() => SurveysArgs) args: SurveysArgs, @Ctx() ctx: RequestContext) {
    return surveysOf(ctx, PARTNERSHIP_SURVEYS, partnership.key, args);
  }
}

@Resolver(() => Participant)
export class ParticipantSurveysResolver {
  @FieldResolver(() => SurveyConnection, { description: 'Survey answers this participant gave, newest first.' })
  surveys(@Root() participant: Participant, @Args(() => SurveysArgs) args: SurveysArgs, @Ctx() ctx: RequestContext) {
    return surveysOf(ctx, PARTICIPANT_SURVEYS, participant.key, args);
  }
}
