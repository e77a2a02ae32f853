/**
 * `search(text)`: one ranked list across participants, partnerships and initiatives, from
 * their full-text indexes (graph/migrations/0004_fulltext_search.cypher).
 */
import {
  Arg,
  Ctx,
  createUnionType,
  Field,
  Float,
  Int,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from 'type-graphql';
import { BadRequestError } from '../../core/errors';
import type { RequestContext } from '../../context/context';
import { identifier, projection } from '../../db/cypher';
import type { Statement } from '../../db/gateway';
import type { MappedNode } from '../../db/node-spec';
import { toFulltextQuery } from '../../core/text-rules';
import { int, type Row } from '../../db/values';
import { Initiative, INITIATIVE_NODE } from '../initiative/initiative.type';
import { Participant, PARTICIPANT_NODE } from '../participant/participant.type';
import { Partnership, PARTNERSHIP_NODE } from '../partnership/partnership.type';

export enum SearchableType {
  PARTICIPANT = 'PARTICIPANT',
  PARTNERSHIP = 'PARTNERSHIP',
  INITIATIVE = 'INITIATIVE',
}
registerEnumType(SearchableType, { name: 'SearchableType' });

const SEARCHABLE: Record<SearchableType, MappedNode<Participant | Partnership | Initiative>> = {
  [SearchableType.PARTICIPANT]: PARTICIPANT_NODE,
  [SearchableType.PARTNERSHIP]: PARTNERSHIP_NODE,
  [SearchableType.INITIATIVE]: INITIATIVE_NODE,
};

export const SearchResult = createUnionType({
  name: 'SearchResult',
  types: () => [Participant, Partnership, Initiative] as const,
  resolveType: (value) =>
    value instanceof Participant ? 'Participant' : value instanceof Partnership ? 'Partnership' : 'Initiative',
});

@ObjectType({ description: 'One search match and its relevance.' })
export class SearchHit {
  @Field(() => SearchResult)
  node!: Participant | Partnership | Initiative;

  @Field(() => Float, { description: 'Lucene relevance; comparable within one type, indicative across types.' })
  score!: number;
}

const MAX_HITS = 50;

/** One UNION branch per searched type, each projecting its own spec's properties. */
export function searchStatement(text: string, types: SearchableType[], limit: number): Statement {
  const branches = types.map((type) => {
    const { spec } = SEARCHABLE[type];
    return `CALL db.index.fulltext.queryNodes('${identifier(spec.fulltextIndex ?? '')}', $text, {limit: $limit})
  YIELD node, score
  RETURN '${type}' AS type, ${projection('node', spec.properties)} AS props, score`;
  });
  return {
    cypher: `CALL {\n  ${branches.join('\n  UNION ALL\n  ')}\n}\nRETURN type, props, score ORDER BY score DESC, props.id LIMIT $limit`,
    params: { text, limit: int(limit) },
  };
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], { description: 'Full-text search across participants, partnerships and initiatives.' })
  async search(
    @Arg('text', () => String) text: string,
    @Arg('first', () => Int, { defaultValue: 20, description: `1..${MAX_HITS}.` }) first: number,
    @Arg('types', () => [SearchableType], { nullable: true, description: 'Default: all.' })
    types: SearchableType[] | null,
    @Ctx() ctx: RequestContext,
  ): Promise<SearchHit[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_HITS) {
      throw new BadRequestError(`"first" must be between 1 and ${MAX_HITS} (got ${first})`);
    }
    const query = toFulltextQuery(text);
    if (!query) throw new BadRequestError('"text" must contain at least one word');
    const searched = types?.length ? [...new Set(types)] : Object.values(SearchableType);
    const rows = await ctx.db.readRows(searchStatement(query, searched, first));
    return rows.map((row) =>
      Object.assign(new SearchHit(), {
        node: SEARCHABLE[row.type as SearchableType].toNode(row.props as Row),
        score: Number(row.score),
      }),
    );
  }
}
