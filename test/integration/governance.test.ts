/**
 * The governance slice end to end: agreements, policies, risks, decisions, conflicts and
 * compliance checks through GraphQL over HTTP, against a real Neo4j.
 */
import crypto from 'node:crypto';
import type { App } from '../../src/app';
import { toGlobalId } from '../../src/core/global-id';
import {
  AgreementCreateDocument,
  AgreementExecuteDocument,
  AgreementsDocument,
  AgreementUpdateStatusDocument,
  ComplianceCheckRecordDocument,
  ComplianceChecksDocument,
  ConflictEscalateDocument,
  ConflictOpenDocument,
  ConflictResolveDocument,
  ConflictsDocument,
  DecisionRecordDocument,
  DecisionsDocument,
  GovernancePartnershipMoveStageDocument,
  GovernanceRecordByIdDocument,
  PartnershipGovernanceDocument,
  PoliciesDocument,
  PolicyApplyDocument,
  PolicyCreateDocument,
  RiskRaiseDocument,
  RisksDocument,
  RiskUpdateDocument,
} from '../generated/operations';
import { execute, executeOk, mutateOk } from '../support/graphql-client';
import { graphSize, uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';

let app: App;
// Starting the app (schema build, migrations check) can take longer than Jest's 5 s default on a busy machine.
beforeAll(async () => {
  app = await startTestApp();
}, 60_000);
afterAll(async () => {
  await app.stop();
});

interface Ref {
  key: string;
  id: string;
}

/** A partnership written directly (this module does not create partnerships), with two parties. */
async function partnership(stage = 'EVALUATION'): Promise<Ref> {
  const key = crypto.randomUUID();
  await app.gateway.writeRows({
    cypher: `CREATE (p:Partnership {id: $key, name: $name, type: 'TECHNOLOGY', subtype: 'API', stage: $stage,
  strategicAlignment: 0.5, createdAt: datetime(), updatedAt: datetime()})
WITH p UNWIND ['LEAD', 'PARTNER'] AS role
CREATE (:Participant {id: randomUUID(), name: 'Party ' + role, kind: 'COMPANY', sector: 'FinTech', region: 'Europe',
  tier: 'CORE', status: 'ACTIVE', joinedAt: datetime(), createdAt: datetime(), updatedAt: datetime()})
  -[:PARTY_TO {role: role}]->(p)`,
    params: { key, name: uniqueMarker('Partnership'), stage },
  });
  return { key, id: toGlobalId('Partnership', key) };
}

async function teamMember(name = 'Ada Owner'): Promise<Ref> {
  const key = crypto.randomUUID();
  await app.gateway.writeRows({
    cypher: `CREATE (:TeamMember {id: $key, name: $name, role: 'PARTNERSHIP_MANAGER', email: $email,
  createdAt: datetime(), updatedAt: datetime()})`,
    params: { key, name, email: `${uniqueMarker('owner')}@example.org` },
  });
  return { key, id: toGlobalId('TeamMember', key) };
}

/** `[field path, code]` pairs, the stable part of userErrors. */
const codes = (errors: readonly { field: readonly string[]; code: string }[]) =>
  errors.map((e) => [e.field.join('.'), e.code]);

/** Runs a mutation that must be refused and checks that the graph did not change. */
async function refusedWithoutChange<T>(run: () => Promise<T>): Promise<T> {
  const before = await graphSize(app.gateway);
  const result = await run();
  expect(await graphSize(app.gateway)).toEqual(before);
  return result;
}

const missingId = (type: string) => toGlobalId(type, crypto.randomUUID());
const FUTURE = '2999-01-01T00:00:00Z';

/** Whether the lifecycle guard's patterns (docs/data-model.md) see the records. */
async function guardFacts(partnershipKey: string): Promise<{ executed: boolean; dueDiligence: boolean }> {
  const [row] = await app.gateway.readRows({
    cypher: `MATCH (p:Partnership {id: $key})
RETURN EXISTS { (p)<-[:CONCERNS]-(:Agreement {status: 'EXECUTED'}) } AS executed,
  EXISTS { (p)<-[:CONCERNS]-(:ComplianceCheck {kind: 'DUE_DILIGENCE', status: 'PASSED'}) } AS dueDiligence`,
    params: { key: partnershipKey },
  });
  return { executed: Boolean(row?.executed), dueDiligence: Boolean(row?.dueDiligence) };
}

describe('agreements', () => {
  it('create → execute: EXECUTED with signedAt, as the lifecycle guard expects', async () => {
    const p = await partnership('NEGOTIATION');
    const created = await mutateOk(app.url, AgreementCreateDocument, {
      input: { partnershipId: p.id, title: '  Master Partnership Agreement ', kind: 'MASTER_AGREEMENT' },
    });
    expect(created.agreementCreate.userErrors).toEqual([]);
    const agreement = created.agreementCreate.agreement!;
    expect(agreement).toMatchObject({
      title: 'Master Partnership Agreement',
      kind: 'MASTER_AGREEMENT',
      status: 'DRAFT',
      signedAt: null,
      expiresAt: null,
      partnership: { id: p.id },
    });
    expect(await guardFacts(p.key)).toEqual({ executed: false, dueDiligence: false });

    const executed = await mutateOk(app.url, AgreementExecuteDocument, {
      input: { id: agreement.id, signedAt: '2025-05-01T09:00:00Z', expiresAt: '2027-05-01T00:00:00Z' },
    });
    expect(executed.agreementExecute.userErrors).toEqual([]);
    expect(executed.agreementExecute.agreement).toMatchObject({
      id: agreement.id,
      status: 'EXECUTED',
      signedAt: '2025-05-01T09:00:00.000Z',
      expiresAt: '2027-05-01T00:00:00.000Z',
    });
    expect(await guardFacts(p.key)).toEqual({ executed: true, dueDiligence: false });

    const listed = await executeOk(app.url, AgreementsDocument, {
      first: 10,
      filter: { partnership: p.id, status: ['EXECUTED'] },
    });
    expect(listed.agreements.totalCount).toBe(1);
    expect(listed.agreements.nodes.map((a) => a.id)).toEqual([agreement.id]);
  });

  it('executing again is INVALID and names the current status, changing nothing', async () => {
    const p = await partnership();
    const { agreementCreate } = await mutateOk(app.url, AgreementCreateDocument, {
      input: { partnershipId: p.id, title: 'Mutual NDA', kind: 'NDA', status: 'NEGOTIATING' },
    });
    const id = agreementCreate.agreement!.id;
    await mutateOk(app.url, AgreementExecuteDocument, { input: { id } });
    const again = await refusedWithoutChange(() => mutateOk(app.url, AgreementExecuteDocument, { input: { id } }));
    expect(again.agreementExecute.agreement).toBeNull();
    expect(codes(again.agreementExecute.userErrors)).toEqual([['input.id', 'INVALID']]);
    expect(again.agreementExecute.userErrors[0]?.message).toMatch(/is EXECUTED/);
  });

  it('status moves: DRAFT → NEGOTIATING → EXECUTED → EXPIRED; illegal moves are INVALID', async () => {
    const p = await partnership();
    const { agreementCreate } = await mutateOk(app.url, AgreementCreateDocument, {
      input: { partnershipId: p.id, title: 'Data Sharing Agreement', kind: 'DATA_SHARING' },
    });
    const id = agreementCreate.agreement!.id;

    const expireDraft = await refusedWithoutChange(() =>
      mutateOk(app.url, AgreementUpdateStatusDocument, { input: { id, status: 'EXPIRED' } }),
    );
    expect(codes(expireDraft.agreementUpdateStatus.userErrors)).toEqual([['input.status', 'INVALID']]);
    expect(expireDraft.agreementUpdateStatus.userErrors[0]?.message).toMatch(/is DRAFT.*only from EXECUTED/);

    const negotiating = await mutateOk(app.url, AgreementUpdateStatusDocument, {
      input: { id, status: 'NEGOTIATING' },
    });
    expect(negotiating.agreementUpdateStatus.agreement?.status).toBe('NEGOTIATING');

    await mutateOk(app.url, AgreementExecuteDocument, { input: { id, signedAt: '2025-01-10T00:00:00Z' } });
    const beforeSigning = await refusedWithoutChange(() =>
      mutateOk(app.url, AgreementUpdateStatusDocument, {
        input: { id, status: 'EXPIRED', expiresAt: '2025-01-01T00:00:00Z' },
      }),
    );
    expect(codes(beforeSigning.agreementUpdateStatus.userErrors)).toEqual([['input.expiresAt', 'OUT_OF_RANGE']]);

    const expired = await mutateOk(app.url, AgreementUpdateStatusDocument, {
      input: { id, status: 'EXPIRED', expiresAt: '2025-06-01T00:00:00Z' },
    });
    expect(expired.agreementUpdateStatus.agreement).toMatchObject({
      status: 'EXPIRED',
      expiresAt: '2025-06-01T00:00:00.000Z',
    });

    const terminateExpired = await refusedWithoutChange(() =>
      mutateOk(app.url, AgreementUpdateStatusDocument, { input: { id, status: 'TERMINATED' } }),
    );
    expect(codes(terminateExpired.agreementUpdateStatus.userErrors)).toEqual([['input.status', 'INVALID']]);
  });

  it('bad input: WRONG_TYPE, NOT_FOUND, TOO_SHORT, INVALID, OUT_OF_RANGE — nothing changes', async () => {
    const p = await partnership();
    const wrong = await refusedWithoutChange(() =>
      mutateOk(app.url, AgreementCreateDocument, {
        input: { partnershipId: toGlobalId('Participant', p.key), title: 'ab', kind: 'MOU', status: 'EXECUTED' },
      }),
    );
    expect(codes(wrong.agreementCreate.userErrors)).toEqual([
      ['input.partnershipId', 'WRONG_TYPE'],
      ['input.title', 'TOO_SHORT'],
      ['input.status', 'INVALID'],
    ]);

    const missing = await refusedWithoutChange(() =>
      mutateOk(app.url, AgreementCreateDocument, {
        input: { partnershipId: missingId('Partnership'), title: 'Memorandum', kind: 'MOU' },
      }),
    );
    expect(codes(missing.agreementCreate.userErrors)).toEqual([['input.partnershipId', 'NOT_FOUND']]);

    const future = await refusedWithoutChange(() =>
      mutateOk(app.url, AgreementExecuteDocument, { input: { id: missingId('Agreement'), signedAt: FUTURE } }),
    );
    expect(codes(future.agreementExecute.userErrors)).toEqual([['input.signedAt', 'OUT_OF_RANGE']]);

    const unknown = await refusedWithoutChange(() =>
      mutateOk(app.url, AgreementExecuteDocument, { input: { id: missingId('Agreement') } }),
    );
    expect(codes(unknown.agreementExecute.userErrors)).toEqual([['input.id', 'NOT_FOUND']]);

    const wrongId = await refusedWithoutChange(() =>
      mutateOk(app.url, AgreementUpdateStatusDocument, { input: { id: p.id, status: 'TERMINATED' } }),
    );
    expect(codes(wrongId.agreementUpdateStatus.userErrors)).toEqual([['input.id', 'WRONG_TYPE']]);

    const dateWithoutExpiry = await refusedWithoutChange(() =>
      mutateOk(app.url, AgreementUpdateStatusDocument, {
        input: { id: missingId('Agreement'), status: 'TERMINATED', expiresAt: '2025-01-01T00:00:00Z' },
      }),
    );
    expect(codes(dateWithoutExpiry.agreementUpdateStatus.userErrors)).toEqual([['input.expiresAt', 'INVALID']]);
  });

  it('a retried create with the same client key creates one agreement', async () => {
    const p = await partnership();
    const input = {
      partnershipId: p.id,
      title: 'IP License',
      kind: 'IP_LICENSE' as const,
      clientKey: uniqueMarker('ck'),
    };
    const before = await graphSize(app.gateway);
    const first = await mutateOk(app.url, AgreementCreateDocument, { input });
    const second = await mutateOk(app.url, AgreementCreateDocument, { input });
    expect(second.agreementCreate.agreement?.id).toBe(first.agreementCreate.agreement?.id);
    expect(await graphSize(app.gateway)).toEqual({ nodes: before.nodes + 1, relationships: before.relationships + 1 });
  });
});

describe('policies', () => {
  it('create applied to a partnership, apply to another, applying twice changes nothing', async () => {
    const [p1, p2] = [await partnership(), await partnership()];
    const created = await mutateOk(app.url, PolicyCreateDocument, {
      input: { title: 'Responsible AI', area: 'ETHICS', status: 'ACTIVE', partnershipIds: [p1.id, p1.id] },
    });
    expect(created.policyCreate.userErrors).toEqual([]);
    const policy = created.policyCreate.policy!;
    expect(policy).toMatchObject({ title: 'Responsible AI', area: 'ETHICS', status: 'ACTIVE' });
    expect(policy.partnerships.nodes.map((n) => n.id)).toEqual([p1.id]);

    const applied = await mutateOk(app.url, PolicyApplyDocument, { input: { id: policy.id, partnershipId: p2.id } });
    expect(applied.policyApply.userErrors).toEqual([]);
    expect(applied.policyApply.policy?.partnerships.totalCount).toBe(2);

    const before = await graphSize(app.gateway);
    const again = await mutateOk(app.url, PolicyApplyDocument, { input: { id: policy.id, partnershipId: p2.id } });
    expect(again.policyApply.policy?.partnerships.totalCount).toBe(2);
    expect(await graphSize(app.gateway)).toEqual(before);

    const listed = await executeOk(app.url, PoliciesDocument, { first: 10, filter: { partnership: p2.id } });
    expect(listed.policies.nodes.map((n) => n.id)).toEqual([policy.id]);
  });

  it('a DRAFT may take effect in the future; bad input and RETIRED policies are refused, changing nothing', async () => {
    const p = await partnership();
    const draft = await mutateOk(app.url, PolicyCreateDocument, {
      input: { title: 'Future data policy', area: 'DATA_SHARING', effectiveAt: '2030-01-01T00:00:00Z' },
    });
    expect(draft.policyCreate.policy).toMatchObject({ status: 'DRAFT', effectiveAt: '2030-01-01T00:00:00.000Z' });

    const bad = await refusedWithoutChange(() =>
      mutateOk(app.url, PolicyCreateDocument, {
        input: { title: ' ', area: 'IP', status: 'ACTIVE', effectiveAt: FUTURE, partnershipIds: [p.id, 'nope'] },
      }),
    );
    expect(codes(bad.policyCreate.userErrors)).toEqual([
      ['input.title', 'REQUIRED'],
      ['input.effectiveAt', 'OUT_OF_RANGE'],
      ['input.partnershipIds.1', 'WRONG_TYPE'],
    ]);

    const missing = await refusedWithoutChange(() =>
      mutateOk(app.url, PolicyCreateDocument, {
        input: { title: 'Security baseline', area: 'SECURITY', partnershipIds: [p.id, missingId('Partnership')] },
      }),
    );
    expect(codes(missing.policyCreate.userErrors)).toEqual([['input.partnershipIds.1', 'NOT_FOUND']]);

    const retired = await mutateOk(app.url, PolicyCreateDocument, {
      input: { title: 'Old engagement rules', area: 'ENGAGEMENT', status: 'RETIRED' },
    });
    const applyRetired = await refusedWithoutChange(() =>
      mutateOk(app.url, PolicyApplyDocument, {
        input: { id: retired.policyCreate.policy!.id, partnershipId: p.id },
      }),
    );
    expect(codes(applyRetired.policyApply.userErrors)).toEqual([['input.id', 'INVALID']]);

    const applyMissing = await refusedWithoutChange(() =>
      mutateOk(app.url, PolicyApplyDocument, {
        input: { id: draft.policyCreate.policy!.id, partnershipId: missingId('Partnership') },
      }),
    );
    expect(codes(applyMissing.policyApply.userErrors)).toEqual([['input.partnershipId', 'NOT_FOUND']]);

    const unknownPolicy = await refusedWithoutChange(() =>
      mutateOk(app.url, PolicyApplyDocument, { input: { id: missingId('Policy'), partnershipId: p.id } }),
    );
    expect(codes(unknownPolicy.policyApply.userErrors)).toEqual([['input.id', 'NOT_FOUND']]);
  });

  it('a retried create with the same client key creates one policy', async () => {
    const input = { title: 'Compliance handbook', area: 'COMPLIANCE' as const, clientKey: uniqueMarker('ck') };
    const before = await graphSize(app.gateway);
    const first = await mutateOk(app.url, PolicyCreateDocument, { input });
    const second = await mutateOk(app.url, PolicyCreateDocument, { input });
    expect(second.policyCreate.policy?.id).toBe(first.policyCreate.policy?.id);
    expect((await graphSize(app.gateway)).nodes).toBe(before.nodes + 1);
  });
});

describe('risks', () => {
  it('raise with an owner → update → close; CLOSED is final', async () => {
    const p = await partnership('IMPLEMENTATION');
    const owner = await teamMember('Grace Risk');
    const raised = await mutateOk(app.url, RiskRaiseDocument, {
      input: {
        partnershipId: p.id,
        title: 'Declining partner engagement',
        category: 'STRATEGIC',
        severity: 'HIGH',
        likelihood: 0.6,
        raisedAt: '2025-04-01T00:00:00Z',
        dueAt: '2025-07-01T00:00:00Z',
        ownerId: owner.id,
      },
    });
    expect(raised.riskRaise.userErrors).toEqual([]);
    const risk = raised.riskRaise.risk!;
    expect(risk).toMatchObject({
      status: 'OPEN',
      likelihood: 0.6,
      raisedAt: '2025-04-01T00:00:00.000Z',
      partnership: { id: p.id },
      owner: { id: owner.id, name: 'Grace Risk' },
    });

    const mitigating = await mutateOk(app.url, RiskUpdateDocument, {
      input: { id: risk.id, status: 'MITIGATING', severity: 'MEDIUM', likelihood: 0.3 },
    });
    expect(mitigating.riskUpdate.risk).toMatchObject({ status: 'MITIGATING', severity: 'MEDIUM', likelihood: 0.3 });

    const owned = await executeOk(app.url, RisksDocument, { first: 10, filter: { owner: owner.id } });
    expect(owned.risks.nodes.map((r) => r.id)).toEqual([risk.id]);

    const closed = await mutateOk(app.url, RiskUpdateDocument, { input: { id: risk.id, status: 'CLOSED' } });
    expect(closed.riskUpdate.risk?.status).toBe('CLOSED');
    const afterClose = await refusedWithoutChange(() =>
      mutateOk(app.url, RiskUpdateDocument, { input: { id: risk.id, severity: 'LOW' } }),
    );
    expect(codes(afterClose.riskUpdate.userErrors)).toEqual([['input.id', 'INVALID']]);
    expect(afterClose.riskUpdate.userErrors[0]?.message).toMatch(/CLOSED/);
  });

  it('bad input: OUT_OF_RANGE, WRONG_TYPE, NOT_FOUND, NOTHING_TO_UPDATE — nothing changes', async () => {
    const p = await partnership();
    const base = {
      partnershipId: p.id,
      title: 'Vendor lock-in',
      category: 'OPERATIONAL' as const,
      severity: 'LOW' as const,
      likelihood: 0.2,
      raisedAt: '2025-04-01T00:00:00Z',
      dueAt: '2025-05-01T00:00:00Z',
    };
    const ranges = await refusedWithoutChange(() =>
      mutateOk(app.url, RiskRaiseDocument, {
        input: { ...base, likelihood: 1.5, dueAt: '2025-03-01T00:00:00Z', ownerId: p.id },
      }),
    );
    expect(codes(ranges.riskRaise.userErrors)).toEqual([
      ['input.ownerId', 'WRONG_TYPE'],
      ['input.likelihood', 'OUT_OF_RANGE'],
      ['input.dueAt', 'OUT_OF_RANGE'],
    ]);

    const noOwner = await refusedWithoutChange(() =>
      mutateOk(app.url, RiskRaiseDocument, { input: { ...base, ownerId: missingId('TeamMember') } }),
    );
    expect(codes(noOwner.riskRaise.userErrors)).toEqual([['input.ownerId', 'NOT_FOUND']]);

    const { riskRaise } = await mutateOk(app.url, RiskRaiseDocument, { input: base });
    expect(riskRaise.risk?.owner).toBeNull();
    const id = riskRaise.risk!.id;

    const nothing = await refusedWithoutChange(() => mutateOk(app.url, RiskUpdateDocument, { input: { id } }));
    expect(codes(nothing.riskUpdate.userErrors)).toEqual([['input', 'NOTHING_TO_UPDATE']]);

    const early = await refusedWithoutChange(() =>
      mutateOk(app.url, RiskUpdateDocument, { input: { id, dueAt: '2025-01-01T00:00:00Z', likelihood: -0.1 } }),
    );
    expect(codes(early.riskUpdate.userErrors)).toEqual([['input.likelihood', 'OUT_OF_RANGE']]);
    const beforeRaised = await refusedWithoutChange(() =>
      mutateOk(app.url, RiskUpdateDocument, { input: { id, dueAt: '2025-01-01T00:00:00Z' } }),
    );
    expect(codes(beforeRaised.riskUpdate.userErrors)).toEqual([['input.dueAt', 'OUT_OF_RANGE']]);

    const cleared = await refusedWithoutChange(() =>
      mutateOk(app.url, RiskUpdateDocument, { input: { id, severity: null } }),
    );
    expect(codes(cleared.riskUpdate.userErrors)).toEqual([['input.severity', 'REQUIRED']]);

    const unknown = await refusedWithoutChange(() =>
      mutateOk(app.url, RiskUpdateDocument, { input: { id: missingId('Risk'), status: 'CLOSED' } }),
    );
    expect(codes(unknown.riskUpdate.userErrors)).toEqual([['input.id', 'NOT_FOUND']]);
  });

  it('a retried raise with the same client key creates one risk', async () => {
    const p = await partnership();
    const input = {
      partnershipId: p.id,
      title: 'Regulatory change',
      category: 'LEGAL' as const,
      severity: 'CRITICAL' as const,
      likelihood: 0.9,
      dueAt: '2031-01-01T00:00:00Z',
      clientKey: uniqueMarker('ck'),
    };
    const before = await graphSize(app.gateway);
    const first = await mutateOk(app.url, RiskRaiseDocument, { input });
    const second = await mutateOk(app.url, RiskRaiseDocument, { input });
    expect(second.riskRaise.risk?.id).toBe(first.riskRaise.risk?.id);
    expect((await graphSize(app.gateway)).nodes).toBe(before.nodes + 1);
  });
});

describe('decisions', () => {
  it('records a decision with an owner; future dates, long rationales and bad ids are refused', async () => {
    const p = await partnership();
    const owner = await teamMember();
    const recorded = await mutateOk(app.url, DecisionRecordDocument, {
      input: {
        partnershipId: p.id,
        title: 'Proceed to negotiation',
        outcome: 'APPROVED',
        decidedAt: '2025-02-01T00:00:00Z',
        rationale: 'Strong strategic fit',
        ownerId: owner.id,
      },
    });
    expect(recorded.decisionRecord.userErrors).toEqual([]);
    expect(recorded.decisionRecord.decision).toMatchObject({
      outcome: 'APPROVED',
      decidedAt: '2025-02-01T00:00:00.000Z',
      rationale: 'Strong strategic fit',
      partnership: { id: p.id },
      owner: { id: owner.id },
    });
    const listed = await executeOk(app.url, DecisionsDocument, {
      first: 10,
      filter: { partnership: p.id, outcome: ['APPROVED'] },
    });
    expect(listed.decisions.totalCount).toBe(1);

    const bad = await refusedWithoutChange(() =>
      mutateOk(app.url, DecisionRecordDocument, {
        input: {
          partnershipId: p.id,
          title: 'Defer',
          outcome: 'DEFERRED',
          decidedAt: FUTURE,
          rationale: 'x'.repeat(4001),
        },
      }),
    );
    expect(codes(bad.decisionRecord.userErrors)).toEqual([
      ['input.rationale', 'TOO_LONG'],
      ['input.decidedAt', 'OUT_OF_RANGE'],
    ]);

    const missing = await refusedWithoutChange(() =>
      mutateOk(app.url, DecisionRecordDocument, {
        input: { partnershipId: missingId('Partnership'), title: 'Reject', outcome: 'REJECTED', rationale: 'No fit' },
      }),
    );
    expect(codes(missing.decisionRecord.userErrors)).toEqual([['input.partnershipId', 'NOT_FOUND']]);
  });

  it('a retried record with the same client key creates one decision', async () => {
    const p = await partnership();
    const input = {
      partnershipId: p.id,
      title: 'Renew for a year',
      outcome: 'APPROVED' as const,
      rationale: 'Targets met',
      clientKey: uniqueMarker('ck'),
    };
    const before = await graphSize(app.gateway);
    const first = await mutateOk(app.url, DecisionRecordDocument, { input });
    const second = await mutateOk(app.url, DecisionRecordDocument, { input });
    expect(second.decisionRecord.decision?.id).toBe(first.decisionRecord.decision?.id);
    expect((await graphSize(app.gateway)).nodes).toBe(before.nodes + 1);
  });
});

describe('conflicts', () => {
  it('open → escalate → resolve; moves out of order are INVALID', async () => {
    const p = await partnership('MANAGEMENT');
    const opened = await mutateOk(app.url, ConflictOpenDocument, {
      input: { partnershipId: p.id, title: 'Revenue share dispute', openedAt: '2025-03-01T00:00:00Z' },
    });
    expect(opened.conflictOpen.userErrors).toEqual([]);
    const id = opened.conflictOpen.conflict!.id;
    expect(opened.conflictOpen.conflict).toMatchObject({ status: 'OPEN', resolvedAt: null, partnership: { id: p.id } });

    const escalated = await mutateOk(app.url, ConflictEscalateDocument, { input: { id } });
    expect(escalated.conflictEscalate.conflict?.status).toBe('ESCALATED');
    const twice = await refusedWithoutChange(() => mutateOk(app.url, ConflictEscalateDocument, { input: { id } }));
    expect(codes(twice.conflictEscalate.userErrors)).toEqual([['input.id', 'INVALID']]);
    expect(twice.conflictEscalate.userErrors[0]?.message).toMatch(/is ESCALATED/);

    const early = await refusedWithoutChange(() =>
      mutateOk(app.url, ConflictResolveDocument, { input: { id, resolvedAt: '2025-02-01T00:00:00Z' } }),
    );
    expect(codes(early.conflictResolve.userErrors)).toEqual([['input.resolvedAt', 'OUT_OF_RANGE']]);

    const open = await executeOk(app.url, ConflictsDocument, {
      first: 10,
      filter: { partnership: p.id, status: ['ESCALATED'] },
    });
    expect(open.conflicts.totalCount).toBe(1);

    const resolved = await mutateOk(app.url, ConflictResolveDocument, {
      input: { id, resolvedAt: '2025-04-01T00:00:00Z' },
    });
    expect(resolved.conflictResolve.conflict).toMatchObject({
      status: 'RESOLVED',
      resolvedAt: '2025-04-01T00:00:00.000Z',
    });
    const again = await refusedWithoutChange(() => mutateOk(app.url, ConflictResolveDocument, { input: { id } }));
    expect(codes(again.conflictResolve.userErrors)).toEqual([['input.id', 'INVALID']]);
  });

  it('bad input is refused, changing nothing; a retried open makes one conflict', async () => {
    const p = await partnership();
    const bad = await refusedWithoutChange(() =>
      mutateOk(app.url, ConflictOpenDocument, {
        input: { partnershipId: missingId('Partnership'), title: 'Scope creep', openedAt: FUTURE, clientKey: 'short' },
      }),
    );
    expect(codes(bad.conflictOpen.userErrors)).toEqual([
      ['input.clientKey', 'TOO_SHORT'],
      ['input.openedAt', 'OUT_OF_RANGE'],
    ]);
    const wrongType = await refusedWithoutChange(() =>
      mutateOk(app.url, ConflictResolveDocument, { input: { id: p.id } }),
    );
    expect(codes(wrongType.conflictResolve.userErrors)).toEqual([['input.id', 'WRONG_TYPE']]);
    const unknown = await refusedWithoutChange(() =>
      mutateOk(app.url, ConflictEscalateDocument, { input: { id: missingId('Conflict') } }),
    );
    expect(codes(unknown.conflictEscalate.userErrors)).toEqual([['input.id', 'NOT_FOUND']]);

    const input = { partnershipId: p.id, title: 'Scope creep', clientKey: uniqueMarker('ck') };
    const before = await graphSize(app.gateway);
    const first = await mutateOk(app.url, ConflictOpenDocument, { input });
    const second = await mutateOk(app.url, ConflictOpenDocument, { input });
    expect(second.conflictOpen.conflict?.id).toBe(first.conflictOpen.conflict?.id);
    expect((await graphSize(app.gateway)).nodes).toBe(before.nodes + 1);
  });
});

describe('compliance checks', () => {
  it('records checks as the lifecycle guard expects; bad input changes nothing; retries make one', async () => {
    const p = await partnership();
    const owner = await teamMember();
    const failed = await mutateOk(app.url, ComplianceCheckRecordDocument, {
      input: { partnershipId: p.id, kind: 'DUE_DILIGENCE', status: 'FAILED', checkedAt: '2025-01-01T00:00:00Z' },
    });
    expect(failed.complianceCheckRecord.complianceCheck).toMatchObject({ status: 'FAILED', owner: null });
    expect(await guardFacts(p.key)).toEqual({ executed: false, dueDiligence: false });

    const input = {
      partnershipId: p.id,
      kind: 'DUE_DILIGENCE' as const,
      status: 'PASSED' as const,
      ownerId: owner.id,
      clientKey: uniqueMarker('ck'),
    };
    const before = await graphSize(app.gateway);
    const passed = await mutateOk(app.url, ComplianceCheckRecordDocument, { input });
    const retried = await mutateOk(app.url, ComplianceCheckRecordDocument, { input });
    expect(retried.complianceCheckRecord.complianceCheck?.id).toBe(passed.complianceCheckRecord.complianceCheck?.id);
    expect(await graphSize(app.gateway)).toEqual({ nodes: before.nodes + 1, relationships: before.relationships + 2 });
    expect(passed.complianceCheckRecord.complianceCheck).toMatchObject({
      kind: 'DUE_DILIGENCE',
      status: 'PASSED',
      partnership: { id: p.id },
      owner: { id: owner.id },
    });
    expect(await guardFacts(p.key)).toEqual({ executed: false, dueDiligence: true });

    const listed = await executeOk(app.url, ComplianceChecksDocument, {
      first: 10,
      filter: { partnership: p.id, status: ['PASSED'] },
    });
    expect(listed.complianceChecks.totalCount).toBe(1);

    const bad = await refusedWithoutChange(() =>
      mutateOk(app.url, ComplianceCheckRecordDocument, {
        input: { partnershipId: owner.id, kind: 'REGULATORY', status: 'PENDING', checkedAt: FUTURE },
      }),
    );
    expect(codes(bad.complianceCheckRecord.userErrors)).toEqual([
      ['input.partnershipId', 'WRONG_TYPE'],
      ['input.checkedAt', 'OUT_OF_RANGE'],
    ]);
    const missing = await refusedWithoutChange(() =>
      mutateOk(app.url, ComplianceCheckRecordDocument, {
        input: { partnershipId: p.id, kind: 'ETHICS_REVIEW', status: 'PENDING', ownerId: missingId('TeamMember') },
      }),
    );
    expect(codes(missing.complianceCheckRecord.userErrors)).toEqual([['input.ownerId', 'NOT_FOUND']]);
  });
});

describe('reads', () => {
  it('partnership governance connections filter and batch; records resolve by id and through node(id)', async () => {
    const [p1, p2] = [await partnership('MANAGEMENT'), await partnership('MANAGEMENT')];
    const risk = (partnershipId: string, title: string, severity: 'LOW' | 'HIGH') =>
      mutateOk(app.url, RiskRaiseDocument, {
        input: {
          partnershipId,
          title,
          category: 'FINANCIAL',
          severity,
          likelihood: 0.5,
          dueAt: '2031-01-01T00:00:00Z',
        },
      });
    const high = await risk(p1.id, 'Budget overrun', 'HIGH');
    await risk(p1.id, 'Minor delay', 'LOW');
    await risk(p2.id, 'Currency exposure', 'HIGH');
    const agreement = await mutateOk(app.url, AgreementCreateDocument, {
      input: { partnershipId: p1.id, title: 'Master Partnership Agreement', kind: 'MASTER_AGREEMENT' },
    });
    await mutateOk(app.url, AgreementExecuteDocument, { input: { id: agreement.agreementCreate.agreement!.id } });
    const conflict = await mutateOk(app.url, ConflictOpenDocument, {
      input: { partnershipId: p2.id, title: 'SLA breach' },
    });
    await mutateOk(app.url, PolicyCreateDocument, {
      input: { title: 'Shared security baseline', area: 'SECURITY', partnershipIds: [p1.id, p2.id] },
    });

    const result = await execute(
      app.url,
      PartnershipGovernanceDocument,
      { ids: [p1.id, p2.id], riskStatus: ['OPEN'], riskSeverity: ['HIGH'] },
      { 'x-ecograph-round-trips': '1' },
    );
    expect(result.errors).toBeUndefined();
    const [g1, g2] = (result.data?.nodes ?? []) as {
      agreements: { totalCount: number };
      risks: { totalCount: number; nodes: { title: string }[] };
      conflicts: { totalCount: number };
      policies: { totalCount: number };
    }[];
    expect(g1?.risks.nodes.map((r) => r.title)).toEqual(['Budget overrun']);
    expect(g2?.risks.nodes.map((r) => r.title)).toEqual(['Currency exposure']);
    expect([g1?.agreements.totalCount, g2?.agreements.totalCount]).toEqual([1, 0]);
    expect([g1?.conflicts.totalCount, g2?.conflicts.totalCount]).toEqual([0, 1]);
    expect([g1?.policies.totalCount, g2?.policies.totalCount]).toEqual([1, 1]);
    // One round trip for the two partnerships, then one per governance connection, not per partnership.
    expect(result.extensions?.roundTrips).toBe(7);

    const byId = await executeOk(app.url, GovernanceRecordByIdDocument, {
      agreement: agreement.agreementCreate.agreement!.id,
      risk: high.riskRaise.risk!.id,
      node: conflict.conflictOpen.conflict!.id,
    });
    expect(byId.agreement?.title).toBe('Master Partnership Agreement');
    expect(byId.risk?.title).toBe('Budget overrun');
    expect(byId.node).toMatchObject({ title: 'SLA breach', status: 'OPEN' });

    const wrongFilter = await execute(app.url, RisksDocument, { first: 5, filter: { partnership: p1.key } });
    expect(wrongFilter.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('lifecycle guard end to end', () => {
  it('a PASSED due-diligence check opens NEGOTIATION; an executed agreement opens IMPLEMENTATION', async () => {
    const p = await partnership('EVALUATION');
    const move = (to: 'NEGOTIATION' | 'IMPLEMENTATION') =>
      mutateOk(app.url, GovernancePartnershipMoveStageDocument, { input: { id: p.id, to } });

    expect(codes((await move('NEGOTIATION')).partnershipMoveStage.userErrors)).toEqual([
      ['input.to', 'REQUIREMENT_MISSING'],
    ]);
    await mutateOk(app.url, ComplianceCheckRecordDocument, {
      input: { partnershipId: p.id, kind: 'DUE_DILIGENCE', status: 'PASSED' },
    });
    expect((await move('NEGOTIATION')).partnershipMoveStage.partnership?.stage).toBe('NEGOTIATION');

    expect(codes((await move('IMPLEMENTATION')).partnershipMoveStage.userErrors)).toEqual([
      ['input.to', 'REQUIREMENT_MISSING'],
    ]);
    const { agreementCreate } = await mutateOk(app.url, AgreementCreateDocument, {
      input: { partnershipId: p.id, title: 'Master Partnership Agreement', kind: 'MASTER_AGREEMENT' },
    });
    await mutateOk(app.url, AgreementExecuteDocument, { input: { id: agreementCreate.agreement!.id } });
    expect((await move('IMPLEMENTATION')).partnershipMoveStage.partnership?.stage).toBe('IMPLEMENTATION');
  });
});
