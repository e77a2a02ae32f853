/** `viewer`: who is signed in and what their role lets them see, so clients hide the rest. */
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { Policy } from '../../auth/policy';
import { ROLES, type Role } from '../../auth/roles';
import type { Viewer } from '../../auth/viewer';
import { DateTimeScalar } from '../../core/scalars';

export const AccessRole = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };
registerEnumType(AccessRole, { name: 'AccessRole', description: 'The roles of docs/security.md.' });

export enum DisclosureLevel {
  FULL = 'FULL',
  AGGREGATE = 'AGGREGATE',
}
registerEnumType(DisclosureLevel, {
  name: 'DisclosureLevel',
  description: 'FULL: names behind analytics results; AGGREGATE: numbers and counts only.',
});

@ObjectType('SignedInViewer', {
  description: 'The caller of this request and what the role may see and do (docs/security.md).',
})
export class SignedInViewer {
  @Field(() => String, { description: 'JWT subject or API key id.' })
  id!: string;

  @Field(() => String, { description: '"user" (JWT) or "service" (API key).' })
  kind!: string;

  @Field(() => AccessRole)
  role!: Role;

  @Field(() => DisclosureLevel, { description: 'Whether analytics results name the participants behind them.' })
  disclosure!: DisclosureLevel;

  @Field(() => Boolean, { description: 'Value-flow amounts, money KPIs, risks, conflicts, agreements.' })
  canReadSensitive!: boolean;

  @Field(() => Boolean, { description: 'Mutations (MANAGER: own partnerships only).' })
  canWrite!: boolean;

  @Field(() => Boolean, { description: 'MANAGER: writes only partnerships the caller (co-)owns.' })
  writesOwnOnly!: boolean;

  @Field(() => Boolean, { description: 'Team, committees, policies and the audit trail.' })
  isAdmin!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the credential stops being valid.' })
  expiresAt?: Date;

  static of(viewer: Viewer, policy: Policy): SignedInViewer {
    return Object.assign(new SignedInViewer(), {
      id: viewer.id,
      kind: viewer.kind,
      role: viewer.role,
      disclosure: policy.can(viewer, 'read:identities') ? DisclosureLevel.FULL : DisclosureLevel.AGGREGATE,
      canReadSensitive: policy.can(viewer, 'read:sensitive'),
      canWrite: policy.can(viewer, 'write'),
      writesOwnOnly: policy.can(viewer, 'write') && policy.ownsOnly(viewer),
      isAdmin: policy.can(viewer, 'admin'),
      expiresAt: viewer.expiresAt,
    });
  }
}
