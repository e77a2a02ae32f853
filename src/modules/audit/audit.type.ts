/** The audit trail as GraphQL (ADMIN only, see src/auth/access-rules.ts). */
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import type { AuditRecord } from '../../audit-trail/audit.queries';
import { ConnectionArgs, ConnectionType, EdgeType } from '../../core/connection';
import { toGlobalId } from '../../core/global-id';
import { DateTimeScalar } from '../../core/scalars';
import { AUDIT_ENTRY } from '../../model/nodes';
import { mappedNode } from '../../db/node-spec';

/** A stored entry: what the audit trail wrote (src/audit-trail/audit.queries.ts), with its id and time. */
export interface AuditEntryRecord extends AuditRecord {
  id: string;
  at: Date;
}

@ObjectType({ description: 'One committed mutation: who, when, what, and the fields it changed.' })
export class AuditEntry {
  key!: string;

  @Field(() => ID) id!: string;
  @Field(() => DateTimeScalar, { description: 'Commit time of the change.' }) at!: Date;
  @Field(() => String, { description: 'Token subject or API key id.' }) actor!: string;
  @Field(() => String) actorRole!: string;
  @Field(() => String, { description: 'The mutation field, e.g. partnershipMoveStage.' }) operation!: string;
  @Field(() => ID, { nullable: true, description: 'Global id of the object the input named (updates).' })
  subjectId!: string | null;
  @Field(() => String, { description: 'The mutation input, as JSON.' }) input!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Changed fields of the subject as JSON: { field: { before, after } }; null for creates.',
  })
  changes!: string | null;

  static from(record: AuditEntryRecord): AuditEntry {
    return Object.assign(new AuditEntry(), record, {
      key: record.id,
      id: toGlobalId('AuditEntry', record.id),
      subjectId: record.subjectType && record.subjectId ? toGlobalId(record.subjectType, record.subjectId) : null,
    });
  }
}

@ObjectType()
export class AuditEntryEdge extends EdgeType(AuditEntry) {}

@ObjectType({ description: 'A page of audit entries, newest first.' })
export class AuditEntryConnection extends ConnectionType(AuditEntryEdge, AuditEntry) {}

@InputType()
export class AuditFilter {
  @Field(() => String, { nullable: true }) actor?: string | null;
  @Field(() => String, { nullable: true }) operation?: string | null;
  @Field(() => ID, { nullable: true, description: 'Entries about this object (global id).' }) subjectId?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) from?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) before?: Date | null;
}

@ArgsType()
export class AuditTrailArgs extends ConnectionArgs {
  @Field(() => AuditFilter, { nullable: true }) filter?: AuditFilter | null;
}

/** The AuditEntry spec with its mapper: what loads through it comes back as AuditEntry objects. */
export const AUDIT_ENTRY_NODE = mappedNode(AUDIT_ENTRY, AuditEntry.from, {
  fields: { subjectId: ['subjectType', 'subjectId'] },
});
