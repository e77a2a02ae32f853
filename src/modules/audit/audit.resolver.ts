/** `auditTrail`: ADMINs read who changed what (src/audit writes it). */
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { BadRequestError } from '../../core/errors';
import { decodeGlobalId } from '../../core/global-id';
import { rootConnection } from '../../graphql/resolve';
import type { RequestContext } from '../../context/context';
import { AuditEntryConnection, AuditTrailArgs, AUDIT_ENTRY_NODE } from './audit.type';

@Resolver()
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: 'The audit trail, newest first (ADMIN only).' })
  auditTrail(
    @Args(() => AuditTrailArgs) args: AuditTrailArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { subjectId, ...rest } = args.filter ?? {};
    const subject = subjectId ? decodeGlobalId(subjectId) : undefined;
    if (subjectId && !subject) throw new BadRequestError(`"subjectId" is not a valid id: ${subjectId}`);
    const filter = { ...rest, ...(subject ? { subjectId: subject.id } : {}) };
    return rootConnection(ctx, info, AuditEntryConnection, AUDIT_ENTRY_NODE, args, filter, {
      field: 'AT',
      direction: 'DESC',
    });
  }
}
