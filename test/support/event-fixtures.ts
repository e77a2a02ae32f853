/**
 * The writes the event tests cause through the API (not straight into the graph): a
 * partnership of two fresh participants, and a risk raised on it.
 */
import type { Gateway } from '../../src/db/gateway';
import { PartnershipCreateDocument, RiskRaiseDocument } from '../generated/operations';
import { createParticipants } from './fixtures';
import { mutateOk } from './graphql-client';
import { uniqueMarker } from './graph';

export async function partnershipWithParties(
  url: string,
  gateway: Gateway,
  startedAt: string,
): Promise<{ id: string; parties: string[] }> {
  const parties = (await createParticipants(gateway, 'AI', 2)).map((party) => party.id);
  const { partnershipCreate } = await mutateOk(url, PartnershipCreateDocument, {
    input: {
      name: uniqueMarker('events'),
      type: 'TECHNOLOGY',
      subtype: 'API',
      strategicAlignment: 0.5,
      startedAt,
      parties: parties.map((participantId, i) => ({
        participantId,
        role: i === 0 ? ('LEAD' as const) : ('PARTNER' as const),
      })),
      ownerIds: [],
    },
  });
  return { id: partnershipCreate.partnership!.id, parties };
}

export async function raiseRisk(url: string, partnershipId: string, title: string, dueAt: string): Promise<void> {
  await mutateOk(url, RiskRaiseDocument, {
    input: { partnershipId, title, category: 'STRATEGIC', severity: 'MEDIUM', likelihood: 0.5, dueAt },
  });
}
