/** Partnerships end to end: create, update, parties, owners and the guarded lifecycle. */
import type { App } from '../../src/app';
import { expectGlobalId } from '../../src/core/global-id';
import {
  PartnershipAddPartyDocument,
  PartnershipAssignOwnerDocument,
  PartnershipCreateDocument,
  PartnershipDocument,
  PartnershipHistoryDocument,
  PartnershipMoveStageDocument,
  PartnershipRemoveOwnerDocument,
  PartnershipRemovePartyDocument,
  PartnershipsDocument,
  PartnershipUpdateDocument,
  type PartnershipCreateInput,
  type PartnershipStage,
} from '../generated/operations';
import { createConcerning, createParticipants, createTeamMember, type Fixture } from '../support/fixtures';
import { executeOk, mutateOk } from '../support/graphql-client';
import { graphSize, uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';

let app: App;
let people: Fixture[];
let manager: Fixture;

beforeAll(async () => {
  app = await startTestApp();
  people = await createParticipants(app.gateway, uniqueMarker('partnership'), 6);
  manager = await createTeamMember(app.gateway);
});
afterAll(async () => {
  await app.stop();
});

const at = (p: number) => people[p]!.id;

function createInput(overrides: Partial<PartnershipCreateInput> = {}): PartnershipCreateInput {
  return {
    name: uniqueMarker('Alliance'),
    type: 'TECHNOLOGY',
    subtype: 'PLATFORM',
    strategicAlignment: 0.8,
    parties: [{ participantId: at(0), role: 'LEAD' }],
    ...overrides,
  };
}

async function create(overrides: Partial<PartnershipCreateInput> = {}) {
  const result = await mutateOk(app.url, PartnershipCreateDocument, { input: createInput(overrides) });
  expect(result.partnershipCreate.userErrors).toEqual([]);
  return result.partnershipCreate.partnership!;
}

async function move(id: string, to: PartnershipStage, extra: { reason?: string; clientKey?: string } = {}) {
  return (await mutateOk(app.url, PartnershipMoveStageDocument, { input: { id, to, ...extra } })).partnershipMoveStage;
}

/** Runs a mutation expected to be refused; asserts the graph did not change and returns the codes. */
async function refusedCodes(run: () => Promise<{ userErrors: { code: string }[] }>): Promise<string[]> {
  const before = await graphSize(app.gateway);
  const { userErrors } = await run();
  expect(await graphSize(app.gateway)).toEqual(before);
  return userErrors.map((error) => error.code);
}

describe('partnershipCreate', () => {
  it('creates a partnership at IDENTIFICATION with its parties, owner and first stage change', async () => {
    const created = await create({
      parties: [
        { participantId: at(0), role: 'LEAD' },
        { participantId: at(1), role: 'PARTNER' },
      ],
      ownerIds: [manager.id],
    });
    expect(created).toMatchObject({
      type: 'TECHNOLOGY',
      subtype: 'PLATFORM',
      stage: 'IDENTIFICATION',
      strategicAlignment: 0.8,
    });
    const read = await executeOk(app.url, PartnershipDocument, { id: created.id });
    expect(read.partnership?.parties.totalCount).toBe(2);
    expect(read.partnership?.parties.edges.map((edge) => [edge.node.id, edge.role]).sort()).toEqual(
      [
        [at(0), 'LEAD'],
        [at(1), 'PARTNER'],
      ].sort(),
    );
    const history = await executeOk(app.url, PartnershipHistoryDocument, { id: created.id, first: 10 });
    expect(history.partnership?.stageHistory.nodes).toEqual([
      expect.objectContaining({ from: null, to: 'IDENTIFICATION', reason: 'created', by: 'test-admin' }),
    ]);
    const owned = await executeOk(app.url, PartnershipsDocument, { first: 10, filter: { owner: manager.id } });
    expect(owned.partnerships.nodes.map((p) => p.id)).toContain(created.id);
  });

  it.each<[string, Partial<PartnershipCreateInput>, string[]]>([
    ['a subtype of another type', { subtype: 'ACADEMIC' }, ['INVALID']],
    ['an alignment above 1', { strategicAlignment: 1.5 }, ['OUT_OF_RANGE']],
    [
      'an end before the start',
      { startedAt: '2025-01-02T00:00:00Z', endsAt: '2025-01-01T00:00:00Z' },
      ['OUT_OF_RANGE'],
    ],
    ['a blank name', { name: '   ' }, ['REQUIRED']],
    ['no parties', { parties: [] }, ['OUT_OF_RANGE']],
    [
      'two LEAD parties',
      {
        parties: [
          { participantId: 'x', role: 'LEAD' },
          { participantId: 'y', role: 'LEAD' },
        ],
      },
      ['WRONG_TYPE', 'WRONG_TYPE', 'INVALID'],
    ],
  ])('refuses %s, changing nothing', async (_name, overrides, expected) => {
    const input = createInput(overrides);
    expect(
      await refusedCodes(async () => (await mutateOk(app.url, PartnershipCreateDocument, { input })).partnershipCreate),
    ).toEqual(expected);
  });

  it('refuses unknown, mistyped and duplicate references, changing nothing', async () => {
    const ghost = Buffer.from('Participant:00000000-0000-0000-0000-000000000000').toString('base64url');
    const codes = async (input: PartnershipCreateInput) =>
      refusedCodes(async () => (await mutateOk(app.url, PartnershipCreateDocument, { input })).partnershipCreate);
    expect(await codes(createInput({ parties: [{ participantId: ghost, role: 'LEAD' }] }))).toEqual(['NOT_FOUND']);
    expect(await codes(createInput({ parties: [{ participantId: manager.id, role: 'LEAD' }] }))).toEqual([
      'WRONG_TYPE',
    ]);
    expect(
      await codes(
        createInput({
          parties: [
            { participantId: at(0), role: 'LEAD' },
            { participantId: at(0), role: 'PARTNER' },
          ],
        }),
      ),
    ).toEqual(['DUPLICATE']);
    expect(await codes(createInput({ ownerIds: [at(0)] }))).toEqual(['WRONG_TYPE']);
  });

  it('a retried create with the same client key creates one partnership', async () => {
    const clientKey = uniqueMarker('retry');
    const first = await create({ clientKey, name: 'Retry Alliance' });
    const before = await graphSize(app.gateway);
    const second = await create({ clientKey, name: 'Retry Alliance' });
    expect(second.id).toBe(first.id);
    expect(await graphSize(app.gateway)).toEqual(before);
  });
});

describe('partnershipUpdate', () => {
  it('changes the given fields and refuses a subtype that does not fit the current type', async () => {
    const created = await create();
    const updated = await mutateOk(app.url, PartnershipUpdateDocument, {
      input: { id: created.id, name: 'Renamed Alliance', subtype: 'API', strategicAlignment: 0.3 },
    });
    expect(updated.partnershipUpdate.partnership).toMatchObject({
      name: 'Renamed Alliance',
      subtype: 'API',
      strategicAlignment: 0.3,
    });
    const refuse = async (input: { id: string; subtype?: 'ACADEMIC'; type?: 'RESEARCH' }) =>
      refusedCodes(async () => (await mutateOk(app.url, PartnershipUpdateDocument, { input })).partnershipUpdate);
    expect(await refuse({ id: created.id, subtype: 'ACADEMIC' })).toEqual(['INVALID']);
    expect(await refuse({ id: created.id, type: 'RESEARCH' })).toEqual(['REQUIRED']);
    expect(await refuse({ id: created.id })).toEqual(['NOTHING_TO_UPDATE']);
    const ghost = Buffer.from('Partnership:nope').toString('base64url');
    expect(await refuse({ id: ghost, subtype: 'ACADEMIC' })).toEqual(['NOT_FOUND']);
  });
});

describe('partnershipMoveStage', () => {
  it('walks the whole lifecycle, refusing each move until its requirement is met', async () => {
    const { id } = await create();
    const key = expectGlobalId(id, 'Partnership');
    const refused = async (to: PartnershipStage, reason?: string) => refusedCodes(() => move(id, to, { reason }));

    expect(await refused('NEGOTIATION')).toEqual(['ILLEGAL_STAGE_MOVE']);
    expect(await refused('EVALUATION')).toEqual(['REQUIREMENT_MISSING']);
    await mutateOk(app.url, PartnershipAddPartyDocument, { input: { partnershipId: id, participantId: at(2) } });
    expect((await move(id, 'EVALUATION')).stageChange).toMatchObject({ from: 'IDENTIFICATION', to: 'EVALUATION' });

    expect(await refused('NEGOTIATION')).toEqual(['REQUIREMENT_MISSING']);
    await createConcerning(app.gateway, key, 'passedDueDiligence');
    expect((await move(id, 'NEGOTIATION')).userErrors).toEqual([]);

    const missingAgreement = await move(id, 'IMPLEMENTATION');
    expect(missingAgreement.userErrors[0]?.message).toMatch(/executed Agreement/);
    await createConcerning(app.gateway, key, 'executedAgreement');
    expect((await move(id, 'IMPLEMENTATION')).userErrors).toEqual([]);

    expect(await refused('MANAGEMENT')).toEqual(['REQUIREMENT_MISSING']);
    await mutateOk(app.url, PartnershipAssignOwnerDocument, {
      input: { partnershipId: id, teamMemberId: manager.id },
    });
    expect((await move(id, 'MANAGEMENT')).userErrors).toEqual([]);
    expect((await move(id, 'RENEWAL', { reason: 'term ends' })).userErrors).toEqual([]);

    expect(await refused('MANAGEMENT')).toEqual(['REQUIREMENT_MISSING']);
    await createConcerning(app.gateway, key, 'executedAgreement');
    expect((await move(id, 'MANAGEMENT')).userErrors).toEqual([]);

    expect(await refused('TERMINATED')).toEqual(['REQUIRED']);
    const terminated = await move(id, 'TERMINATED', { reason: 'strategy changed' });
    expect(terminated.partnership?.stage).toBe('TERMINATED');
    expect(terminated.partnership?.endsAt).toBe(terminated.stageChange?.at);
    expect(await refused('MANAGEMENT')).toEqual(['ILLEGAL_STAGE_MOVE']);

    const history = await executeOk(app.url, PartnershipHistoryDocument, { id, first: 20 });
    const chain = history.partnership!.stageHistory.nodes;
    expect(chain.map((change) => change.to)).toEqual([
      'IDENTIFICATION',
      'EVALUATION',
      'NEGOTIATION',
      'IMPLEMENTATION',
      'MANAGEMENT',
      'RENEWAL',
      'MANAGEMENT',
      'TERMINATED',
    ]);
    chain.slice(1).forEach((change, i) => expect(change.from).toBe(chain[i]!.to));
  });

  it('a retried move with the same client key is recorded once', async () => {
    const { id } = await create({
      parties: [
        { participantId: at(0), role: 'LEAD' },
        { participantId: at(1), role: 'PARTNER' },
      ],
    });
    const clientKey = uniqueMarker('move');
    const first = await move(id, 'EVALUATION', { clientKey });
    const second = await move(id, 'EVALUATION', { clientKey });
    expect(second.userErrors).toEqual([]);
    expect(second.stageChange?.id).toBe(first.stageChange?.id);
    const history = await executeOk(app.url, PartnershipHistoryDocument, { id, first: 10 });
    expect(history.partnership?.stageHistory.totalCount).toBe(2);
  });

  it('concurrent identical moves: exactly one wins, the others see the new stage', async () => {
    const { id } = await create({
      parties: [
        { participantId: at(0), role: 'LEAD' },
        { participantId: at(1), role: 'PARTNER' },
      ],
    });
    const results = await Promise.all(Array.from({ length: 6 }, () => move(id, 'EVALUATION')));
    expect(results.filter((result) => result.userErrors.length === 0)).toHaveLength(1);
    for (const loser of results.filter((result) => result.userErrors.length > 0)) {
      expect(loser.userErrors.map((e) => e.code)).toEqual(['ILLEGAL_STAGE_MOVE']);
    }
    const history = await executeOk(app.url, PartnershipHistoryDocument, { id, first: 10 });
    expect(history.partnership?.stageHistory.totalCount).toBe(2);
  });
});

describe('parties and owners', () => {
  it('keeps two parties past IDENTIFICATION, one LEAD, and an owner while managed', async () => {
    const { id } = await create({
      parties: [
        { participantId: at(3), role: 'LEAD' },
        { participantId: at(4), role: 'PARTNER' },
      ],
      ownerIds: [manager.id],
    });
    expect(
      await refusedCodes(
        async () =>
          (
            await mutateOk(app.url, PartnershipAddPartyDocument, {
              input: { partnershipId: id, participantId: at(5), role: 'LEAD' },
            })
          ).partnershipAddParty,
      ),
    ).toEqual(['INVALID']);
    const added = await mutateOk(app.url, PartnershipAddPartyDocument, {
      input: { partnershipId: id, participantId: at(5), role: 'SPONSOR' },
    });
    expect(added.partnershipAddParty.partnership?.parties.totalCount).toBe(3);
    await move(id, 'EVALUATION');
    const removed = await mutateOk(app.url, PartnershipRemovePartyDocument, {
      input: { partnershipId: id, participantId: at(5) },
    });
    expect(removed.partnershipRemoveParty.userErrors).toEqual([]);
    expect(
      await refusedCodes(
        async () =>
          (
            await mutateOk(app.url, PartnershipRemovePartyDocument, {
              input: { partnershipId: id, participantId: at(4) },
            })
          ).partnershipRemoveParty,
      ),
    ).toEqual(['INVALID']);
    expect(
      await refusedCodes(
        async () =>
          (
            await mutateOk(app.url, PartnershipRemovePartyDocument, {
              input: { partnershipId: id, participantId: at(0) },
            })
          ).partnershipRemoveParty,
      ),
    ).toEqual(['NOT_FOUND']);
    const unowned = await mutateOk(app.url, PartnershipRemoveOwnerDocument, {
      input: { partnershipId: id, teamMemberId: manager.id },
    });
    expect(unowned.partnershipRemoveOwner.userErrors).toEqual([]);
  });
});
