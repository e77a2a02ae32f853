/** `recommendPartners(participantId, k)`: one Cypher statement (2-hop expansion). */
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { BadRequestError } from '../../core/errors';
import { expectGlobalId } from '../../core/global-id';
import type { RequestContext } from '../../context/context';
import { Participant, type ParticipantRecord } from '../participant/participant.type';
import { adamicAdarCandidates } from './recommendation.queries';
import { PartnerRecommendation, SharedNeighbour } from './recommendation.type';

export const RECOMMENDATION_LIMITS = { min: 1, max: 50, default: 10 } as const;

interface SharedRow {
  participant: ParticipantRecord;
  degree: number;
}

@Resolver()
export class RecommendationResolver {
  @Query(() => [PartnerRecommendation], {
    description:
      'Top-k participants this one does not work with yet, ranked by Adamic–Adar on the collaboration graph (shared partners, hubs weighted down), each explained by the shared partners. Empty for an EXITED participant.',
  })
  async recommendPartners(
    @Arg('participantId', () => ID) participantId: string,
    @Arg('k', () => Int, {
      defaultValue: RECOMMENDATION_LIMITS.default,
      description: `1..${RECOMMENDATION_LIMITS.max}.`,
    })
    k: number,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnerRecommendation[]> {
    if (!Number.isInteger(k) || k < RECOMMENDATION_LIMITS.min || k > RECOMMENDATION_LIMITS.max) {
      throw new BadRequestError(
        `"k" must be between ${RECOMMENDATION_LIMITS.min} and ${RECOMMENDATION_LIMITS.max} (got ${k})`,
      );
    }
    const key = expectGlobalId(participantId, 'Participant');
    const rows = await ctx.db.readRows(adamicAdarCandidates(key, k));
    if (rows.length === 0) throw new BadRequestError(`No participant with id "${participantId}"`);
    return rows
      .filter((row) => row.candidate !== null)
      .map((row) =>
        Object.assign(new PartnerRecommendation(), {
          participant: Participant.from(row.candidate as ParticipantRecord),
          score: Number(row.score),
          sharedNeighbours: (row.shared as SharedRow[])
            .map((shared) =>
              Object.assign(new SharedNeighbour(), {
                participant: Participant.from(shared.participant),
                degree: Number(shared.degree),
                contribution: 1 / Math.log(Number(shared.degree)),
              }),
            )
            .sort((a, b) => a.degree - b.degree || (a.participant.key < b.participant.key ? -1 : 1)),
        }),
      );
  }
}
