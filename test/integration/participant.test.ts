/** The Participant slice end to end: GraphQL over HTTP → resolvers → Neo4j, and back. */
import type { App } from '../../src/app';
import {
  NodeByIdDocument,
  ParticipantCreateDocument,
  ParticipantDocument,
  ParticipantsDocument,
  ParticipantUpdateDocument,
  ParticipantsBackwardDocument,
  type ParticipantsBackwardQuery,
  type ParticipantCreateInput,
  type ParticipantsQuery,
} from '../generated/operations';
import { execute, executeOk, mutateOk } from '../support/graphql-client';
import { graphSize, uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';

let app: App;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.stop();
});

function input(sector: string, overrides: Partial<ParticipantCreateInput> = {}): ParticipantCreateInput {
  return { name: 'Helix Robotics', kind: 'STARTUP', sector, region: 'Europe', tier: 'EMERGING', ...overrides };
}

describe('participant lifecycle', () => {
  it('create → read → update → list', async () => {
    const sector = uniqueMarker('sector');
    const created = await mutateOk(app.url, ParticipantCreateDocument, {
      input: input(sector, { externalId: uniqueMarker('ext'), joinedAt: '2025-03-01T10:00:00Z' }),
    });
    expect(created.participantCreate.userErrors).toEqual([]);
    const participant = created.participantCreate.participant;
    expect(participant).toMatchObject({ name: 'Helix Robotics', kind: 'STARTUP', tier: 'EMERGING', status: 'ACTIVE' });
    expect(participant?.joinedAt).toBe('2025-03-01T10:00:00.000Z');
    const id = participant!.id;

    const read = await executeOk(app.url, ParticipantDocument, { id });
    expect(read.participant).toEqual(participant);

    const updated = await mutateOk(app.url, ParticipantUpdateDocument, {
      input: { id, name: 'Helix Robotics GmbH', tier: 'CORE', externalId: null },
    });
    expect(updated.participantUpdate.userErrors).toEqual([]);
    expect(updated.participantUpdate.participant).toMatchObject({
      id,
      name: 'Helix Robotics GmbH',
      tier: 'CORE',
      kind: 'STARTUP',
      externalId: null,
    });
    expect(new Date(updated.participantUpdate.participant!.updatedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(participant!.updatedAt).getTime(),
    );

    const listed = await executeOk(app.url, ParticipantsDocument, { first: 10, filter: { sector: [sector] } });
    expect(listed.participants.totalCount).toBe(1);
    expect(listed.participants.edges.map((edge) => edge.node.name)).toEqual(['Helix Robotics GmbH']);

    const node = await executeOk(app.url, NodeByIdDocument, { id });
    expect(node.node).toEqual({ id, name: 'Helix Robotics GmbH' });
  });

  it('pages with cursors in the requested order, filters and searches', async () => {
    const sector = uniqueMarker('paging');
    const names = ['Aurora Labs', 'Borealis AI', 'Cirrus Data', 'Delta Vision', 'Echo Systems'];
    for (const [i, name] of names.entries()) {
      await mutateOk(app.url, ParticipantCreateDocument, {
        input: input(sector, {
          name,
          kind: i % 2 === 0 ? 'COMPANY' : 'UNIVERSITY',
          joinedAt: `2024-0${i + 1}-01T00:00:00Z`,
        }),
      });
    }
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (;;) {
      const page: ParticipantsQuery = await executeOk(app.url, ParticipantsDocument, {
        first: 2,
        after,
        filter: { sector: [sector] },
        orderBy: { field: 'JOINED_AT', direction: 'DESC' },
      });
      seen.push(...page.participants.edges.map((edge) => edge.node.name));
      expect(page.participants.totalCount).toBe(5);
      if (!page.participants.pageInfo.hasNextPage) break;
      after = page.participants.pageInfo.endCursor;
    }
    expect(seen).toEqual([...names].reverse());

    const backwards: string[] = [];
    let before: string | null | undefined = null;
    for (;;) {
      const page: ParticipantsBackwardQuery = await executeOk(app.url, ParticipantsBackwardDocument, {
        last: 2,
        before,
        filter: { sector: [sector] },
        orderBy: { field: 'JOINED_AT', direction: 'DESC' },
      });
      backwards.unshift(...page.participants.edges.map((edge) => edge.node.name));
      if (!page.participants.pageInfo.hasPreviousPage) break;
      before = page.participants.pageInfo.startCursor;
    }
    expect(backwards).toEqual(seen);

    const universities = await executeOk(app.url, ParticipantsDocument, {
      first: 10,
      filter: { sector: [sector], kind: ['UNIVERSITY'] },
    });
    expect(universities.participants.edges.map((edge) => edge.node.name)).toEqual(['Borealis AI', 'Delta Vision']);

    const searched = await executeOk(app.url, ParticipantsDocument, {
      first: 10,
      filter: { sector: [sector], text: 'cirr' },
    });
    expect(searched.participants.edges.map((edge) => edge.node.name)).toEqual(['Cirrus Data']);
  });

  it('refuses page sizes outside 1..100 with BAD_USER_INPUT', async () => {
    const result = await execute(app.url, ParticipantsDocument, { first: 101 });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/between 1 and 100/);
  });
});

