/**
 * The delta read of the incremental KPIs: what changed in the collaboration graph C since a
 * version, without reading C again. Every write transaction stores what it touched in C with
 * its outbox entries (src/db/collaboration-touch.ts); the participants touched are re-read
 * with their current ties, which is exactly what can have changed: a tie's weight counts the
 * shared partnerships of its two ends, so it changes only when a partnership of one of them
 * changed parties or stage, or one of them joined or left — and such a write names them.
 *
 * One read transaction: the version first (a write committing during the read then only
 * makes the figures' version older than their content, and the next delta re-reads it),
 * then the entries of (from, version], then the participants.
 */
import type { Gateway, Statement, Tx } from '../../db/gateway';
import { int } from '../../db/values';
import { currentTie, PARTY_TO } from '../../model/party-tie';
import type { CollaborationEdge, CollaborationNode } from '../collaboration-graph';

/** More versions behind than this: reading C whole is cheaper than gathering the touches. */
export const MAX_DELTA_VERSIONS = 500;

export type CollaborationDelta =
  | {
      kind: 'delta';
      /** The graph version the delta brings C to. */
      version: number;
      /** Every participant whose node or ties may have changed. */
      touched: string[];
      /** Those of them in C now (not EXITED). */
      nodes: CollaborationNode[];
      /** Every current tie with at least one end in `touched` (source < target, once each). */
      edges: CollaborationEdge[];
    }
  | {
      /** C must be read whole: a version in the range recorded no touches, or touched everything. */
      kind: 'whole';
      version: number;
      reason: 'unrecorded' | 'everything' | 'too-far';
    };

const READ_VERSION: Statement = {
  cypher: `OPTIONAL MATCH (v:GraphVersion {id: 'ecosystem'}) RETURN coalesce(v.value, 0) AS version`,
  params: {},
};

/** The touches recorded by the versions in (from, to], one row per version. */
export function touchesBetween(from: number, to: number): Statement {
  return {
    cypher: `MATCH (e:OutboxEvent) WHERE e.version > $from AND e.version <= $to
WITH e.version AS version, collect(e) AS entries
RETURN version,
  any(e IN entries WHERE e.touchedAll) AS all,
  reduce(ids = [], e IN entries | ids + coalesce(e.touchedParticipants, [])) AS participants,
  reduce(ids = [], e IN entries | ids + coalesce(e.touchedPartnerships, [])) AS partnerships,
  all(e IN entries WHERE e.touchedAll IS NOT NULL) AS recorded`,
    params: { from: int(from), to: int(to) },
  };
}

/**
 * Every participant that is or was a party to the partnerships: a removed party's ties to the
 * others changed too, so ended ties are read on purpose.
 */
export function partiesEver(partnershipIds: readonly string[]): Statement {
  return {
    cypher: `UNWIND $partnershipIds AS partnershipId
MATCH (:Partnership {id: partnershipId})<-[:${PARTY_TO}]-(a:Participant)
RETURN DISTINCT a.id AS id`,
    params: { partnershipIds },
  };
}

/** The participants of C among `ids` (not EXITED), as COLLABORATION_NODES returns them. */
export function collaborationNodesOf(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id
MATCH (p:Participant {id: id}) WHERE p.status <> 'EXITED'
RETURN p.id AS id, p.kind AS kind, p.sector AS sector, p.region AS region`,
    params: { ids },
  };
}

/** The ties of C with an end among `ids`, from each end's side (the caller keeps each pair once). */
export function collaborationEdgesOf(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id
MATCH (a:Participant {id: id})-${currentTie('ra')}->(s:Partnership)<-${currentTie('rb')}-(b:Participant)
WHERE a <> b AND s.stage <> 'TERMINATED' AND a.status <> 'EXITED' AND b.status <> 'EXITED'
RETURN a.id AS a, b.id AS b, count(DISTINCT s) AS weight`,
    params: { ids },
  };
}

/** What changed in C between `from` and the current version (see the file comment). */
export async function loadCollaborationDelta(db: Gateway, from: number): Promise<CollaborationDelta> {
  return db.read(async (tx) => {
    const [versionRow] = await tx.run(READ_VERSION);
    const version = Number(versionRow?.version ?? 0);
    if (version - from > MAX_DELTA_VERSIONS) return { kind: 'whole', version, reason: 'too-far' };
    const rows = version > from ? await tx.run(touchesBetween(from, version)) : [];
    // A version without entries (a write made outside the API's mutations, e.g. the seed) or
    // with entries from before touches were recorded tells nothing: read C whole.
    if (rows.length !== version - from || rows.some((row) => row.recorded !== true)) {
      return { kind: 'whole', version, reason: 'unrecorded' };
    }
    if (rows.some((row) => row.all === true)) return { kind: 'whole', version, reason: 'everything' };
    const participants = new Set(rows.flatMap((row) => (row.participants as unknown[]).map(String)));
    const partnerships = [...new Set(rows.flatMap((row) => (row.partnerships as unknown[]).map(String)))];
    if (partnerships.length > 0) {
      for (const row of await tx.run(partiesEver(partnerships))) participants.add(String(row.id));
    }
    const touched = [...participants].sort();
    return { kind: 'delta', version, touched, ...(await touchedPart(tx, touched)) };
  });
}

async function touchedPart(
  tx: Tx,
  touched: readonly string[],
): Promise<Pick<CollaborationDelta & { kind: 'delta' }, 'nodes' | 'edges'>> {
  if (touched.length === 0) return { nodes: [], edges: [] };
  const nodes = (await tx.run(collaborationNodesOf(touched))).map((row) => ({
    id: String(row.id),
    kind: String(row.kind),
    sector: String(row.sector),
    region: String(row.region),
  }));
  const edges = new Map<string, CollaborationEdge>();
  for (const row of await tx.run(collaborationEdgesOf(touched))) {
    const [source, target] = [String(row.a), String(row.b)].sort();
    edges.set(`${source}\u0000${target}`, { source, target, weight: Number(row.weight) });
  }
  return { nodes, edges: [...edges.values()] };
}
