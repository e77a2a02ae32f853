/**
 * Test fixtures written straight into the graph (the API's own mutations are tested
 * elsewhere; these set up the world a test needs). Every fixture gets fresh ids.
 */
import crypto from 'node:crypto';
import type { Gateway } from '../../src/db/gateway';
import { toGlobalId } from '../../src/core/global-id';

export interface Fixture {
  key: string;
  id: string;
}

const fixture = (label: string, key: string): Fixture => ({ key, id: toGlobalId(label, key) });

export async function createParticipants(gateway: Gateway, sector: string, count: number): Promise<Fixture[]> {
  const keys = Array.from({ length: count }, () => crypto.randomUUID());
  await gateway.writeRows({
    cypher: `UNWIND range(0, size($keys) - 1) AS i
CREATE (:Participant {id: $keys[i], name: 'Fixture ' + toString(i), kind: 'COMPANY', sector: $sector,
  region: 'Europe', tier: 'STANDARD', status: 'ACTIVE', joinedAt: datetime(), createdAt: datetime(), updatedAt: datetime()})`,
    params: { keys, sector },
  });
  return keys.map((key) => fixture('Participant', key));
}

export async function createTeamMember(gateway: Gateway): Promise<Fixture> {
  const key = crypto.randomUUID();
  await gateway.writeRows({
    cypher: `CREATE (:TeamMember {id: $key, name: 'Fixture Manager', role: 'PARTNERSHIP_MANAGER', email: $key + '@example.org',
  createdAt: datetime(), updatedAt: datetime()})`,
    params: { key },
  });
  return fixture('TeamMember', key);
}

/** A governance record concerning a partnership (e.g. a passed due diligence, an executed agreement). */
export async function createConcerning(
  gateway: Gateway,
  partnershipKey: string,
  record: 'passedDueDiligence' | 'executedAgreement',
): Promise<void> {
  const cypher =
    record === 'passedDueDiligence'
      ? `MATCH (p:Partnership {id: $partnershipKey})
CREATE (:ComplianceCheck {id: randomUUID(), kind: 'DUE_DILIGENCE', status: 'PASSED', checkedAt: datetime(),
  createdAt: datetime(), updatedAt: datetime()})-[:CONCERNS]->(p)`
      : `MATCH (p:Partnership {id: $partnershipKey})
CREATE (:Agreement {id: randomUUID(), title: 'Fixture agreement', kind: 'MASTER_AGREEMENT', status: 'EXECUTED',
  signedAt: datetime(), createdAt: datetime(), updatedAt: datetime()})-[:CONCERNS]->(p)`;
  await gateway.writeRows({ cypher, params: { partnershipKey } });
}
