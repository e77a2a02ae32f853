import { PARTNERSHIP, STAGE_CHANGE } from '../../model/nodes';
import type { EcographModule } from '../module';
import { PartnershipResolver, toPartnership } from './partnership.resolver';
import { StageChange, type StageChangeRecord } from './stage-change.type';

export const partnershipModule: EcographModule = {
  name: 'partnership',
  resolvers: [PartnershipResolver],
  nodeTypes: [
    { spec: PARTNERSHIP, toNode: toPartnership },
    { spec: STAGE_CHANGE, toNode: (row) => StageChange.from(row as unknown as StageChangeRecord) },
  ],
};
