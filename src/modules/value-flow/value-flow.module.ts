import type { EcographModule } from '../module';
import { loadValueFlow } from './value-flow.connection';
import { ParticipantValueFlowsResolver, PartnershipValueFlowsResolver } from './value-flow.links.resolver';
import { ValueFlowResolver } from './value-flow.resolver';

/** Value flows are relationships, not nodes: `node(id)` reads them through their own loader. */
export const valueFlowModule: EcographModule = {
  name: 'value-flow',
  resolvers: [ValueFlowResolver, PartnershipValueFlowsResolver, ParticipantValueFlowsResolver],
  nodeTypes: [{ typeName: 'ValueFlow', load: loadValueFlow }],
};
