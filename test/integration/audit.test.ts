/**
 * The audit trail: every committed mutation leaves one entry (who, when, what, before/after of
 * the changed fields) written in the same transaction; refused mutations leave none.
 */
import type { App } from '../../src/app';
import { executeOk, mutateOk } from '../support/graphql-client';
import { uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';
import { AuditTrailDocument, ParticipantCreateDocument, ParticipantUpdateDocument } from '../generated/operations';

jest.setTimeout(60_000);

let app: App;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.stop();
});

it('records creates and updates with actor, role, input and the before/after of changed fields', async () => {
  const sector = uniqueMarker('audit');
  const created = await mutateOk(app.url, ParticipantCreateDocument, {
    input: { name: 'Audited Co', kind: 'COMPANY', sector, region: 'Europe' },
  });
  const id = created.participantCreate.participant!.id;
  await mutateOk(app.url, ParticipantUpdateDocument, { input: { id, name: 'Audited Company', tier: 'STRATEGIC' } });

  const trail = await executeOk(app.url, AuditTrailDocument, { first: 10, filter: { subjectId: id } });
  expect(trail.auditTrail.nodes).toHaveLength(1);
  const [update] = trail.auditTrail.nodes;
  expect(update).toMatchObject({
    actor: 'test-admin',
    actorRole: 'ADMIN',
    operation: 'participantUpdate',
    subjectId: id,
  });
  expect(JSON.parse(update.input)).toEqual({ id, name: 'Audited Company', tier: 'STRATEGIC' });
  expect(JSON.parse(update.changes!)).toEqual({
    name: { before: 'Audited Co', after: 'Audited Company' },
    tier: { before: 'STANDARD', after: 'STRATEGIC' },
  });

  const creates = await executeOk(app.url, AuditTrailDocument, {
    first: 100,
    filter: { operation: 'participantCreate' },
  });
  const mine = creates.auditTrail.nodes.filter((entry) => JSON.parse(entry.input).sector === sector);
  expect(mine).toHaveLength(1);
  expect(mine[0].changes).toBeNull();
});

it('a refused mutation (userErrors) records nothing', async () => {
  const count = async () =>
    (await executeOk(app.url, AuditTrailDocument, { first: 1, filter: { operation: 'participantUpdate' } })).auditTrail
      .totalCount;
  const before = await count();
  const refused = await mutateOk(app.url, ParticipantUpdateDocument, { input: { id: 'bm9wZTpub3BlMQ', name: 'x' } });
  expect(refused.participantUpdate.userErrors.length).toBeGreaterThan(0);
  expect(await count()).toBe(before);
});
