/** Resolver helpers shared by the governance records: the related objects and orderings. */
import { InternalError } from '../../../core/errors';
import type { Ordering } from '../../../graphql/paging';
import { hopOne, type SelectionInfo } from '../../../graphql/resolve';
import type { RequestContext } from '../../../context/context';
import type { HopSpec } from '../../../db/node-spec';
import type { OrderDirection } from '../../../graphql/order-direction';
import { type Partnership, PARTNERSHIP_NODE } from '../../partnership/partnership.type';
import { type TeamMember, TEAM_MEMBER_NODE } from '../../team/team-member.type';

/** The partnership a record concerns: exactly one by the data model, so its absence is a fault. */
export async function concernedPartnership(
  ctx: RequestContext,
  info: SelectionInfo,
  hop: HopSpec,
  key: string,
): Promise<Partnership> {
  const partnership = await hopOne(ctx, info, hop, key, 'NAME', PARTNERSHIP_NODE);
  if (!partnership) throw new InternalError(`${hop.parentLabel} ${key} concerns no partnership`);
  return partnership;
}

/** The owning team member, or null when the record has none. */
export function owningMember(
  ctx: RequestContext,
  info: SelectionInfo,
  hop: HopSpec,
  key: string,
): Promise<TeamMember | null> {
  return hopOne(ctx, info, hop, key, 'NAME', TEAM_MEMBER_NODE);
}

/** The requested ordering, or the record type's default. */
export function orderingOf(
  order: { field: string; direction: OrderDirection } | null | undefined,
  fallback: Ordering,
): Ordering {
  return order ? { field: order.field, direction: order.direction } : fallback;
}
