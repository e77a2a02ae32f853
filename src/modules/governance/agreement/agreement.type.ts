/** The Agreement object: a contract (NDA, MoU, master agreement...) concerning one partnership. */
import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../../../core/connection';
import { toGlobalId } from '../../../core/global-id';
import { Node } from '../../../core/node';
import { DateTimeScalar } from '../../../core/scalars';
import { AgreementKind, AgreementStatus } from './agreement.enums';
import { AGREEMENT } from '../../../model/nodes';
import { mappedNode } from '../../../db/node-spec';

export interface AgreementRecord {
  id: string;
  title: string;
  kind: AgreementKind;
  status: AgreementStatus;
  signedAt: Date | null;
  expiresAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

@ObjectType({ implements: Node, description: 'A contract concerning one partnership.' })
export class Agreement extends Node {
  /** The database id (UUID); not exposed, clients use the global `id`. */
  key!: string;

  @Field(() => String)
  title!: string;

  @Field(() => AgreementKind)
  kind!: AgreementKind;

  @Field(() => AgreementStatus)
  status!: AgreementStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was executed (signed by all parties).' })
  signedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'End of its term; when it expired once EXPIRED.' })
  expiresAt!: Date | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  static from(record: AgreementRecord): Agreement {
    return Object.assign(new Agreement(), record, {
      key: record.id,
      id: toGlobalId('Agreement', record.id),
      signedAt: record.signedAt ?? null,
      expiresAt: record.expiresAt ?? null,
    });
  }
}

@ObjectType()
export class AgreementEdge extends EdgeType(Agreement) {}

@ObjectType({ description: 'A page of agreements.' })
export class AgreementConnection extends ConnectionType(AgreementEdge, Agreement) {}

/** The Agreement spec with its mapper: what loads through it comes back as Agreement objects. */
export const AGREEMENT_NODE = mappedNode(AGREEMENT, Agreement.from);
