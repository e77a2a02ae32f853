/**
 * The entity export's Cypher (docs/export.md, "Every entity"): one page of a kind's records in
 * the import's own shape — keys (externalId, else id) for the record and every link, so the
 * files import again as they are. Keyset pages by id: each page is an index range read.
 */
import type { Statement } from '../../db/gateway';
import { KINDS, type KindName } from './kinds';
import { linkValues } from './import.queries';

/** The kind's stored properties as they are (instants stay DateTime: the gateway makes them Dates). */
function properties(kind: KindName): string {
  const { plain, instants, integers = [] } = KINDS[kind].stored;
  const own = [...plain, ...integers, ...instants, 'createdAt', 'updatedAt'].filter((p) => p !== 'partnershipId');
  return `n {${own.map((p) => `.${p}`).join(', ')}}`;
}

/** Records of `kind` with ids after `after` (empty: from the start), `limit` of them, by id. */
export function exportPage(kind: KindName, after: string, limit: number): Statement {
  const { label } = KINDS[kind];
  const match =
    kind === 'valueFlows' ? `MATCH ()-[n:${label}]->() WHERE n.id > $after` : `MATCH (n:${label}) WHERE n.id > $after`;
  const key = (v: string) => `coalesce(${v}.externalId, ${v}.id)`;
  const links =
    kind === 'valueFlows'
      ? `{from: ${key('startNode(n)')}, to: ${key('endNode(n)')}, partnership: head(COLLECT { MATCH (p:Partnership {id: n.partnershipId}) RETURN ${key('p')} })}`
      : linkValues(kind, 'key');
  return {
    cypher: `${match}
WITH n ORDER BY n.id LIMIT toInteger($limit)
RETURN n.id AS id, coalesce(n.externalId, n.id) AS externalId, ${properties(kind)} AS props, ${links} AS links`,
    params: { after, limit },
  };
}
