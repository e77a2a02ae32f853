/** Interactions, value flows and surveys end to end: GraphQL over HTTP → resolvers → Neo4j. */
import crypto from 'node:crypto';
import type { App } from '../../src/app';
import { toGlobalId } from '../../src/core/global-id';
import {
  EngagementNodeDocument,
  InteractionCorrectDocument,
  InteractionDocument,
  InteractionRecordDocument,
  InteractionsDocument,
  ParticipantEngagementDocument,
  ParticipantsEngagementDocument,
  PartnershipEngagementDocument,
  SurveyRecordDocument,
  SurveysDocument,
  ValueFlowCorrectDocument,
  ValueFlowDocument,
  ValueFlowRecordDocument,
  ValueFlowsDocument,
  type InteractionRecordInput,
  type InteractionsQuery,
  type SurveyRecordInput,
  type ValueFlowRecordInput,
  type ValueFlowsQuery,
} from '../generated/operations';
import { execute, executeOk, mutateOk } from '../support/graphql-client';
import { graphSize, uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';
import { fixedClock } from '../../src/core/clock';

// `testTimeout` in a jest project entry is not applied (it is a global option); cold Cypher
// planning on a loaded machine can exceed the 5 s default.
jest.setTimeout(60_000);

let app: App;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.stop();
});

interface Ref {
  key: string;
  id: string;
}

interface World {
  sector: string;
  partnership: Ref;
  lead: Ref;
  partner: Ref;
  /** A participant who is not a party of the partnership. */
  outsider: Ref;
}

const ref = (type: string, key: string): Ref => ({ key, id: toGlobalId(type, key) });
const unknown = (type: string) => toGlobalId(type, crypto.randomUUID());
const codes = (errors: { field: string[]; code: string }[]) => errors.map((e) => [e.field.join('.'), e.code]);

/** Three participants (tagged with a unique sector) and a partnership between the first two. */
async function world(): Promise<World> {
  const sector = uniqueMarker('engagement');
  const [lead, partner, outsider, partnership] = Array.from({ length: 4 }, () => crypto.randomUUID());
  await app.gateway.writeRows({
    cypher: `UNWIND [[$lead, 'Lead Co'], [$partner, 'Partner Lab'], [$outsider, 'Outsider Inc']] AS p
CREATE (:Participant {id: p[0], name: p[1], kind: 'COMPANY', sector: $sector, region: 'Europe', tier: 'STANDARD',
  status: 'ACTIVE', joinedAt: datetime(), createdAt: datetime(), updatedAt: datetime()})
WITH count(*) AS created
MATCH (a:Participant {id: $lead}), (b:Participant {id: $partner})
CREATE (a)-[:PARTY_TO {role: 'LEAD'}]->(:Partnership {id: $partnership, name: $sector, type: 'BUSINESS',
  subtype: 'CHANNEL', stage: 'MANAGEMENT', strategicAlignment: 0.5, startedAt: datetime(), createdAt: datetime(),
  updatedAt: datetime()})<-[:PARTY_TO {role: 'PARTNER'}]-(b)`,
    params: { lead, partner, outsider, partnership, sector },
  });
  return {
    sector,
    partnership: ref('Partnership', partnership),
    lead: ref('Participant', lead),
    partner: ref('Participant', partner),
    outsider: ref('Participant', outsider),
  };
}

/** Runs `work` and checks that the graph kept its size. */
async function unchanged(work: () => Promise<void>): Promise<void> {
  const before = await graphSize(app.gateway);
  await work();
  expect(await graphSize(app.gateway)).toEqual(before);
}

