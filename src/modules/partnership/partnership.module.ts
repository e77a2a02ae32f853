import type { EcographModule } from '../module';
import { PartnershipResolver } from './partnership.resolver';
import { STAGE_CHANGE_NODE } from './stage-change.type';
import { PARTNERSHIP_NODE } from './partnership.type';

export const partnershipModule: EcographModule = {
  name: 'partnership',
  resolvers: [PartnershipResolver],
  nodeTypes: [PARTNERSHIP_NODE, STAGE_CHANGE_NODE],
};
