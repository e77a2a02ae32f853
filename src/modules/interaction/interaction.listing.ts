/** From list arguments to the generic reader's filter (database ids) and ordering. */
import { expectGlobalId } from '../../core/global-id';
import { decodeFilterIds, type Ordering } from '../../graphql/paging';
import { OrderDirection } from '../../graphql/order-direction';
import { InteractionOrderField } from './interaction.enums';
import type { InteractionFilter, InteractionsArgs } from './interaction.inputs';

export function interactionListing(args: InteractionsArgs): { filter: InteractionFilter | null; ordering: Ordering } {
  return {
    filter: decodeFilterIds(args.filter, { partnership: 'Partnership', participant: 'Participant' }, expectGlobalId),
    ordering: {
      field: args.orderBy?.field ?? InteractionOrderField.AT,
      direction: args.orderBy?.direction ?? OrderDirection.DESC,
    },
  };
}
