/**
 * What a domain module contributes to the API: its resolver classes and the node types it
 * owns (so `node(id)` can fetch them through the same loaders as every other path).
 */
import type { Node } from '../core/node';
import type { NodeSpec } from '../db/node-spec';
import type { Row } from '../db/values';

export interface NodeType {
  spec: NodeSpec;
  toNode: (row: Row) => Node;
}

export interface EcographModule {
  name: string;
  // type-graphql takes resolver classes as plain constructors.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: Function[];
  nodeTypes: NodeType[];
}
