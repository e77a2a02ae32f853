/** Closed sets of risks (see docs/data-model.md). */
import { registerEnumType } from 'type-graphql';

export enum RiskCategory {
  STRATEGIC = 'STRATEGIC',
  OPERATIONAL = 'OPERATIONAL',
  FINANCIAL = 'FINANCIAL',
  LEGAL = 'LEGAL',
  REPUTATIONAL = 'REPUTATIONAL',
  SECURITY = 'SECURITY',
  ETHICAL = 'ETHICAL',
}

export enum RiskSeverity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}

export enum RiskStatus {
  OPEN = 'OPEN',
  MITIGATING = 'MITIGATING',
  CLOSED = 'CLOSED',
}

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
