/** Closed sets of risks (see docs/data-model.md). */
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../../domain/enum';
import { RISK_CATEGORIES, RISK_SEVERITIES, RISK_STATUSES } from '../../../domain/vocabulary';

export const RiskCategory = enumOf(RISK_CATEGORIES);
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export const RiskSeverity = enumOf(RISK_SEVERITIES);
export type RiskSeverity = (typeof RISK_SEVERITIES)[number];

export const RiskStatus = enumOf(RISK_STATUSES);
export type RiskStatus = (typeof RISK_STATUSES)[number];

export enum RiskOrderField {
  RAISED_AT = 'RAISED_AT',
  DUE_AT = 'DUE_AT',
}

registerEnumType(RiskCategory, { name: 'RiskCategory' });
registerEnumType(RiskSeverity, { name: 'RiskSeverity' });
registerEnumType(RiskStatus, {
  name: 'RiskStatus',
  description: 'OPEN ⇄ MITIGATING; either → CLOSED, which is final.',
});
registerEnumType(RiskOrderField, { name: 'RiskOrderField' });
