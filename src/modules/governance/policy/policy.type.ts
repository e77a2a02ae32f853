/** The Policy object: an ecosystem-level rule, applied to partnerships. */
import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../../../core/connection';
import { toGlobalId } from '../../../core/global-id';
import { Node } from '../../../core/node';
import { DateTimeScalar } from '../../../core/scalars';
import { Partnership } from '../../partnership/partnership.type';
import { PolicyArea, PolicyStatus } from './policy.enums';
import { POLICY } from '../../../model/nodes';
import { mappedNode } from '../../../db/node-spec';

export interface PolicyRecord {
  id: string;
  title: string;
  area: PolicyArea;
  status: PolicyStatus;
  effectiveAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

@ObjectType({ implements: Node, description: 'An ecosystem-level policy, applied to some partnerships.' })
export class Policy extends Node {
  /** The database id (UUID); not exposed, clients use the global `id`. */
  key!: string;

  @Field(() => String)
  title!: string;

  @Field(() => PolicyArea)
  area!: PolicyArea;

  @Field(() => PolicyStatus)
  status!: PolicyStatus;

  @Field(() => DateTimeScalar, { description: 'When the policy takes (or took) effect.' })
  effectiveAt!: Date;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  static from(record: PolicyRecord): Policy {
    return Object.assign(new Policy(), record, { key: record.id, id: toGlobalId('Policy', record.id) });
  }
}

@ObjectType()
export class PolicyEdge extends EdgeType(Policy) {}

@ObjectType({ description: 'A page of policies.' })
export class PolicyConnection extends ConnectionType(PolicyEdge, Policy) {}

@ObjectType()
export class PolicyPartnershipEdge extends EdgeType(Partnership) {}

@ObjectType({ description: 'The partnerships a policy applies to.' })
export class PolicyPartnershipConnection extends ConnectionType(PolicyPartnershipEdge, Partnership) {}

/** The Policy spec with its mapper: what loads through it comes back as Policy objects. */
export const POLICY_NODE = mappedNode(POLICY, Policy.from);
