/** Closed sets of the partnership domain (see docs/data-model.md). */
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../domain/enum';
import { PARTNERSHIP_TYPES, PARTY_ROLES, STAGES } from '../../domain/vocabulary';

export const PartnershipType = enumOf(PARTNERSHIP_TYPES);
export type PartnershipType = (typeof PARTNERSHIP_TYPES)[number];

export enum PartnershipSubtype {
  PLATFORM = 'PLATFORM',
  TOOL = 'TOOL',
  INFRASTRUCTURE = 'INFRASTRUCTURE',
  API = 'API',
  MARKET = 'MARKET',
  CHANNEL = 'CHANNEL',
  CUSTOMER = 'CUSTOMER',
  SUPPLIER = 'SUPPLIER',
  ACADEMIC = 'ACADEMIC',
  INSTITUTIONAL = 'INSTITUTIONAL',
  GOVERNMENT = 'GOVERNMENT',
  INDUSTRY = 'INDUSTRY',
  INTERNATIONAL = 'INTERNATIONAL',
  JOINT_DEVELOPMENT = 'JOINT_DEVELOPMENT',
  INNOVATION_LAB = 'INNOVATION_LAB',
  ACCELERATOR = 'ACCELERATOR',
  CO_CREATION = 'CO_CREATION',
}

export const PartnershipStage = enumOf(STAGES);
export type PartnershipStage = (typeof STAGES)[number];

export const PartyRole = enumOf(PARTY_ROLES);
export type PartyRole = (typeof PARTY_ROLES)[number];

registerEnumType(PartnershipType, { name: 'PartnershipType' });
registerEnumType(PartnershipSubtype, { name: 'PartnershipSubtype' });
registerEnumType(PartnershipStage, {
  name: 'PartnershipStage',
  description: 'Lifecycle stage: IDENTIFICATION → … → MANAGEMENT ⇄ RENEWAL; any stage → TERMINATED.',
});
registerEnumType(PartyRole, { name: 'PartyRole', description: "A participant's role in a partnership." });

/** Which subtypes belong to which partnership type (docs/data-model.md). */
export const SUBTYPES_BY_TYPE: Readonly<Record<PartnershipType, readonly PartnershipSubtype[]>> = {
  [PartnershipType.TECHNOLOGY]: [
    PartnershipSubtype.PLATFORM,
    PartnershipSubtype.TOOL,
    PartnershipSubtype.INFRASTRUCTURE,
    PartnershipSubtype.API,
  ],
  [PartnershipType.BUSINESS]: [
    PartnershipSubtype.MARKET,
    PartnershipSubtype.CHANNEL,
    PartnershipSubtype.CUSTOMER,
    PartnershipSubtype.SUPPLIER,
  ],
  [PartnershipType.RESEARCH]: [
    PartnershipSubtype.ACADEMIC,
    PartnershipSubtype.INSTITUTIONAL,
    PartnershipSubtype.GOVERNMENT,
    PartnershipSubtype.INDUSTRY,
    PartnershipSubtype.INTERNATIONAL,
  ],
  [PartnershipType.INNOVATION]: [
    PartnershipSubtype.JOINT_DEVELOPMENT,
    PartnershipSubtype.INNOVATION_LAB,
    PartnershipSubtype.ACCELERATOR,
    PartnershipSubtype.CO_CREATION,
  ],
};

export enum PartnershipOrderField {
  NAME = 'NAME',
  STARTED_AT = 'STARTED_AT',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(PartnershipOrderField, { name: 'PartnershipOrderField' });
