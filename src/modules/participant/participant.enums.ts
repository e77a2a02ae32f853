/** Closed sets of the participant domain (see docs/data-model.md). */
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../domain/enum';
import { PARTICIPANT_KINDS, PARTICIPANT_STATUSES, TIERS } from '../../domain/vocabulary';

export const ParticipantKind = enumOf(PARTICIPANT_KINDS);
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

export const ParticipantStatus = enumOf(PARTICIPANT_STATUSES);
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

export const ParticipantTier = enumOf(TIERS);
export type ParticipantTier = (typeof TIERS)[number];

export enum ParticipantOrderField {
  NAME = 'NAME',
  JOINED_AT = 'JOINED_AT',
  CREATED_AT = 'CREATED_AT',
}

registerEnumType(ParticipantKind, { name: 'ParticipantKind' });
registerEnumType(ParticipantStatus, { name: 'ParticipantStatus' });
registerEnumType(ParticipantTier, {
  name: 'ParticipantTier',
  description: 'Partner-programme tier, from STRATEGIC (most important) to EMERGING.',
});
registerEnumType(ParticipantOrderField, { name: 'ParticipantOrderField' });