describe('interactions', () => {
  const meeting = (w: World, overrides: Partial<InteractionRecordInput> = {}): InteractionRecordInput => ({
    partnershipId: w.partnership.id,
    participantIds: [w.lead.id, w.partner.id],
    kind: 'MEETING',
    at: '2025-05-01T09:00:00Z',
    note: 'Quarterly review',
    ...overrides,
  });

  async function record(input: InteractionRecordInput) {
    const result = await mutateOk(app.url, InteractionRecordDocument, { input });
    expect(result.interactionRecord.userErrors).toEqual([]);
    return result.interactionRecord.interaction!;
  }

  it('records a meeting and reads it back by id, node(id) and through its partnership and participants', async () => {
    const w = await world();
    const before = await graphSize(app.gateway);
    const interaction = await record(meeting(w, { weight: 2.5 }));
    expect(await graphSize(app.gateway)).toEqual({ nodes: before.nodes + 1, relationships: before.relationships + 3 });
    expect(interaction).toMatchObject({
      kind: 'MEETING',
      at: '2025-05-01T09:00:00.000Z',
      weight: 2.5,
      note: 'Quarterly review',
      correctionReason: null,
      corrects: null,
      partnership: { id: w.partnership.id },
      participants: { totalCount: 2 },
    });
    expect(interaction.participants.nodes.map((p) => p.id).sort()).toEqual([w.lead.id, w.partner.id].sort());

    expect((await executeOk(app.url, InteractionDocument, { id: interaction.id })).interaction).toEqual(interaction);
    expect((await executeOk(app.url, EngagementNodeDocument, { id: interaction.id })).node).toEqual({
      id: interaction.id,
      kind: 'MEETING',
    });

    const viaPartnership = await executeOk(app.url, PartnershipEngagementDocument, { id: w.partnership.id, first: 5 });
    expect(viaPartnership.node).toMatchObject({ interactions: { totalCount: 1, nodes: [{ id: interaction.id }] } });
    const viaOutsider = await executeOk(app.url, ParticipantEngagementDocument, {
      id: w.outsider.id,
      first: 5,
      direction: 'BOTH',
    });
    expect(viaOutsider.node).toMatchObject({ interactions: { totalCount: 0, nodes: [] } });
  });

  it("defaults: at = now (the app's clock), weight = 1, no note", async () => {
    const w = await world();
    // "Now" pinned a minute after the fixtures were written (they join at the database's now).
    const now = new Date(Math.ceil(Date.now() / 1000) * 1000 + 60_000);
    const pinned = await startTestApp({}, { clock: fixedClock(now) });
    try {
      const result = await mutateOk(pinned.url, InteractionRecordDocument, {
        input: { partnershipId: w.partnership.id, participantIds: [w.partner.id], kind: 'SUPPORT' },
      });
      expect(result.interactionRecord.userErrors).toEqual([]);
      const interaction = result.interactionRecord.interaction!;
      expect(interaction.weight).toBe(1);
      expect(interaction.note).toBeNull();
      expect(interaction.at).toBe(now.toISOString());
    } finally {
      await pinned.stop();
    }
  });

  it('lists with filters, in both orders, a page at a time', async () => {
    const w = await world();
    const days = ['2025-01-10', '2025-02-10', '2025-03-10', '2025-04-10'];
    const ids: string[] = [];
    for (const [i, day] of days.entries()) {
      const interaction = await record(
        meeting(w, {
          at: `${day}T10:00:00Z`,
          kind: i % 2 === 0 ? 'MEETING' : 'EVENT',
          participantIds: i === 3 ? [w.partner.id] : [w.lead.id, w.partner.id],
        }),
      );
      ids.push(interaction.id);
    }

    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (;;) {
      const page: InteractionsQuery = await executeOk(app.url, InteractionsDocument, {
        first: 3,
        after,
        filter: { partnership: w.partnership.id },
        orderBy: { field: 'AT', direction: 'ASC' },
      });
      expect(page.interactions.totalCount).toBe(4);
      seen.push(...page.interactions.nodes.map((n) => n.id));
      if (!page.interactions.pageInfo.hasNextPage) break;
      after = page.interactions.pageInfo.endCursor;
    }
    expect(seen).toEqual(ids);

    const newestFirst = await executeOk(app.url, InteractionsDocument, {
      first: 10,
      filter: { partnership: w.partnership.id },
    });
    expect(newestFirst.interactions.nodes.map((n) => n.id)).toEqual([...ids].reverse());

    const filtered = await executeOk(app.url, InteractionsDocument, {
      first: 10,
      filter: {
        partnership: w.partnership.id,
        kind: ['MEETING'],
        from: '2025-02-01T00:00:00Z',
        before: '2025-04-01T00:00:00Z',
      },
    });
    expect(filtered.interactions.nodes.map((n) => n.id)).toEqual([ids[2]]);

    const leads = await executeOk(app.url, InteractionsDocument, { first: 10, filter: { participant: w.lead.id } });
    expect(leads.interactions.totalCount).toBe(3);
  });

  it('a filter id of the wrong type is a BAD_USER_INPUT error', async () => {
    const result = await execute(app.url, InteractionsDocument, {
      first: 5,
      filter: { partnership: unknown('Participant') },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a correction is a new interaction; the original is hidden, kept, and gains only correctedBy', async () => {
    const w = await world();
    const original = await record(meeting(w, { weight: 2 }));
    const [stored] = await app.gateway.readRows({
      cypher: 'MATCH (n:Interaction {id: $id}) RETURN properties(n) AS props',
      params: { id: Buffer.from(original.id, 'base64url').toString().split(':')[1] },
    });

    const result = await mutateOk(app.url, InteractionCorrectDocument, {
      input: { id: original.id, weight: 4, reason: 'It was a workshop, not a call' },
    });
    expect(result.interactionCorrect.userErrors).toEqual([]);
    const correction = result.interactionCorrect.interaction!;
    expect(correction.id).not.toBe(original.id);
    expect(correction).toMatchObject({
      kind: 'MEETING',
      at: original.at,
      note: original.note,
      weight: 4,
      correctionReason: 'It was a workshop, not a call',
      corrects: { id: original.id },
      partnership: { id: w.partnership.id },
      participants: { totalCount: 2 },
    });

    const listed = await executeOk(app.url, InteractionsDocument, {
      first: 10,
      filter: { partnership: w.partnership.id },
    });
    expect(listed.interactions.nodes.map((n) => n.id)).toEqual([correction.id]);
    expect(listed.interactions.totalCount).toBe(1);

    // The original: still readable by id, unchanged except for correctedBy.
    expect((await executeOk(app.url, InteractionDocument, { id: original.id })).interaction).toEqual(original);
    const [after] = await app.gateway.readRows({
      cypher: 'MATCH (n:Interaction {id: $id}) RETURN properties(n) AS props',
      params: { id: Buffer.from(original.id, 'base64url').toString().split(':')[1] },
    });
    const correctionKey = Buffer.from(correction.id, 'base64url').toString().split(':')[1];
    expect(after?.props).toEqual({ ...(stored?.props as object), correctedBy: correctionKey });

    // Correcting the original again is refused, naming the newer record, and changes nothing.
    await unchanged(async () => {
      const again = await mutateOk(app.url, InteractionCorrectDocument, {
        input: { id: original.id, kind: 'EVENT', reason: 'Second thoughts' },
      });
      expect(codes(again.interactionCorrect.userErrors)).toEqual([['input.id', 'INVALID']]);
      expect(again.interactionCorrect.userErrors[0]?.message).toContain(correction.id);
    });

    // The correction itself can be corrected, and the chain is kept.
    const second = await mutateOk(app.url, InteractionCorrectDocument, {
      input: { id: correction.id, note: null, reason: 'Note was about another meeting' },
    });
    expect(second.interactionCorrect.interaction).toMatchObject({
      weight: 4,
      note: null,
      corrects: { id: correction.id },
    });
  });

  it('two concurrent corrections of one interaction: one wins, the other is refused', async () => {
    const w = await world();
    const original = await record(meeting(w));
    const correct = (weight: number) =>
      mutateOk(app.url, InteractionCorrectDocument, {
        input: { id: original.id, weight, reason: 'Concurrent fix' },
      });
    const results = (await Promise.all([correct(2), correct(3)])).map((r) => r.interactionCorrect);
    expect(results.filter((r) => r.interaction).length).toBe(1);
    expect(results.flatMap((r) => codes(r.userErrors))).toEqual([['input.id', 'INVALID']]);
    const listed = await executeOk(app.url, InteractionsDocument, {
      first: 10,
      filter: { partnership: w.partnership.id },
    });
    expect(listed.interactions.totalCount).toBe(1);
  });

  it('refuses bad record input with a code per problem and changes nothing', async () => {
    const w = await world();
    const cases: [Partial<InteractionRecordInput>, [string, string][]][] = [
      [{ partnershipId: w.lead.id }, [['input.partnershipId', 'WRONG_TYPE']]],
      [{ partnershipId: unknown('Partnership') }, [['input.partnershipId', 'NOT_FOUND']]],
      [{ participantIds: [w.lead.id, unknown('Participant')] }, [['input.participantIds.1', 'NOT_FOUND']]],
      [{ participantIds: [w.partnership.id] }, [['input.participantIds.0', 'WRONG_TYPE']]],
      [{ participantIds: [w.lead.id, w.outsider.id] }, [['input.participantIds.1', 'INVALID']]],
      [{ participantIds: [w.lead.id, w.lead.id] }, [['input.participantIds.1', 'INVALID']]],
      [{ participantIds: [] }, [['input.participantIds', 'REQUIRED']]],
      [
        { participantIds: Array.from({ length: 11 }, () => w.lead.id) },
        expect.arrayContaining([['input.participantIds', 'OUT_OF_RANGE']]) as never,
      ],
      [{ weight: 0 }, [['input.weight', 'OUT_OF_RANGE']]],
      [{ weight: 5.5 }, [['input.weight', 'OUT_OF_RANGE']]],
      [{ at: '2999-01-01T00:00:00Z' }, [['input.at', 'OUT_OF_RANGE']]],
      [{ note: 'x'.repeat(2001) }, [['input.note', 'TOO_LONG']]],
      [{ clientKey: 'short' }, [['input.clientKey', 'TOO_SHORT']]],
    ];
    await unchanged(async () => {
      for (const [overrides, expected] of cases) {
        const result = await mutateOk(app.url, InteractionRecordDocument, { input: meeting(w, overrides) });
        expect(result.interactionRecord.interaction).toBeNull();
        expect(codes(result.interactionRecord.userErrors)).toEqual(expected);
      }
    });
  });

  it('refuses bad correction input and changes nothing', async () => {
    const w = await world();
    const original = await record(meeting(w));
    const cases: [Record<string, unknown>, [string, string][]][] = [
      [{ id: w.partnership.id, weight: 2, reason: 'Wrong weight' }, [['input.id', 'WRONG_TYPE']]],
      [{ id: unknown('Interaction'), weight: 2, reason: 'Wrong weight' }, [['input.id', 'NOT_FOUND']]],
      [{ id: original.id, reason: 'Nothing given' }, [['input', 'NOTHING_TO_UPDATE']]],
      [{ id: original.id, weight: 2, reason: 'no' }, [['input.reason', 'TOO_SHORT']]],
      [{ id: original.id, weight: 2, reason: '   ' }, [['input.reason', 'REQUIRED']]],
      [{ id: original.id, weight: -1, reason: 'Wrong weight' }, [['input.weight', 'OUT_OF_RANGE']]],
      [{ id: original.id, kind: null, reason: 'Wrong kind' }, [['input.kind', 'REQUIRED']]],
      [{ id: original.id, at: '2999-01-01T00:00:00Z', reason: 'Wrong date' }, [['input.at', 'OUT_OF_RANGE']]],
    ];
    await unchanged(async () => {
      for (const [input, expected] of cases) {
        const result = await mutateOk(app.url, InteractionCorrectDocument, { input: input as never });
        expect(result.interactionCorrect.interaction).toBeNull();
        expect(codes(result.interactionCorrect.userErrors)).toEqual(expected);
      }
    });
  });

  it('a retried record or correction with the same client key creates one node', async () => {
    const w = await world();
    const clientKey = uniqueMarker('interaction-key');
    const first = await record(meeting(w, { clientKey }));
    const size = await graphSize(app.gateway);
    const second = await record(meeting(w, { clientKey }));
    expect(second.id).toBe(first.id);
    expect(await graphSize(app.gateway)).toEqual(size);

    const correctionKey = uniqueMarker('correction-key');
    const correct = () =>
      mutateOk(app.url, InteractionCorrectDocument, {
        input: { id: first.id, kind: 'REVIEW', reason: 'Was a review', clientKey: correctionKey },
      });
    const once = (await correct()).interactionCorrect;
    const afterOnce = await graphSize(app.gateway);
    const twice = (await correct()).interactionCorrect;
    expect(twice.userErrors).toEqual([]);
    expect(twice.interaction?.id).toBe(once.interaction?.id);
    expect(await graphSize(app.gateway)).toEqual(afterOnce);
  });
});

describe('value flows', () => {
  const funding = (w: World, overrides: Partial<ValueFlowRecordInput> = {}): ValueFlowRecordInput => ({
    partnershipId: w.partnership.id,
    fromId: w.lead.id,
    toId: w.partner.id,
    kind: 'FUNDING',
    amount: { amount: 150_000, currency: 'USD' },
    at: '2025-04-01T00:00:00Z',
    ...overrides,
  });

  async function record(input: ValueFlowRecordInput) {
    const result = await mutateOk(app.url, ValueFlowRecordDocument, { input });
    expect(result.valueFlowRecord.userErrors).toEqual([]);
    return result.valueFlowRecord.valueFlow!;
  }

  it('records a flow as one relationship and reads it back by id', async () => {
    const w = await world();
    const before = await graphSize(app.gateway);
    const flow = await record(funding(w));
    expect(await graphSize(app.gateway)).toEqual({ nodes: before.nodes, relationships: before.relationships + 1 });
    expect(flow).toMatchObject({
      kind: 'FUNDING',
      at: '2025-04-01T00:00:00.000Z',
      amount: { amount: 150_000, currency: 'USD' },
      from: { id: w.lead.id },
      to: { id: w.partner.id },
      partnership: { id: w.partnership.id },
      corrects: null,
      correctionReason: null,
    });
    expect(Buffer.from(flow.id, 'base64url').toString()).toMatch(/^ValueFlow:/);
    expect((await executeOk(app.url, ValueFlowDocument, { id: flow.id })).valueFlow).toEqual(flow);
    expect((await executeOk(app.url, EngagementNodeDocument, { id: flow.id })).node).toEqual({
      id: flow.id,
      flowKind: flow.kind,
    });
    expect((await executeOk(app.url, ValueFlowDocument, { id: unknown('ValueFlow') })).valueFlow).toBeNull();

    const [stored] = await app.gateway.readRows({
      cypher: `MATCH (a:Participant {id: $from})-[r:VALUE_FLOW]->(b:Participant {id: $to})
RETURN r.kind AS kind, r.amount AS amount, r.currency AS currency, r.partnershipId AS partnershipId`,
      params: { from: w.lead.key, to: w.partner.key },
    });
    expect(stored).toEqual({ kind: 'FUNDING', amount: 150_000, currency: 'USD', partnershipId: w.partnership.key });
  });

  it('lists with filters and keyset paging; nested by partnership and by participant direction', async () => {
    const w = await world();
    const flows = [
      await record(funding(w, { at: '2025-01-01T00:00:00Z' })),
      await record(
        funding(w, {
          kind: 'REVENUE',
          fromId: w.partner.id,
          toId: w.lead.id,
          amount: { amount: 40_000, currency: 'EUR' },
          at: '2025-02-01T00:00:00Z',
        }),
      ),
      await record(
        funding(w, { kind: 'COST', amount: { amount: 15_000, currency: 'USD' }, at: '2025-03-01T00:00:00Z' }),
      ),
    ];
    const ids = flows.map((flow) => flow.id);

    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (;;) {
      const page: ValueFlowsQuery = await executeOk(app.url, ValueFlowsDocument, {
        first: 2,
        after,
        filter: { partnership: w.partnership.id },
        orderBy: { field: 'AT', direction: 'ASC' },
      });
      expect(page.valueFlows.totalCount).toBe(3);
      seen.push(...page.valueFlows.nodes.map((n) => n.id));
      if (!page.valueFlows.pageInfo.hasNextPage) break;
      after = page.valueFlows.pageInfo.endCursor;
    }
    expect(seen).toEqual(ids);

    const byParticipant = await executeOk(app.url, ValueFlowsDocument, {
      first: 10,
      filter: { participant: w.lead.id },
    });
    expect(byParticipant.valueFlows.nodes.map((n) => n.id)).toEqual([...ids].reverse());
    expect(byParticipant.valueFlows.totalCount).toBe(3);
    const filtered = await executeOk(app.url, ValueFlowsDocument, {
      first: 10,
      filter: {
        participant: w.partner.id,
        kind: ['REVENUE', 'COST'],
        from: '2025-02-01T00:00:00Z',
        before: '2025-03-01T00:00:00Z',
      },
    });
    expect(filtered.valueFlows.nodes).toEqual([
      { id: ids[1], kind: 'REVENUE', at: '2025-02-01T00:00:00.000Z', amount: { amount: 40_000, currency: 'EUR' } },
    ]);
    expect(filtered.valueFlows.totalCount).toBe(1);
    const outsiders = await executeOk(app.url, ValueFlowsDocument, {
      first: 10,
      filter: { participant: w.outsider.id },
    });
    expect(outsiders.valueFlows.totalCount).toBe(0);

    const viaPartnership = await executeOk(app.url, PartnershipEngagementDocument, { id: w.partnership.id, first: 2 });
    expect(viaPartnership.node).toMatchObject({
      valueFlows: { totalCount: 3, nodes: [{ id: ids[2] }, { id: ids[1] }] },
    });

    const direction = async (d: 'IN' | 'OUT' | 'BOTH', flowFilter?: { kind: ('REVENUE' | 'COST')[] }) => {
      const result = await executeOk(app.url, ParticipantEngagementDocument, {
        id: w.lead.id,
        first: 10,
        direction: d,
        flowFilter,
      });
      const node = result.node as { valueFlows: { totalCount: number; nodes: { id: string }[] } };
      return [node.valueFlows.totalCount, node.valueFlows.nodes.map((n) => n.id)];
    };
    expect(await direction('OUT')).toEqual([2, [ids[2], ids[0]]]);
    expect(await direction('IN')).toEqual([1, [ids[1]]]);
    expect(await direction('BOTH')).toEqual([3, [ids[2], ids[1], ids[0]]]);
    expect(await direction('BOTH', { kind: ['REVENUE'] })).toEqual([1, [ids[1]]]);
  });

  it('a correction is a new flow between the same parties; the original is hidden and kept', async () => {
    const w = await world();
    const original = await record(funding(w));
    const result = await mutateOk(app.url, ValueFlowCorrectDocument, {
      input: { id: original.id, amount: { amount: 120_000, currency: 'USD' }, reason: 'Invoice was 120k' },
    });
    expect(result.valueFlowCorrect.userErrors).toEqual([]);
    const correction = result.valueFlowCorrect.valueFlow!;
    expect(correction).toMatchObject({
      kind: 'FUNDING',
      at: original.at,
      amount: { amount: 120_000, currency: 'USD' },
      from: { id: w.lead.id },
      to: { id: w.partner.id },
      partnership: { id: w.partnership.id },
      corrects: { id: original.id },
      correctionReason: 'Invoice was 120k',
    });
    const listed = await executeOk(app.url, ValueFlowsDocument, {
      first: 10,
      filter: { partnership: w.partnership.id },
    });
    expect(listed.valueFlows.nodes.map((n) => n.id)).toEqual([correction.id]);
    expect(listed.valueFlows.totalCount).toBe(1);
    expect((await executeOk(app.url, ValueFlowDocument, { id: original.id })).valueFlow).toEqual(original);

    await unchanged(async () => {
      const again = await mutateOk(app.url, ValueFlowCorrectDocument, {
        input: { id: original.id, kind: 'REVENUE', reason: 'Second thoughts' },
      });
      expect(codes(again.valueFlowCorrect.userErrors)).toEqual([['input.id', 'INVALID']]);
      expect(again.valueFlowCorrect.userErrors[0]?.message).toContain(correction.id);
    });
  });

  it('two concurrent corrections of one flow: one wins, the other is refused', async () => {
    const w = await world();
    const original = await record(funding(w));
    const correct = (amount: number) =>
      mutateOk(app.url, ValueFlowCorrectDocument, {
        input: { id: original.id, amount: { amount, currency: 'USD' }, reason: 'Concurrent fix' },
      });
    const results = (await Promise.all([correct(1), correct(2)])).map((r) => r.valueFlowCorrect);
    expect(results.filter((r) => r.valueFlow).length).toBe(1);
    expect(results.flatMap((r) => codes(r.userErrors))).toEqual([['input.id', 'INVALID']]);
    const listed = await executeOk(app.url, ValueFlowsDocument, {
      first: 10,
      filter: { partnership: w.partnership.id },
    });
    expect(listed.valueFlows.totalCount).toBe(1);
  });

  it('refuses bad record input with a code per problem and changes nothing', async () => {
    const w = await world();
    const cases: [Partial<ValueFlowRecordInput>, [string, string][]][] = [
      [{ partnershipId: w.lead.id }, [['input.partnershipId', 'WRONG_TYPE']]],
      [{ fromId: w.partnership.id }, [['input.fromId', 'WRONG_TYPE']]],
      [{ partnershipId: unknown('Partnership') }, [['input.partnershipId', 'NOT_FOUND']]],
      [{ toId: unknown('Participant') }, [['input.toId', 'NOT_FOUND']]],
      [{ toId: w.lead.id }, [['input.toId', 'INVALID']]],
      [{ toId: w.outsider.id }, [['input.toId', 'INVALID']]],
      [{ amount: { amount: 0, currency: 'USD' } }, [['input.amount.amount', 'OUT_OF_RANGE']]],
      [{ amount: { amount: 2e12, currency: 'USD' } }, [['input.amount.amount', 'OUT_OF_RANGE']]],
      [{ at: '2999-01-01T00:00:00Z' }, [['input.at', 'OUT_OF_RANGE']]],
    ];
    await unchanged(async () => {
      for (const [overrides, expected] of cases) {
        const result = await mutateOk(app.url, ValueFlowRecordDocument, { input: funding(w, overrides) });
        expect(result.valueFlowRecord.valueFlow).toBeNull();
        expect(codes(result.valueFlowRecord.userErrors)).toEqual(expected);
      }
      const badCurrency = await execute(app.url, ValueFlowRecordDocument, {
        input: funding(w, { amount: { amount: 10, currency: 'DOLLARS' } }),
      });
      expect(badCurrency.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  it('refuses bad correction input and changes nothing', async () => {
    const w = await world();
    const original = await record(funding(w));
    const cases: [Record<string, unknown>, [string, string][]][] = [
      [{ id: w.partnership.id, kind: 'COST', reason: 'Was a cost' }, [['input.id', 'WRONG_TYPE']]],
      [{ id: unknown('ValueFlow'), kind: 'COST', reason: 'Was a cost' }, [['input.id', 'NOT_FOUND']]],
      [{ id: original.id, reason: 'Nothing given' }, [['input', 'NOTHING_TO_UPDATE']]],
      [
        { id: original.id, amount: { amount: -5, currency: 'USD' }, reason: 'Refund' },
        [['input.amount.amount', 'OUT_OF_RANGE']],
      ],
      [{ id: original.id, kind: 'COST', reason: 'x' }, [['input.reason', 'TOO_SHORT']]],
    ];
    await unchanged(async () => {
      for (const [input, expected] of cases) {
        const result = await mutateOk(app.url, ValueFlowCorrectDocument, { input: input as never });
        expect(result.valueFlowCorrect.valueFlow).toBeNull();
        expect(codes(result.valueFlowCorrect.userErrors)).toEqual(expected);
      }
    });
  });

  it('a retried record with the same client key creates one relationship', async () => {
    const w = await world();
    const clientKey = uniqueMarker('flow-key');
    const first = await record(funding(w, { clientKey }));
    const size = await graphSize(app.gateway);
    const second = await record(funding(w, { clientKey }));
    expect(second.id).toBe(first.id);
    expect(await graphSize(app.gateway)).toEqual(size);
  });
});

describe('surveys', () => {
  const answer = (w: World, overrides: Partial<SurveyRecordInput> = {}): SurveyRecordInput => ({
    partnershipId: w.partnership.id,
    participantId: w.partner.id,
    score: 8,
    at: '2025-06-01T12:00:00Z',
    comment: 'Good progress; a few delays.',
    ...overrides,
  });

  async function record(input: SurveyRecordInput) {
    const result = await mutateOk(app.url, SurveyRecordDocument, { input });
    expect(result.surveyRecord.userErrors).toEqual([]);
    return result.surveyRecord.survey!;
  }

  it('records an answer with an Integer score and reads it through lists and both parents', async () => {
    const w = await world();
    const before = await graphSize(app.gateway);
    const survey = await record(answer(w));
    expect(await graphSize(app.gateway)).toEqual({ nodes: before.nodes + 1, relationships: before.relationships + 2 });
    expect(survey).toMatchObject({
      score: 8,
      at: '2025-06-01T12:00:00.000Z',
      comment: 'Good progress; a few delays.',
      participant: { id: w.partner.id },
      partnership: { id: w.partnership.id },
    });
    const [stored] = await app.gateway.readRows({
      cypher:
        'MATCH (:Participant {id: $p})-[:RATED]->(n:Survey)-[:OF]->(:Partnership {id: $q}) RETURN valueType(n.score) AS type',
      params: { p: w.partner.key, q: w.partnership.key },
    });
    expect(stored?.type).toBe('INTEGER NOT NULL');
    expect((await executeOk(app.url, EngagementNodeDocument, { id: survey.id })).node).toEqual({
      id: survey.id,
      score: 8,
    });

    const older = await record(
      answer(w, { participantId: w.lead.id, score: 5, at: '2025-01-01T00:00:00Z', comment: null }),
    );
    expect(older.comment).toBeNull();
    const all = await executeOk(app.url, SurveysDocument, { first: 10, filter: { partnership: w.partnership.id } });
    expect(all.surveys.nodes.map((s) => s.id)).toEqual([survey.id, older.id]);
    const windowed = await executeOk(app.url, SurveysDocument, {
      first: 10,
      filter: { partnership: w.partnership.id, from: '2025-05-01T00:00:00Z', before: '2025-07-01T00:00:00Z' },
    });
    expect(windowed.surveys.nodes.map((s) => s.id)).toEqual([survey.id]);
    const byLead = await executeOk(app.url, SurveysDocument, { first: 10, filter: { participant: w.lead.id } });
    expect(byLead.surveys.totalCount).toBe(1);

    const viaPartnership = await executeOk(app.url, PartnershipEngagementDocument, { id: w.partnership.id, first: 5 });
    expect(viaPartnership.node).toMatchObject({ surveys: { totalCount: 2 } });
    const viaPartner = await executeOk(app.url, ParticipantEngagementDocument, {
      id: w.partner.id,
      first: 5,
      direction: 'BOTH',
    });
    expect(viaPartner.node).toMatchObject({ surveys: { totalCount: 1, nodes: [{ id: survey.id }] } });
  });

  it('refuses bad input with a code per problem and changes nothing', async () => {
    const w = await world();
    const cases: [Partial<SurveyRecordInput>, [string, string][]][] = [
      [{ partnershipId: w.partner.id }, [['input.partnershipId', 'WRONG_TYPE']]],
      [{ participantId: w.partnership.id }, [['input.participantId', 'WRONG_TYPE']]],
      [{ partnershipId: unknown('Partnership') }, [['input.partnershipId', 'NOT_FOUND']]],
      [{ participantId: unknown('Participant') }, [['input.participantId', 'NOT_FOUND']]],
      [{ participantId: w.outsider.id }, [['input.participantId', 'INVALID']]],
      [{ score: 11 }, [['input.score', 'OUT_OF_RANGE']]],
      [{ score: -1 }, [['input.score', 'OUT_OF_RANGE']]],
      [{ at: '2999-01-01T00:00:00Z' }, [['input.at', 'OUT_OF_RANGE']]],
      [{ comment: 'x'.repeat(2001) }, [['input.comment', 'TOO_LONG']]],
    ];
    await unchanged(async () => {
      for (const [overrides, expected] of cases) {
        const result = await mutateOk(app.url, SurveyRecordDocument, { input: answer(w, overrides) });
        expect(result.surveyRecord.survey).toBeNull();
        expect(codes(result.surveyRecord.userErrors)).toEqual(expected);
      }
    });
  });

  it('a retried record with the same client key creates one node', async () => {
    const w = await world();
    const clientKey = uniqueMarker('survey-key');
    const first = await record(answer(w, { clientKey }));
    const size = await graphSize(app.gateway);
    const second = await record(answer(w, { clientKey }));
    expect(second.id).toBe(first.id);
    expect(await graphSize(app.gateway)).toEqual(size);
  });
});

describe('batching', () => {
  it('participants with their interactions, value flows and surveys cost one round trip per level', async () => {
    const worlds = [];
    const sector = uniqueMarker('engagement-batch');
    for (let i = 0; i < 4; i += 1) {
      const w = await world();
      await app.gateway.writeRows({
        cypher: 'MATCH (n:Participant) WHERE n.id IN $ids SET n.sector = $sector',
        params: { ids: [w.lead.key, w.partner.key, w.outsider.key], sector },
      });
      await mutateOk(app.url, InteractionRecordDocument, {
        input: { partnershipId: w.partnership.id, participantIds: [w.lead.id, w.partner.id], kind: 'MEETING' },
      });
      await mutateOk(app.url, ValueFlowRecordDocument, {
        input: {
          partnershipId: w.partnership.id,
          fromId: w.lead.id,
          toId: w.partner.id,
          kind: 'REVENUE',
          amount: { amount: 1000, currency: 'USD' },
        },
      });
      await mutateOk(app.url, SurveyRecordDocument, {
        input: { partnershipId: w.partnership.id, participantId: w.lead.id, score: 9 },
      });
      worlds.push(w);
    }
    const result = await execute(
      app.url,
      ParticipantsEngagementDocument,
      { first: 20, filter: { sector: [sector] } },
      { 'x-ecograph-round-trips': '1' },
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.participants.nodes ?? [];
    expect(nodes).toHaveLength(12);
    const leads = new Set(worlds.map((w) => w.lead.id));
    for (const participant of nodes) {
      const isOutsider = worlds.some((w) => w.outsider.id === participant.id);
      expect(participant.interactions.totalCount).toBe(isOutsider ? 0 : 1);
      expect(participant.valueFlows.totalCount).toBe(isOutsider ? 0 : 1);
      expect(participant.surveys.totalCount).toBe(leads.has(participant.id) ? 1 : 0);
    }
    // participants, then 3 hops, then interaction.partnership and valueFlow.to: 6 whatever the page size.
    expect(result.extensions?.roundTrips).toBeLessThanOrEqual(6);
  });
});
