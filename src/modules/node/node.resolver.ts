/**
 * `node(id)` / `nodes(ids)`: fetch any object by global id. Each type resolves through the
 * same loader as every other path to it, so batching (and, later, authorisation) is shared.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { BadRequestError } from '../../core/errors';
import { decodeGlobalId } from '../../core/global-id';
import { Node } from '../../core/node';
import { loadNode, type SelectionInfo } from '../../graphql/resolve';
import type { RequestContext } from '../../context/context';
import { MODULES } from '../index';
import type { NodeType } from '../module';

const MAX_NODES = 100;

const typeName = (type: NodeType) => ('spec' in type ? type.spec.label : type.typeName);

const NODE_TYPES = new Map<string, NodeType>(
  MODULES.flatMap((module) => module.nodeTypes).map((type) => [typeName(type), type]),
);

function resolveNode(ctx: RequestContext, info: SelectionInfo, globalId: string): Promise<Node | null> {
  const decoded = decodeGlobalId(globalId);
  const type = decoded && NODE_TYPES.get(decoded.type);
  if (!type || !decoded) return Promise.resolve(null);
  return 'spec' in type ? loadNode(ctx, info, type, decoded.id) : type.load(ctx, decoded.id);
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when none has it.' })
  node(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Node | null> {
    return resolveNode(ctx, info, id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Objects by global id (at most ${MAX_NODES}), in the order asked; null for unknown ids.`,
  })
  nodes(
    @Arg('ids', () => [ID]) ids: string[],
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<(Node | null)[]> {
    if (ids.length > MAX_NODES) {
      throw new BadRequestError(`"ids" may hold at most ${MAX_NODES} ids (got ${ids.length})`);
    }
    return Promise.all(ids.map((id) => resolveNode(ctx, info, id)));
  }
}
