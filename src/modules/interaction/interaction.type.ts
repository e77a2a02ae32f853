/** The Interaction object: one engagement event between parties of a partnership. */
import { Field, Float, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../../core/connection';
import { toGlobalId } from '../../core/global-id';
import { Node } from '../../core/node';
import { DateTimeScalar } from '../../core/scalars';
import { InteractionKind } from './interaction.enums';
import { INTERACTION } from '../../model/nodes';
import { mappedNode } from '../../db/node-spec';

/** An interaction as stored in Neo4j (plain values, see db/values.ts). */
export interface InteractionRecord {
  id: string;
  kind: InteractionKind;
  at: Date;
  weight: number;
  note: string | null;
  /** Database id of the interaction this one corrects. */
  corrects: string | null;
  correctionReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

@ObjectType({
  implements: Node,
  description:
    'An engagement event (meeting, joint work, referral...) within a partnership. Append-only: a mistake is fixed by recording a correction, which replaces the original in every list.',
})
export class Interaction extends Node {
  /** The database id (UUID); not exposed, clients use the global `id`. */
  key!: string;

  /** Database id of the corrected interaction, resolved by the `corrects` field. */
  correctsKey!: string | null;

  @Field(() => InteractionKind)
  kind!: InteractionKind;

  @Field(() => DateTimeScalar, { description: 'When it took place.' })
  at!: Date;

  @Field(() => Float, { description: 'Intensity, 0 < weight ≤ 5; 1 is an ordinary contact.' })
  weight!: number;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'Why this record corrects an earlier one (with `corrects`).' })
  correctionReason!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  static from(record: InteractionRecord): Interaction {
    return Object.assign(new Interaction(), {
      id: toGlobalId('Interaction', record.id),
      key: record.id,
      correctsKey: record.corrects ?? null,
      kind: record.kind,
      at: record.at,
      weight: record.weight,
      note: record.note ?? null,
      correctionReason: record.correctionReason ?? null,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    });
  }
}

@ObjectType()
export class InteractionEdge extends EdgeType(Interaction) {}

@ObjectType({ description: 'A page of interactions.' })
export class InteractionConnection extends ConnectionType(InteractionEdge, Interaction) {}

/** The Interaction spec with its mapper: what loads through it comes back as Interaction objects. */
export const INTERACTION_NODE = mappedNode(INTERACTION, Interaction.from);
