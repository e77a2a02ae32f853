/** GraphQL entry points for surveys. Thin: rules live in the service, Cypher in queries. */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { expectGlobalId } from '../../core/global-id';
import { hopOne, loadNode, rootConnection } from '../../graphql/resolve';
import type { RequestContext } from '../../context/context';
import { Participant, PARTICIPANT_NODE } from '../participant/participant.type';
import { Partnership, PARTNERSHIP_NODE } from '../partnership/partnership.type';
import { partnershipOf, SURVEY_PARTICIPANT } from '../../model/hops';
import { SURVEY } from '../../model/nodes';
import { SurveyRecordInput, SurveysArgs } from './survey.inputs';
import { surveyListing } from './survey.listing';
import { SurveyRecordPayload } from './survey.payloads';
import { SurveyService } from './survey.service';
import { Survey, SurveyConnection, SURVEY_NODE } from './survey.type';

const SURVEY_PARTNERSHIP = partnershipOf(SURVEY, 'OF');

@Resolver(() => Survey)
export class SurveyResolver {
  @Query(() => Survey, { nullable: true, description: 'A survey answer by its global id.' })
  survey(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Survey | null> {
    return loadNode(ctx, info, SURVEY_NODE, expectGlobalId(id, 'Survey'));
  }

  @Query(() => SurveyConnection, { description: 'Satisfaction survey answers, filtered, a page at a time.' })
  surveys(@Args(() => SurveysArgs) args: SurveysArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const { filter, ordering } = surveyListing(args);
    return rootConnection(ctx, info, SurveyConnection, SURVEY_NODE, args, filter, ordering);
  }

  @FieldResolver(() => Participant, { description: 'The respondent.' })
  participant(
    @Root() survey: Survey,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Participant | null> {
    return hopOne(ctx, info, SURVEY_PARTICIPANT, survey.key, 'NAME', PARTICIPANT_NODE);
  }

  @FieldResolver(() => Partnership, { description: 'The partnership rated.' })
  partnership(
    @Root() survey: Survey,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Partnership | null> {
    return hopOne(ctx, info, SURVEY_PARTNERSHIP, survey.key, 'NAME', PARTNERSHIP_NODE);
  }

  @Mutation(() => SurveyRecordPayload, {
    nullable: true,
    description: "Records a party's satisfaction score for a partnership.",
  })
  async surveyRecord(
    @Arg('input', () => SurveyRecordInput) input: SurveyRecordInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SurveyRecordPayload> {
    const result = await new SurveyService(ctx.db, ctx.services.clock).record(input);
    return Object.assign(new SurveyRecordPayload(), {
      survey: result.survey ? Survey.from(result.survey) : null,
      userErrors: result.userErrors,
    });
  }
}
