/** The ValueFlow object: money or another value moving from one party to another. */
import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../../core/connection';
import { toGlobalId } from '../../core/global-id';
import { Node } from '../../core/node';
import { DateTimeScalar } from '../../core/scalars';
import { Money } from './money';
import { ValueFlowKind } from './value-flow.enums';

/** A VALUE_FLOW relationship as read (see relationship.queries.ts). */
export interface ValueFlowRecord {
  id: string;
  kind: ValueFlowKind;
  amount: number;
  currency: string;
  at: Date;
  partnershipId: string | null;
  corrects: string | null;
  correctionReason: string | null;
  /** Absent on flows loaded in bulk (the demo data). */
  createdAt: Date | null;
  fromId: string;
  toId: string;
}

@ObjectType({
  implements: Node,
  description:
    'Value moving between two parties of a partnership (revenue, funding, data...). Append-only: a mistake is fixed by recording a correction, which replaces the original in every list.',
})
export class ValueFlow extends Node {
  /** The relationship's id (UUID); not exposed, clients use the global `id`. */
  key!: string;
  fromKey!: string;
  toKey!: string;
  partnershipKey!: string | null;
  correctsKey!: string | null;

  @Field(() => ValueFlowKind)
  kind!: ValueFlowKind;

  @Field(() => Money)
  amount!: Money;

  @Field(() => DateTimeScalar, { description: 'When the value moved.' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'Why this record corrects an earlier one (with `corrects`).' })
  correctionReason!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was recorded through the API.' })
  createdAt!: Date | null;

  static from(record: ValueFlowRecord): ValueFlow {
    return Object.assign(new ValueFlow(), {
      id: toGlobalId('ValueFlow', record.id),
      key: record.id,
      fromKey: record.fromId,
      toKey: record.toId,
      partnershipKey: record.partnershipId ?? null,
      correctsKey: record.corrects ?? null,
      kind: record.kind,
      amount: Money.of(record.amount, record.currency),
      at: record.at,
      correctionReason: record.correctionReason ?? null,
      createdAt: record.createdAt ?? null,
    });
  }
}

@ObjectType()
export class ValueFlowEdge extends EdgeType(ValueFlow) {}

@ObjectType({ description: 'A page of value flows.' })
export class ValueFlowConnection extends ConnectionType(ValueFlowEdge, ValueFlow) {}
