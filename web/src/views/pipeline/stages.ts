/**
 * The lifecycle stages in board order and the query alias of each column. The order is the
 * API's own (src/domain/vocabulary.ts, imported, not repeated): the emitted schema sorts enum
 * values by name, so it cannot carry it. The generated GraphQL enum checks it both ways at
 * build time: every domain stage must be a schema stage (the typed constant) and every schema
 * stage a domain stage (`EVERY_SCHEMA_STAGE_ORDERED`).
 */
import { STAGES as LIFECYCLE } from '../../../../src/domain/vocabulary';
import type { PartnershipStage } from '../../generated/operations';

export const STAGES: readonly PartnershipStage[] = LIFECYCLE;

type Unordered = Exclude<PartnershipStage, (typeof LIFECYCLE)[number]>;
export const EVERY_SCHEMA_STAGE_ORDERED: [Unordered] extends [never] ? true : never = true;

export type ColumnKey = Lowercase<PartnershipStage>;
export const columnKey = (stage: PartnershipStage) => stage.toLowerCase() as ColumnKey;
