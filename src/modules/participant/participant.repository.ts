/** Runs the participant statements through the gateway and returns typed records. */
import type { Keyset } from '../../core/connection';
import type { Gateway, Tx } from '../../db/gateway';
import type { Row } from '../../db/values';
import type { PartnershipRecord } from '../partnership/partnership.type';
import type { PartyRole } from '../partnership/partnership.enums';
import * as q from './participant.queries';
import type { ParticipantRecord } from './participant.type';

const asParticipant = (row: Row) => row.participant as ParticipantRecord;

export interface PartyItem {
  role: PartyRole;
  partnership: PartnershipRecord;
}

export interface PartyPage {
  items: PartyItem[];
  total: number;
}

export class ParticipantRepository {
  constructor(private readonly db: Gateway) {}

  async list(query: q.ListParticipantsQuery): Promise<ParticipantRecord[]> {
    return (await this.db.readRows(q.listParticipants(query))).map(asParticipant);
  }

  async count(filter: q.ListParticipantsQuery['filter']): Promise<number> {
    const [row] = await this.db.readRows(q.countParticipants(filter));
    return Number(row?.total ?? 0);
  }

  /** Participants by id, in the order asked, undefined for unknown ids (DataLoader contract). */
  async byIds(ids: readonly string[]): Promise<(ParticipantRecord | undefined)[]> {
    const found = new Map((await this.db.readRows(q.participantsByIds(ids))).map(asParticipant).map((p) => [p.id, p]));
    return ids.map((id) => found.get(id));
  }

  async byClientKey(tx: Tx, clientKey: string): Promise<ParticipantRecord | undefined> {
    const [row] = await tx.run(q.participantByClientKey(clientKey));
    return row ? asParticipant(row) : undefined;
  }

  async externalIdTaken(tx: Tx, externalId: string, exceptId: string): Promise<boolean> {
    return (await tx.run(q.externalIdHolder(externalId, exceptId))).length > 0;
  }

  async create(tx: Tx, id: string, clientKey: string | null, fields: q.ParticipantWrite): Promise<ParticipantRecord> {
    const [row] = await tx.run(q.createParticipant(id, clientKey, fields));
    return asParticipant(row as Row);
  }

  async update(tx: Tx, id: string, changes: Partial<q.ParticipantWrite>): Promise<ParticipantRecord | undefined> {
    const [row] = await tx.run(q.updateParticipant(id, changes));
    return row ? asParticipant(row) : undefined;
  }

  /** Partnerships of many participants in one round trip, in the order of `participantIds`. */
  async partnershipsOf(
    participantIds: readonly string[],
    stages: string[] | null,
    limit: number,
    after: Keyset | null,
  ): Promise<PartyPage[]> {
    const rows = await this.db.readRows(q.partnershipsOfParticipants({ participantIds, stages, limit, after }));
    const pages = new Map(
      rows.map((row) => [String(row.participantId), { items: row.items as PartyItem[], total: Number(row.total) }]),
    );
    return participantIds.map((id) => pages.get(id) ?? { items: [], total: 0 });
  }
}
