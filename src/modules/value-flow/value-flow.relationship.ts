/** The VALUE_FLOW relationship as the API reads it, and the hops that reach it. */
import { ValueFlowDirection } from './value-flow.enums';
import type { RelationshipHop, RelationshipSpec } from './relationship-spec';

/** Value flows are append-only events; a corrected one is hidden and its correction shown. */
export const VALUE_FLOW: RelationshipSpec = {
  type: 'VALUE_FLOW',
  endLabel: 'Participant',
  properties: ['id', 'kind', 'amount', 'currency', 'at', 'partnershipId', 'corrects', 'correctionReason', 'createdAt'],
  filters: {
    kind: { op: 'in', property: 'kind' },
    from: { op: 'gte', property: 'at', temporal: true },
    before: { op: 'lt', property: 'at', temporal: true },
    partnership: { op: 'eq', property: 'partnershipId' },
    participant: { op: 'end' },
  },
  orders: { AT: { property: 'at', temporal: true } },
  visible: 'r.correctedBy IS NULL',
};

/** Flows tagged with a partnership (they link participants, not the partnership node). */
export const PARTNERSHIP_VALUE_FLOWS: RelationshipHop = {
  name: 'Partnership.valueFlows',
  parentLabel: 'Partnership',
  pattern: '()-[r:VALUE_FLOW {partnershipId: parent.id}]->()',
  spec: VALUE_FLOW,
};

export const PARTICIPANT_VALUE_FLOWS: Readonly<Record<ValueFlowDirection, RelationshipHop>> = {
  [ValueFlowDirection.OUT]: {
    name: 'Participant.valueFlows.OUT',
    parentLabel: 'Participant',
    pattern: '(parent)-[r:VALUE_FLOW]->()',
    spec: VALUE_FLOW,
  },
  [ValueFlowDirection.IN]: {
    name: 'Participant.valueFlows.IN',
    parentLabel: 'Participant',
    pattern: '(parent)<-[r:VALUE_FLOW]-()',
    spec: VALUE_FLOW,
  },
  [ValueFlowDirection.BOTH]: {
    name: 'Participant.valueFlows.BOTH',
    parentLabel: 'Participant',
    pattern: '(parent)-[r:VALUE_FLOW]-()',
    spec: VALUE_FLOW,
  },
};
