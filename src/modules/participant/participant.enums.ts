/** Closed sets of the participant domain (see docs/data-model.md). */
import { registerEnumType } from 'type-graphql';

export enum ParticipantKind {
  COMPANY = 'COMPANY',
  STARTUP = 'STARTUP',
  UNIVERSITY = 'UNIVERSITY',
  RESEARCH_INSTITUTE = 'RESEARCH_INSTITUTE',
  GOVERNMENT = 'GOVERNMENT',
  INVESTOR = 'INVESTOR',
  COMMUNITY = 'COMMUNITY',
  INDIVIDUAL = 'INDIVIDUAL',
}

export enum ParticipantStatus {
  PROSPECT = 'PROSPECT',
  ACTIVE = 'ACTIVE',
  DORMANT = 'DORMANT',
  EXITED = 'EXITED',
}

export enum ParticipantTier {
  STRATEGIC = 'STRATEGIC',
  CORE = 'CORE',
  STANDARD = 'STANDARD',
  EMERGING = 'EMERGING',
}

export enum ParticipantOrderField {
  NAME = 'NAME',
  JOINED_AT = 'JOINED_AT',
  CREATED_AT = 'CREATED_AT',
}

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(ParticipantKind, { name: 'ParticipantKind' });
registerEnumType(ParticipantStatus, { name: 'ParticipantStatus' });
registerEnumType(ParticipantTier, {
  name: 'ParticipantTier',
  description: 'Partner-programme tier, from STRATEGIC (most important) to EMERGING.',
});
registerEnumType(ParticipantOrderField, { name: 'ParticipantOrderField' });
registerEnumType(OrderDirection, { name: 'OrderDirection' });
