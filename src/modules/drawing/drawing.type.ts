/**
 * GraphQL shape of the drawable collaboration graph: parallel arrays (drawing.encode.ts).
 *
 * Cost: `drawableGraph(first)` multiplies everything below it by `first` (the generic cost
 * model, src/security/query-limits.ts). A value in a node array costs 0.1 (an array of
 * scalars is far cheaper to serve than an object field), an edge array 0.1 × EDGES_PER_NODE
 * (edges are capped at that many per node), and the fixed-size parts (counts, dictionaries,
 * provenance) cost nothing. The medium seed drawn whole, every array selected, costs about
 * 28,000 of the default 50,000.
 */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../core/scalars';
import { ParticipantKind, ParticipantStatus } from '../participant/participant.enums';
import { PartnershipStage, PartnershipType } from '../partnership/partnership.enums';
import { EDGES_PER_NODE } from './drawing.encode';

const NODE_VALUE = { complexity: 0.1 } as const;
const EDGE_VALUE = { complexity: 0.1 * EDGES_PER_NODE } as const;
const FIXED = { complexity: 0 } as const;

@ObjectType({ description: 'A partnership type and stage: edges refer to these by index.' })
export class PartnershipClass {
  @Field(() => PartnershipType, FIXED) type!: PartnershipType;
  @Field(() => PartnershipStage, FIXED) stage!: PartnershipStage;
}

@ObjectType({
  description:
    'Node attributes as parallel arrays: index i of every array is the same participant. Categorical values are indices into the dictionaries of DrawableGraph; metrics are those of `Participant.metrics` (same KPI snapshot).',
})
export class DrawableNodes {
  @Field(() => [ID], {
    nullable: true,
    ...NODE_VALUE,
    description: 'Global participant ids; null when the role sees aggregates only (`identities: false`).',
  })
  id!: string[] | null;

  @Field(() => [String], { nullable: true, ...NODE_VALUE, description: 'Names; null when `identities` is false.' })
  label!: string[] | null;

  @Field(() => [Int], { ...NODE_VALUE, description: 'Index into `kinds`.' }) kind!: number[];
  @Field(() => [Int], { ...NODE_VALUE, description: 'Index into `sectors`.' }) sector!: number[];
  @Field(() => [Int], { ...NODE_VALUE, description: 'Index into `regions`.' }) region!: number[];
  @Field(() => [Int], { ...NODE_VALUE, description: 'Index into `statuses` (status now).' }) status!: number[];

  @Field(() => [Int], {
    ...NODE_VALUE,
    description: 'Connected component, 0 = the largest (nodes come in component order).',
  })
  component!: number[];

  @Field(() => [Int], { ...NODE_VALUE, description: 'Louvain community id.' }) community!: number[];
  @Field(() => [Int], NODE_VALUE) degree!: number[];
  @Field(() => [Float], NODE_VALUE) weightedDegree!: number[];
  @Field(() => [Float], NODE_VALUE) pageRank!: number[];
  @Field(() => [Float], NODE_VALUE) betweenness!: number[];
  @Field(() => [Float], NODE_VALUE) closeness!: number[];
  @Field(() => [Float], NODE_VALUE) eigenvector!: number[];
}

@ObjectType({
  description:
    'Ties of the collaboration graph as parallel arrays: edge j joins nodes source[j] and target[j] (node indices, source < target).',
})
export class DrawableEdges {
  @Field(() => [Int], EDGE_VALUE) source!: number[];
  @Field(() => [Int], EDGE_VALUE) target!: number[];

  @Field(() => [Int], { ...EDGE_VALUE, description: 'Shared non-terminated partnerships (the KPI weight).' })
  weight!: number[];

  @Field(() => [[Int]], {
    ...EDGE_VALUE,
    description:
      'Per edge, one index into `partnershipClasses` per shared partnership (type and stage now), for filtering by type and stage.',
  })
  partnerships!: number[][];
}

@ObjectType({
  description:
    'The collaboration graph ready to draw in one request: participants (not EXITED) and their ties, attributes and centralities from the cached KPI snapshot.',
})
export class DrawableGraph {
  @Field(() => Int, { ...FIXED, description: 'Participants in the collaboration graph.' }) totalNodes!: number;
  @Field(() => Int, { ...FIXED, description: 'Ties in the collaboration graph.' }) totalEdges!: number;

  @Field(() => Boolean, { ...FIXED, description: 'True when `first` or the edge cap left nodes or edges out.' })
  truncated!: boolean;

  @Field(() => Boolean, {
    ...FIXED,
    description:
      'False under AGGREGATE disclosure: the structure, attributes and metrics are drawn but ids and labels are null.',
  })
  identities!: boolean;

  @Field(() => Int, { ...FIXED, description: 'Graph version the snapshot was computed from.' }) version!: number;
  @Field(() => Int, { ...FIXED, description: 'Graph version now.' }) currentVersion!: number;
  @Field(() => Boolean, { ...FIXED, description: 'True when the graph changed since the snapshot.' }) stale!: boolean;
  @Field(() => DateTimeScalar, FIXED) computedAt!: Date;
  @Field(() => String, { ...FIXED, description: 'KPI engine: "gds" or "graphology".' }) engine!: string;

  @Field(() => [ParticipantKind], FIXED) kinds!: string[];
  @Field(() => [String], FIXED) sectors!: string[];
  @Field(() => [String], FIXED) regions!: string[];
  @Field(() => [ParticipantStatus], FIXED) statuses!: string[];
  @Field(() => [PartnershipClass], FIXED) partnershipClasses!: PartnershipClass[];

  @Field(() => DrawableNodes, FIXED) nodes!: DrawableNodes;
  @Field(() => DrawableEdges, FIXED) edges!: DrawableEdges;
}
