/**
 * `node(id)` / `nodes(ids)`: fetch any object by global id. Each type resolves through the
 * same loader as every other path to it, so batching (and, later, authorisation) is shared.
 */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { BadRequestError } from '../../core/errors';
import { decodeGlobalId } from '../../core/global-id';
import { Node } from '../../core/node';
import type { RequestContext } from '../../context/context';
import { Participant } from '../participant/participant.type';

const MAX_NODES = 100;

type NodeLoader = (ctx: RequestContext, id: string) => Promise<Node | null>;

const LOADERS: Record<string, NodeLoader> = {
  Participant: async (ctx, id) => {
    const record = await ctx.loaders.participants.byId.load(id);
    return record ? Participant.from(record) : null;
  },
};

async function loadNode(ctx: RequestContext, globalId: string): Promise<Node | null> {
  const decoded = decodeGlobalId(globalId);
  const loader = decoded && LOADERS[decoded.type];
  return loader ? loader(ctx, decoded.id) : null;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when none has it.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Node | null> {
    return loadNode(ctx, id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Objects by global id (at most ${MAX_NODES}), in the order asked; null for unknown ids.`,
  })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext): Promise<(Node | null)[]> {
    if (ids.length > MAX_NODES) {
      throw new BadRequestError(`"ids" may hold at most ${MAX_NODES} ids (got ${ids.length})`);
    }
    return Promise.all(ids.map((id) => loadNode(ctx, id)));
  }
}
