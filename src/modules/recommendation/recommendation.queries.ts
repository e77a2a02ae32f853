/**
 * Partner recommendations by Adamic–Adar on the collaboration graph C (participants not
 * EXITED, tied by partnerships not TERMINATED), as one 2-hop expansion from the participant.
 * NetworkX `adamic_adar_index` conventions: score(u, v) = Σ over common neighbours z of
 * 1 / ln(deg z), deg = distinct neighbours in C, candidates = non-neighbours v ≠ u.
 */
import { projection } from '../../db/cypher';
import type { Statement } from '../../db/gateway';
import { int } from '../../db/values';
import { PARTICIPANT } from '../../model/nodes';
import { currentTie } from '../../model/party-tie';

/** Ties of C from `from` to `to` (both not EXITED, via a partnership not TERMINATED). */
const TIE = (from: string, to: string, partnership: string) =>
  `(${from})-${currentTie(`${from}_tie`)}->(${partnership}:Partnership)<-${currentTie(`${to}_tie`)}-(${to}:Participant)
    WHERE ${partnership}.stage <> 'TERMINATED' AND ${to} <> ${from} AND ${to}.status <> 'EXITED'`;

/**
 * The top-k candidates: score descending, then more shared neighbours, then id. Each with its
 * shared neighbours (and their degree). No row at all when the participant is unknown; one
 * row with a null candidate when it is known but has no candidate.
 */
export function adamicAdarCandidates(participantId: string, k: number): Statement {
  return {
    cypher: `MATCH (u:Participant {id: $participantId})
CALL (u) {
  OPTIONAL MATCH ${TIE('u', 'z', 's')}
  RETURN collect(DISTINCT z) AS neighbours
}
OPTIONAL CALL (u, neighbours) {
  UNWIND CASE WHEN u.status = 'EXITED' THEN [] ELSE neighbours END AS z
  CALL (z) {
    MATCH ${TIE('z', 'v', 't')}
    RETURN collect(DISTINCT v) AS around
  }
  WITH z, around, size(around) AS degree
  UNWIND around AS v
  WITH z, degree, v
  WHERE v <> u AND NOT v IN neighbours
  WITH v, sum(1.0 / log(degree)) AS score,
    collect({participant: ${projection('z', PARTICIPANT.properties)}, degree: degree}) AS shared
  RETURN v, score, shared
  ORDER BY score DESC, size(shared) DESC, v.id
  LIMIT $k
}
RETURN ${projection('v', PARTICIPANT.properties)} AS candidate, score, shared`,
    params: { participantId, k: int(k) },
  };
}
