/** The lifecycle stages in board order (docs/lifecycle.md) and the query alias of each column. */
import type { PartnershipStage } from '../../generated/operations';

export const STAGES: PartnershipStage[] = [
  'IDENTIFICATION',
  'EVALUATION',
  'NEGOTIATION',
  'IMPLEMENTATION',
  'MANAGEMENT',
  'RENEWAL',
  'TERMINATED',
];

export type ColumnKey = Lowercase<PartnershipStage>;
export const columnKey = (stage: PartnershipStage) => stage.toLowerCase() as ColumnKey;
