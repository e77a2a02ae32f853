/** StageChange: one recorded lifecycle move of a partnership (from, to, when, who, why). */
import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../../core/connection';
import { toGlobalId } from '../../core/global-id';
import { Node } from '../../core/node';
import { DateTimeScalar } from '../../core/scalars';
import { PartnershipStage } from './partnership.enums';
import { STAGE_CHANGE } from '../../model/nodes';
import { mappedNode } from '../../db/node-spec';

export interface StageChangeRecord {
  id: string;
  from: PartnershipStage | null;
  to: PartnershipStage;
  at: Date;
  reason: string | null;
  by: string | null;
  createdAt: Date;
  updatedAt: Date;
}

@ObjectType({ implements: Node, description: 'A recorded move of a partnership from one lifecycle stage to another.' })
export class StageChange extends Node {
  key!: string;

  @Field(() => PartnershipStage, { nullable: true, description: 'Null for the first stage of a partnership.' })
  from!: PartnershipStage | null;

  @Field(() => PartnershipStage)
  to!: PartnershipStage;

  @Field(() => DateTimeScalar)
  at!: Date;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'Who made the move.' })
  by!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  static from(record: StageChangeRecord): StageChange {
    return Object.assign(new StageChange(), record, {
      key: record.id,
      id: toGlobalId('StageChange', record.id),
      from: record.from ?? null,
      reason: record.reason ?? null,
      by: record.by ?? null,
    });
  }
}

@ObjectType()
export class StageChangeEdge extends EdgeType(StageChange) {}

@ObjectType({ description: 'Lifecycle history, oldest first unless ordered otherwise.' })
export class StageChangeConnection extends ConnectionType(StageChangeEdge, StageChange) {}

/** The StageChange spec with its mapper: what loads through it comes back as StageChange objects. */
export const STAGE_CHANGE_NODE = mappedNode(STAGE_CHANGE, StageChange.from);
