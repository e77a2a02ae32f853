/** Attaches surveys to Partnership and Participant (type-graphql merges resolver classes). */
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { hopConnection, type SelectionInfo } from '../../graphql/resolve';
import type { RequestContext } from '../../context/context';
import type { HopSpec } from '../../db/node-spec';
import { PARTICIPANT_SURVEYS, PARTNERSHIP_SURVEYS } from '../../model/hops';
import { Participant } from '../participant/participant.type';
import { Partnership } from '../partnership/partnership.type';
import { SurveysArgs } from './survey.inputs';
import { surveyListing } from './survey.listing';
import { SurveyConnection, SURVEY_NODE } from './survey.type';

function surveysOf(ctx: RequestContext, info: SelectionInfo, hop: HopSpec, parentKey: string, args: SurveysArgs) {
  const { filter, ordering } = surveyListing(args);
  return hopConnection(ctx, info, SurveyConnection, hop, parentKey, args, filter, ordering, SURVEY_NODE);
}

@Resolver(() => Partnership)
export class PartnershipSurveysResolver {
  @FieldResolver(() => SurveyConnection, { description: "The parties' survey answers about it, newest first." })
  surveys(
    @Root() partnership: Partnership,
    @Args(() => SurveysArgs) args: SurveysArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return surveysOf(ctx, info, PARTNERSHIP_SURVEYS, partnership.key, args);
  }
}

@Resolver(() => Participant)
export class ParticipantSurveysResolver {
  @FieldResolver(() => SurveyConnection, { description: 'Survey answers this participant gave, newest first.' })
  surveys(
    @Root() participant: Participant,
    @Args(() => SurveysArgs) args: SurveysArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return surveysOf(ctx, info, PARTICIPANT_SURVEYS, participant.key, args);
  }
}
