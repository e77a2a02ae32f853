/**
 * Graph exploration for relationship-graph UIs: ego neighbourhoods (BFS, one round trip per
 * depth), introduction paths (shortest or strongest chain of partnerships) and filtered
 * views, each hard-capped so a hub can never make a request unbounded.
 */
import type { Row } from '../../db/values';
import type { ParticipantRecord } from '../participant/participant.type';
import type { PartnershipRecord } from '../partnership/partnership.type';
import { cheapestPath, uniqueTies, type Tie } from './collaboration-graph';
import { EXPLORATION_LIMITS } from './exploration.inputs';
import * as q from './exploration.queries';
import { Service } from '../../db/unit-of-work';

export interface ViewData {
  nodes: { record: ParticipantRecord; depth: number | null }[];
  ties: Tie<PartnershipRecord>[];
  truncated: boolean;
}

export interface PathData {
  participants: ParticipantRecord[];
  partnerships: PartnershipRecord[];
  cost: number | null;
}

const toTie = (fromId: string, toId: string, row: Row): Tie<PartnershipRecord> => ({
  fromId,
  toId,
  partnership: row.partnership as PartnershipRecord,
  strength: 1 + Number(row.recentInteractions ?? 0),
});

const RECENT_ENGAGEMENT_DAYS = 365;

export class ExplorationService extends Service {
  /** Ties are weighted by engagement since this instant (the last 365 days). */
  private recentSince(): Date {
    return new Date(this.now().getTime() - RECENT_ENGAGEMENT_DAYS * 86_400_000);
  }

  /** Breadth-first ego network up to `depth` hops and `limit` nodes. */
  async neighborhood(start: ParticipantRecord, depth: number, limit: number, filter: q.TieFilter): Promise<ViewData> {
    const visited = new Map<string, { record: ParticipantRecord; depth: number }>([
      [start.id, { record: start, depth: 0 }],
    ]);
    const ties: Tie<PartnershipRecord>[] = [];
    let truncated = false;
    let frontier = [start.id];
    for (let d = 1; d <= depth && frontier.length > 0; d++) {
      const rows = await this.db.readRows(
        q.collaborationTies(frontier, filter, EXPLORATION_LIMITS.tiesPerStep, this.recentSince()),
      );
      if (rows.length >= EXPLORATION_LIMITS.tiesPerStep) truncated = true;
      const next: string[] = [];
      for (const row of rows) {
        const neighbour = row.participant as ParticipantRecord;
        ties.push(toTie(String(row.fromId), neighbour.id, row));
        if (visited.has(neighbour.id)) continue;
        if (visited.size >= limit) {
          truncated = true;
          continue;
        }
        visited.set(neighbour.id, { record: neighbour, depth: d });
        next.push(neighbour.id);
      }
      frontier = next;
    }
    return {
      nodes: [...visited.values()],
      ties: uniqueTies(ties, (id) => visited.has(id)),
      truncated,
    };
  }

  /** The shortest (fewest partnerships) or strongest (cheapest Σ 1/strength) chain, or null. */
  async path(
    fromId: string,
    toId: string,
    maxHops: number,
    weighted: boolean,
    filter: q.TieFilter,
  ): Promise<PathData | null> {
    if (!weighted) {
      const [row] = await this.db.readRows(q.shortestCollaborationPath(fromId, toId, maxHops, filter));
      if (!row) return null;
      return {
        participants: row.participants as ParticipantRecord[],
        partnerships: row.partnerships as PartnershipRecord[],
        cost: null,
      };
    }
    // Every path of ≤ maxHops edges lies within ⌈maxHops / 2⌉ hops of one of its ends, so
    // the two balls hold all candidates; the hop-bounded search runs in memory over them.
    const radius = Math.ceil(maxHops / 2);
    const [fromBall, toBall] = await Promise.all([this.ball(fromId, radius, filter), this.ball(toId, radius, filter)]);
    const records = new Map([...fromBall.records, ...toBall.records]);
    // Both balls (and both directions inside a ball) see the same ties: count each once.
    const ties = uniqueTies([...fromBall.ties, ...toBall.ties], () => true);
    const found = cheapestPath(ties, fromId, toId, maxHops);
    if (!found) return null;
    const missing = found.nodeIds.filter((id) => !records.has(id));
    if (missing.length > 0) {
      for (const row of await this.db.readRows(q.participantsById(missing))) {
        const record = row.participant as ParticipantRecord;
        records.set(record.id, record);
      }
    }
    return {
      participants: found.nodeIds.map((id) => records.get(id) as ParticipantRecord),
      partnerships: found.partnerships,
      cost: found.cost,
    };
  }

  /** All ties within `radius` hops of a participant (no node cap; ties capped per step). */
  private async ball(centre: string, radius: number, filter: q.TieFilter) {
    const records = new Map<string, ParticipantRecord>();
    const seen = new Set([centre]);
    const ties: Tie<PartnershipRecord>[] = [];
    let frontier = [centre];
    for (let d = 1; d <= radius && frontier.length > 0; d++) {
      const rows = await this.db.readRows(
        q.collaborationTies(frontier, filter, EXPLORATION_LIMITS.tiesPerStep, this.recentSince()),
      );
      const next: string[] = [];
      for (const row of rows) {
        const neighbour = row.participant as ParticipantRecord;
        ties.push(toTie(String(row.fromId), neighbour.id, row));
        records.set(neighbour.id, neighbour);
        if (!seen.has(neighbour.id)) {
          seen.add(neighbour.id);
          next.push(neighbour.id);
        }
      }
      frontier = next;
    }
    return { records, ties };
  }

  /** A filtered view: the best-connected matching participants and the ties among them. */
  async subgraph(filter: q.SubgraphFilter, limit: number): Promise<ViewData> {
    const rows = await this.db.readRows(q.subgraphParticipants(filter, limit + 1));
    const nodes = rows.slice(0, limit).map((row) => ({ record: row.participant as ParticipantRecord, depth: null }));
    const ids = nodes.map((node) => node.record.id);
    const tieRows = await this.db.readRows(
      q.tiesAmong(ids, filter, EXPLORATION_LIMITS.tiesPerStep, this.recentSince()),
    );
    return {
      nodes,
      ties: tieRows.map((row) => toTie(String(row.fromId), String(row.toId), row)),
      truncated: rows.length > limit || tieRows.length >= EXPLORATION_LIMITS.tiesPerStep,
    };
  }
}
