/** The Decision object: a recorded governance decision about one partnership. */
import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../../../core/connection';
import { toGlobalId } from '../../../core/global-id';
import { Node } from '../../../core/node';
import { DateTimeScalar } from '../../../core/scalars';
import { DecisionOutcome } from './decision.enums';
import { DECISION } from '../../../model/nodes';
import { mappedNode } from '../../../db/node-spec';

export interface DecisionRecord {
  id: string;
  title: string;
  outcome: DecisionOutcome;
  decidedAt: Date;
  rationale: string;
  createdAt: Date;
  updatedAt: Date;
}

@ObjectType({ implements: Node, description: 'A governance decision about one partnership (a record, never changed).' })
export class Decision extends Node {
  /** The database id (UUID); not exposed, clients use the global `id`. */
  key!: string;

  @Field(() => String)
  title!: string;

  @Field(() => DecisionOutcome)
  outcome!: DecisionOutcome;

  @Field(() => DateTimeScalar)
  decidedAt!: Date;

  @Field(() => String, { description: 'Why it was decided so.' })
  rationale!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  static from(record: DecisionRecord): Decision {
    return Object.assign(new Decision(), record, { key: record.id, id: toGlobalId('Decision', record.id) });
  }
}

@ObjectType()
export class DecisionEdge extends EdgeType(Decision) {}

@ObjectType({ description: 'A page of decisions.' })
export class DecisionConnection extends ConnectionType(DecisionEdge, Decision) {}

/** The Decision spec with its mapper: what loads through it comes back as Decision objects. */
export const DECISION_NODE = mappedNode(DECISION, Decision.from);
