/**
 * What a domain module contributes to the API: its resolver classes and the node types it
 * owns (so `node(id)` can fetch them through the same loaders as every other path).
 */
import type { RequestContext } from '../context/context';
import type { Node } from '../core/node';
import type { MappedNode } from '../db/node-spec';

/**
 * A type `node(id)` can fetch: a node label read through the generic loaders, or an object
 * that is not a node (a value flow is a relationship) with its own batched loader.
 */
export type NodeType =
  MappedNode<Node> | { typeName: string; load: (ctx: RequestContext, id: string) => Promise<Node | null> };

export interface EcographModule {
  name: string;
  // type-graphql takes resolver classes as plain constructors.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: Function[];
  nodeTypes: NodeType[];
}
