/** The ComplianceCheck object: the outcome of one check (due diligence, security...) of a partnership. */
import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../../../core/connection';
import { toGlobalId } from '../../../core/global-id';
import { Node } from '../../../core/node';
import { DateTimeScalar } from '../../../core/scalars';
import { ComplianceCheckKind, ComplianceCheckStatus } from './compliance-check.enums';
import { COMPLIANCE_CHECK } from '../../../model/nodes';
import { mappedNode } from '../../../db/node-spec';

export interface ComplianceCheckRecord {
  id: string;
  kind: ComplianceCheckKind;
  status: ComplianceCheckStatus;
  checkedAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

@ObjectType({
  implements: Node,
  description: 'A compliance check of one partnership at one time; a later check is a new record.',
})
export class ComplianceCheck extends Node {
  /** The database id (UUID); not exposed, clients use the global `id`. */
  key!: string;

  @Field(() => ComplianceCheckKind)
  kind!: ComplianceCheckKind;

  @Field(() => ComplianceCheckStatus)
  status!: ComplianceCheckStatus;

  @Field(() => DateTimeScalar)
  checkedAt!: Date;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  static from(record: ComplianceCheckRecord): ComplianceCheck {
    return Object.assign(new ComplianceCheck(), record, {
      key: record.id,
      id: toGlobalId('ComplianceCheck', record.id),
    });
  }
}

@ObjectType()
export class ComplianceCheckEdge extends EdgeType(ComplianceCheck) {}

@ObjectType({ description: 'A page of compliance checks.' })
export class ComplianceCheckConnection extends ConnectionType(ComplianceCheckEdge, ComplianceCheck) {}

/** The ComplianceCheck spec with its mapper: what loads through it comes back as ComplianceCheck objects. */
export const COMPLIANCE_CHECK_NODE = mappedNode(COMPLIANCE_CHECK, ComplianceCheck.from);
