/** The import's statements (snapshotted, one per kind where the text depends on it) and its row rules. */
import {
  anyRecordOf,
  createRecords,
  currentRecords,
  idsOfKeys,
  importWithKey,
  ownedPartnerships,
  partiesOf,
  rememberImport,
  teamMembersByEmail,
  upsertRecords,
} from '../../src/modules/exchange/entities/import.queries';
import { exportPage } from '../../src/modules/exchange/entities/export.queries';
import { parseField, type FieldSpec } from '../../src/modules/exchange/entities/fields';
import { KIND_NAMES, KINDS } from '../../src/modules/exchange/entities/kinds';
import { checkRecord } from '../../src/modules/exchange/entities/rules';
import { derivedId } from '../../src/modules/exchange/entities/write-rows';

describe('import statements', () => {
  it.each(KIND_NAMES.map((kind) => [kind]))(
    'idsOfKeys, currentRecords, upsertRecords, createRecords, exportPage and anyRecordOf for %s',
    (kind) => {
      expect(idsOfKeys(kind, ['k-1'])).toMatchSnapshot('idsOfKeys');
      expect(currentRecords(kind, ['id-1'])).toMatchSnapshot('currentRecords');
      expect(upsertRecords(kind, []).cypher).toMatchSnapshot('upsertRecords');
      expect(createRecords(kind, []).cypher).toMatchSnapshot('createRecords');
      expect(exportPage(kind, '', 100)).toMatchSnapshot('exportPage');
      expect(anyRecordOf(kind)).toMatchSnapshot('anyRecordOf');
    },
  );

  it.each([
    ['importWithKey', () => importWithKey('key-0001')],
    ['rememberImport', () => rememberImport('key-0001', 'f00d', '{}')],
    ['ownedPartnerships', () => ownedPartnerships('tm-1')],
    ['partiesOf', () => partiesOf(['p-1'])],
    ['teamMembersByEmail', () => teamMembersByEmail(['a@b.example'])],
  ])('%s', (_name, build) => {
    expect(build()).toMatchSnapshot();
  });
});

describe('import fields', () => {
  const spec = (extra: Partial<FieldSpec> & Pick<FieldSpec, 'type'>): FieldSpec =>
    ({ name: 'f', required: false, doc: '', ...extra }) as FieldSpec;

  it('matches enums the way spreadsheets spell them, and says which values exist otherwise', () => {
    const kind = spec({ type: 'enum', values: ['RESEARCH_INSTITUTE', 'value'] });
    expect(parseField(kind, 'research institute')).toEqual({ ok: true, value: 'RESEARCH_INSTITUTE' });
    expect(parseField(kind, 'Research-Institute')).toEqual({ ok: true, value: 'RESEARCH_INSTITUTE' });
    expect(parseField(kind, 'VALUE')).toEqual({ ok: true, value: 'value' });
    expect(parseField(kind, 'lab')).toEqual({ ok: false, reason: '"lab" is not one of RESEARCH_INSTITUTE, value' });
  });

  it('reads a date as the start of its UTC day and refuses a local time without an offset', () => {
    const at = spec({ type: 'instant' });
    expect(parseField(at, '2026-03-05')).toEqual({ ok: true, value: new Date('2026-03-05T00:00:00Z') });
    expect(parseField(at, '2026-03-05T14:00:00+01:00')).toEqual({ ok: true, value: new Date('2026-03-05T13:00:00Z') });
    expect(parseField(at, '2026-03-05 14:00').ok).toBe(false);
    expect(parseField(at, '05/03/2026').ok).toBe(false);
  });

  it('reads role lists from a CSV cell or JSON, refusing unknown roles and repeated keys', () => {
    const parties = spec({ type: 'roles', kind: 'participants', roles: ['LEAD', 'PARTNER'], min: 1, max: 3 });
    expect(parseField(parties, 'a:LEAD; b:partner')).toEqual({
      ok: true,
      value: [
        { key: 'a', role: 'LEAD' },
        { key: 'b', role: 'PARTNER' },
      ],
    });
    expect(parseField(parties, [{ key: 'a', role: 'LEAD' }])).toEqual({
      ok: true,
      value: [{ key: 'a', role: 'LEAD' }],
    });
    expect(parseField(parties, 'a:BOSS')).toMatchObject({ ok: false });
    expect(parseField(parties, 'a:LEAD;a:PARTNER')).toEqual({ ok: false, reason: '"a" is listed twice' });
    expect(parseField(parties, 'a:LEAD;b:LEAD;c:LEAD;d:LEAD')).toMatchObject({ ok: false });
  });

  it('fills defaults for blank values and refuses blank required ones', () => {
    expect(parseField(spec({ type: 'number', min: 0, max: 5, above: true, default: 1 }), ' ')).toEqual({
      ok: true,
      value: 1,
    });
    expect(parseField(spec({ type: 'number', min: 0, max: 5, above: true }), '0')).toMatchObject({ ok: false });
    expect(parseField({ ...spec({ type: 'text', min: 1, max: 5 }), required: true }, '')).toEqual({
      ok: false,
      reason: 'f is required',
    });
  });
});

describe('import record rules', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const record = (kind: (typeof KIND_NAMES)[number], values: Record<string, unknown>) =>
    checkRecord({ kind, file: 'f.csv', line: 2, values, columns: {}, ignored: [] }, now);

  it('refuses a subtype of another type and a second LEAD, with the column to fix', () => {
    const base = { externalId: 'p', name: 'Shared Lab', type: 'TECHNOLOGY', subtype: 'ACADEMIC', parties: 'a:LEAD' };
    expect(record('partnerships', base).problems.map((p) => [p.column, p.code])).toEqual([['subtype', 'RULE']]);
    const leads = record('partnerships', { ...base, subtype: 'PLATFORM', parties: 'a:LEAD;b:LEAD' });
    expect(leads.problems.map((p) => [p.column, p.reason])).toEqual([['parties', 'at most one party can be the LEAD']]);
  });

  it('refuses instants in the future where the API does, and allows them where it does', () => {
    const flow = { externalId: 'v', partnership: 'p', from: 'a', to: 'b', kind: 'DATA', amount: '5', currency: 'EUR' };
    expect(record('valueFlows', { ...flow, at: '2027-01-01' }).problems.map((p) => p.column)).toEqual(['at']);
    expect(record('valueFlows', { ...flow, at: '2026-11-01' }).record).toBeDefined();
    const goal = { externalId: 'g', title: 'Grow', owner: 't', horizon: 'SHORT', metric: 'value', target: '10' };
    expect(record('goals', { ...goal, due: '2027-06-30' }).record).toBeDefined();
  });

  it('lists every problem of a row at once', () => {
    const outcome = record('participants', {
      externalId: 'x',
      name: 'A',
      kind: 'Vendor',
      sector: '',
      region: 'Europe',
    });
    expect(outcome.problems.map((p) => p.column)).toEqual(['name', 'kind', 'sector']);
    expect(outcome.record).toBeUndefined();
  });

  it('derives the same id from the same key, and different ids for different kinds', () => {
    expect(derivedId('Participant', 'org-1')).toBe(derivedId('Participant', 'org-1'));
    expect(derivedId('Participant', 'org-1')).not.toBe(derivedId('Partnership', 'org-1'));
    expect(derivedId('Participant', 'org-1')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5/);
  });

  it('documents every field of every kind', () => {
    for (const kind of KIND_NAMES) {
      for (const field of KINDS[kind].fields) expect(field.doc.length).toBeGreaterThan(2);
    }
  });
});
