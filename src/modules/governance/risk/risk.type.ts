/** The Risk object: a risk raised about one partnership, with an owner and a due date. */
import { Field, Float, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../../../core/connection';
import { toGlobalId } from '../../../core/global-id';
import { Node } from '../../../core/node';
import { DateTimeScalar } from '../../../core/scalars';
import { RiskCategory, RiskSeverity, RiskStatus } from './risk.enums';
import { RISK } from '../../../model/nodes';
import { mappedNode } from '../../../db/node-spec';

export interface RiskRecord {
  id: string;
  title: string;
  category: RiskCategory;
  severity: RiskSeverity;
  likelihood: number;
  status: RiskStatus;
  raisedAt: Date;
  dueAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

@ObjectType({ implements: Node, description: 'A risk concerning one partnership.' })
export class Risk extends Node {
  /** The database id (UUID); not exposed, clients use the global `id`. */
  key!: string;

  @Field(() => String)
  title!: string;

  @Field(() => RiskCategory)
  category!: RiskCategory;

  @Field(() => RiskSeverity)
  severity!: RiskSeverity;

  @Field(() => Float, { description: 'Probability that it materialises, 0..1.' })
  likelihood!: number;

  @Field(() => RiskStatus)
  status!: RiskStatus;

  @Field(() => DateTimeScalar)
  raisedAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it should be mitigated or closed by.' })
  dueAt!: Date;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  static from(record: RiskRecord): Risk {
    return Object.assign(new Risk(), record, { key: record.id, id: toGlobalId('Risk', record.id) });
  }
}

@ObjectType()
export class RiskEdge extends EdgeType(Risk) {}

@ObjectType({ description: 'A page of risks.' })
export class RiskConnection extends ConnectionType(RiskEdge, Risk) {}

/** The Risk spec with its mapper: what loads through it comes back as Risk objects. */
export const RISK_NODE = mappedNode(RISK, Risk.from);
