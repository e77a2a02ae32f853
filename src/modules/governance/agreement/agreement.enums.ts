/** Closed sets of agreements (see docs/data-model.md). */
import { registerEnumType } from 'type-graphql';

export enum AgreementKind {
  NDA = 'NDA',
  MOU = 'MOU',
  MASTER_AGREEMENT = 'MASTER_AGREEMENT',
  DATA_SHARING = 'DATA_SHARING',
  IP_LICENSE = 'IP_LICENSE',
  JOINT_VENTURE = 'JOINT_VENTURE',
}

export enum AgreementStatus {
  DRAFT = 'DRAFT',
  NEGOTIATING = 'NEGOTIATING',
  EXECUTED = 'EXECUTED',
  EXPIRED = 'EXPIRED',
  TERMINATED = 'TERMINATED',
}

/** The statuses `agreementUpdateStatus` may set (EXECUTED has its own mutation). */
export enum AgreementStatusChange {
  NEGOTIATING = 'NEGOTIATING',
  EXPIRED = 'EXPIRED',
  TERMINATED = 'TERMINATED',
}

export enum AgreementOrderField {
  TITLE = 'TITLE',
  CREATED_AT = 'CREATED_AT',
}

registerEnumType(AgreementKind, { name: 'AgreementKind' });
registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: 'DRAFT → NEGOTIATING → EXECUTED → EXPIRED; DRAFT, NEGOTIATING or EXECUTED → TERMINATED.',
});
registerEnumType(AgreementStatusChange, {
  name: 'AgreementStatusChange',
  description: 'Target of agreementUpdateStatus; executing an agreement is agreementExecute.',
});
registerEnumType(AgreementOrderField, { name: 'AgreementOrderField' });
