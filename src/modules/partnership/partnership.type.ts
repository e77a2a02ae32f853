/** The Partnership object: a reified relationship between two or more participants. */
import { Field, Float, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../../core/connection';
import { toGlobalId } from '../../core/global-id';
import { Node } from '../../core/node';
import { DateTimeScalar } from '../../core/scalars';
import { PartnershipStage, PartnershipSubtype, PartnershipType } from './partnership.enums';
import { PARTNERSHIP } from '../../model/nodes';
import { mappedNode } from '../../db/node-spec';

export interface PartnershipRecord {
  id: string;
  name: string;
  type: PartnershipType;
  subtype: PartnershipSubtype;
  stage: PartnershipStage;
  strategicAlignment: number | null;
  startedAt: Date | null;
  endsAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

@ObjectType({ implements: Node, description: 'A partnership between two or more participants.' })
export class Partnership extends Node {
  /** The database id (UUID); not exposed, clients use the global `id`. */
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => PartnershipType)
  type!: PartnershipType;

  @Field(() => PartnershipSubtype)
  subtype!: PartnershipSubtype;

  @Field(() => PartnershipStage)
  stage!: PartnershipStage;

  @Field(() => Float, { nullable: true, description: 'Fit with the ecosystem strategy, 0..1.' })
  strategicAlignment!: number | null;

  @Field(() => DateTimeScalar, { nullable: true })
  startedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  endsAt!: Date | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  static from(record: PartnershipRecord): Partnership {
    return Object.assign(new Partnership(), record, {
      key: record.id,
      id: toGlobalId('Partnership', record.id),
      strategicAlignment: record.strategicAlignment ?? null,
      startedAt: record.startedAt ?? null,
      endsAt: record.endsAt ?? null,
    });
  }
}

@ObjectType()
export class PartnershipEdge extends EdgeType(Partnership) {}

@ObjectType({ description: 'A page of partnerships.' })
export class PartnershipConnection extends ConnectionType(PartnershipEdge, Partnership) {}

/** The Partnership spec with its mapper: what loads through it comes back as Partnership objects. */
export const PARTNERSHIP_NODE = mappedNode(PARTNERSHIP, Partnership.from);