describe('bad input changes nothing', () => {
  it('an invalid create returns userErrors and leaves the graph unchanged', async () => {
    const before = await graphSize(app.gateway);
    const result = await mutateOk(app.url, ParticipantCreateDocument, {
      input: input(uniqueMarker('bad'), { name: 'X', region: '', joinedAt: '2999-01-01T00:00:00Z' }),
    });
    expect(result.participantCreate.participant).toBeNull();
    expect(result.participantCreate.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([
      ['input.name', 'TOO_SHORT'],
      ['input.region', 'REQUIRED'],
      ['input.joinedAt', 'OUT_OF_RANGE'],
    ]);
    expect(await graphSize(app.gateway)).toEqual(before);
  });

  it('a value of the wrong type is refused by GraphQL validation, changing nothing', async () => {
    const before = await graphSize(app.gateway);
    const result = await execute(app.url, ParticipantCreateDocument, {
      input: { ...input('s'), kind: 'SPACESHIP' as never },
    });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await graphSize(app.gateway)).toEqual(before);
  });

  it('a duplicate externalId is refused with DUPLICATE, changing nothing', async () => {
    const externalId = uniqueMarker('ext');
    await mutateOk(app.url, ParticipantCreateDocument, { input: input(uniqueMarker('s'), { externalId }) });
    const before = await graphSize(app.gateway);
    const result = await mutateOk(app.url, ParticipantCreateDocument, {
      input: input(uniqueMarker('s'), { externalId }),
    });
    expect(result.participantCreate.userErrors.map((e) => e.code)).toEqual(['DUPLICATE']);
    expect(await graphSize(app.gateway)).toEqual(before);
  });

  it('update: unknown id → NOT_FOUND, id of another type → WRONG_TYPE, nothing given → NOTHING_TO_UPDATE', async () => {
    const before = await graphSize(app.gateway);
    const unknown = Buffer.from('Participant:00000000-0000-0000-0000-000000000000').toString('base64url');
    const partnershipId = Buffer.from('Partnership:x').toString('base64url');
    const codes = async (update: { id: string; name?: string }) =>
      (await mutateOk(app.url, ParticipantUpdateDocument, { input: update })).participantUpdate.userErrors.map(
        (e) => e.code,
      );
    expect(await codes({ id: unknown, name: 'Nobody' })).toEqual(['NOT_FOUND']);
    expect(await codes({ id: partnershipId, name: 'Nobody' })).toEqual(['WRONG_TYPE']);
    expect(await codes({ id: unknown })).toEqual(['NOTHING_TO_UPDATE']);
    expect(await graphSize(app.gateway)).toEqual(before);
  });
});

describe('idempotent create', () => {
  it('a retried create with the same client key creates one node', async () => {
    const sector = uniqueMarker('retry');
    const clientKey = uniqueMarker('key');
    const first = await mutateOk(app.url, ParticipantCreateDocument, { input: input(sector, { clientKey }) });
    const second = await mutateOk(app.url, ParticipantCreateDocument, { input: input(sector, { clientKey }) });
    expect(second.participantCreate.participant?.id).toBe(first.participantCreate.participant?.id);
    const listed = await executeOk(app.url, ParticipantsDocument, { first: 10, filter: { sector: [sector] } });
    expect(listed.participants.totalCount).toBe(1);
  });
});

describe('racing creates', () => {
  it('concurrent creates with the same client key make one participant and all answer with it', async () => {
    const sector = uniqueMarker('race');
    const clientKey = uniqueMarker('race-key');
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        mutateOk(app.url, ParticipantCreateDocument, { input: input(sector, { clientKey }) }),
      ),
    );
    const ids = new Set(results.map((result) => result.participantCreate.participant?.id));
    expect(results.every((result) => result.participantCreate.userErrors.length === 0)).toBe(true);
    expect(ids.size).toBe(1);
    const listed = await executeOk(app.url, ParticipantsDocument, { first: 10, filter: { sector: [sector] } });
    expect(listed.participants.totalCount).toBe(1);
  });
});
