/** Drawing-ready graph views: participants as nodes, partnership ties as edges. */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Participant } from '../participant/participant.type';
import { Partnership } from '../partnership/partnership.type';

@ObjectType({ description: 'A participant in a graph view.' })
export class GraphNode {
  @Field(() => ID, { description: "The participant's global id (edges refer to it)." })
  id!: string;

  @Field(() => String, { description: 'Display label (the name).' })
  label!: string;

  @Field(() => Participant)
  participant!: Participant;

  @Field(() => Int, { nullable: true, description: 'Hops from the focus participant (neighborhood views).' })
  depth!: number | null;

  @Field(() => Int, { description: 'Number of edges of this node inside the view.' })
  degree!: number;
}

@ObjectType({ description: 'A collaboration tie: two participants party to the same partnership.' })
export class GraphEdge {
  @Field(() => ID, { description: 'Stable id of the tie inside the view.' })
  id!: string;

  @Field(() => ID, { description: 'Id of the source GraphNode.' })
  source!: string;

  @Field(() => ID, { description: 'Id of the target GraphNode.' })
  target!: string;

  @Field(() => Partnership)
  partnership!: Partnership;

  @Field(() => Float, {
    description: 'Tie strength: 1 + interactions within the partnership in the last 365 days.',
  })
  strength!: number;
}

@ObjectType({ description: 'Nodes and edges ready to draw, with the cap that bounded them.' })
export class GraphView {
  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: 'True when the limit cut the view short.' })
  truncated!: boolean;

  @Field(() => Int, { description: 'The node limit applied.' })
  limit!: number;
}

@ObjectType({ description: 'A chain of partnerships linking two participants: who can introduce whom.' })
export class CollaborationPath {
  @Field(() => Int, { description: 'Number of partnerships in the chain.' })
  hops!: number;

  @Field(() => [Participant], { description: 'From the first participant to the last, in order.' })
  participants!: Participant[];

  @Field(() => [Partnership], { description: 'partnerships[i] links participants[i] and participants[i + 1].' })
  partnerships!: Partnership[];

  @Field(() => Float, {
    nullable: true,
    description: 'Weighted paths only: the summed cost, Σ 1 / strength over the ties (lower = stronger chain).',
  })
  cost!: number | null;
}
