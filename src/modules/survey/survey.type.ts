/** The Survey object: one party's satisfaction score for a partnership. */
import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../../core/connection';
import { toGlobalId } from '../../core/global-id';
import { Node } from '../../core/node';
import { DateTimeScalar } from '../../core/scalars';
import { SURVEY } from '../../model/nodes';
import { mappedNode } from '../../db/node-spec';

/** A survey as stored in Neo4j (plain values, see db/values.ts). */
export interface SurveyRecord {
  id: string;
  score: number;
  at: Date;
  comment: string | null;
  createdAt: Date;
  updatedAt: Date;
}

@ObjectType({ implements: Node, description: "A party's satisfaction with a partnership, scored 0..10." })
export class Survey extends Node {
  /** The database id (UUID); not exposed, clients use the global `id`. */
  key!: string;

  @Field(() => Int, { description: '0 (very unsatisfied) .. 10 (very satisfied).' })
  score!: number;

  @Field(() => DateTimeScalar, { description: 'When the answer was given.' })
  at!: Date;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  static from(record: SurveyRecord): Survey {
    return Object.assign(new Survey(), record, {
      key: record.id,
      id: toGlobalId('Survey', record.id),
      comment: record.comment ?? null,
    });
  }
}

@ObjectType()
export class SurveyEdge extends EdgeType(Survey) {}

@ObjectType({ description: 'A page of surveys.' })
export class SurveyConnection extends ConnectionType(SurveyEdge, Survey) {}

/** The Survey spec with its mapper: what loads through it comes back as Survey objects. */
export const SURVEY_NODE = mappedNode(SURVEY, Survey.from);
