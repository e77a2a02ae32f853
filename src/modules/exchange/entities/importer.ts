/**
 * Imports an ecosystem from files (docs/import.md): kind by kind in write order, each kind
 * streamed in batches. Per batch, in ONE write transaction: resolve every reference (to a
 * record of this import, or one already stored), fix each record's id (the stored one, the
 * ecograph id from an export, or one derived from the key — the same key always gives the same
 * id), read what the stored records hold, skip what is unchanged, refuse what only an API
 * mutation may change, and upsert the rest. The transaction carries the request's audit entry
 * and outbox event like any mutation; a batch that fails leaves nothing behind, and a re-run
 * resumes: what landed before is found unchanged and skipped.
 *
 * Rows never block each other: a bad row is reported (file, line, column, reason) and the rest
 * go on; a row referring to a refused row is refused with the reason, never dropped silently.
 */
import crypto from 'node:crypto';
import type { Gateway, Tx } from '../../../db/gateway';
import type { KeyRole, Value } from './fields';
import { KINDS, PARTY_FIELDS, type KindName } from './kinds';
import {
  anyRecordOf,
  createRecords,
  currentRecords,
  idsOfKeys,
  ownedPartnerships,
  partiesOf,
  teamMembersByEmail,
  upsertRecords,
} from './import.queries';
import type { Problem } from './problems';
import { checkRecord, type ImportRecord } from './rules';
import type { KindSource } from './source';
import { derivedId, difference, writeRow, type Resolved, type StoredRecord, type WriteRow } from './write-rows';

export interface ImportOptions {
  /** Check everything, write nothing. */
  dryRun: boolean;
  /** Names the import in its batches' audit entries and its report (default: a new UUID). */
  importId?: string;
  /** Records per write transaction. */
  batchSize: number;
  /** "Now" for defaults and the not-in-the-future rule (the injected clock). */
  now: Date;
  /** Who imports (the audit actor), kept on the first StageChange of new partnerships. */
  by: string;
  /**
   * A MANAGER's team member id: rows may then touch only partnerships they own (or new ones that
   * name them as an owner), and not the organisation's own structure (team, committees, policies),
   * as with the API's mutations.
   */
  manager?: string;
  /** Called before each batch's transaction: the caller names it in the audit trail. */
  beginBatch?: (batch: BatchInfo) => void;
  onProgress?: (progress: ImportProgress) => void;
}

export interface BatchInfo {
  /** The import this batch belongs to (every batch's audit entry names it). */
  importId: string;
  source: string;
  kind: KindName;
  batch: number;
  rows: number;
  firstExternalId: string;
  lastExternalId: string;
}

export interface KindCounts {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
}

export interface ImportProgress {
  kind: KindName;
  /** Records handled so far, over all kinds. */
  records: number;
  elapsedMs: number;
}

export interface ImportReport {
  /** This import's id: its batches' audit entries name it. */
  id: string;
  dryRun: boolean;
  /** Per kind: what was read and what happened to it (dry runs: what would happen). */
  kinds: Partial<Record<KindName, KindCounts>>;
  /** Every row not written, with where it is and why. */
  problems: Problem[];
  batches: number;
  elapsedMs: number;
  /** Per file: columns (or JSON keys) that name no field and were left out. */
  ignoredColumns: Record<string, string[]>;
}

/** What the import knows of each kind's keys so far: accepted (with the id) or refused (where). */
interface Registry {
  accepted: Map<string, string>;
  refused: Map<string, string>;
}

type Registries = Record<KindName, Registry>;

/** What a MANAGER may touch: the partnerships they own (stored, or made by this import naming them). */
interface ManagerScope {
  manager: string;
  owned: Set<string>;
  /** Goals of this import → their partnership (null: an ecosystem goal). */
  goals: Map<string, string | null>;
}

/** Kinds that are the organisation's own structure: ADMIN imports them (ADMIN_MUTATIONS). */
const ADMIN_ONLY: ReadonlySet<KindName> = new Set(['teamMembers', 'committees', 'policies']);

function outsideScope(
  kind: KindName,
  entry: { id: string; resolved: Resolved; isNew: boolean },
  scope: ManagerScope,
): { field: string | null; reason: string } | undefined {
  if (ADMIN_ONLY.has(kind)) return { field: null, reason: `only ADMIN imports ${KINDS[kind].noun}s` };
  if (kind === 'partnerships') {
    if (!entry.isNew && !scope.owned.has(entry.id)) {
      return { field: null, reason: 'a MANAGER changes only partnerships they own' };
    }
    const named = ownersOf(entry.resolved).includes(scope.manager);
    return entry.isNew && !named
      ? { field: 'owners', reason: 'a MANAGER imports partnerships they own: add yourself to owners' }
      : undefined;
  }
  if (kind === 'goalProgress') {
    const goal = entry.resolved.goal as string;
    if (!scope.goals.has(goal))
      return { field: 'goal', reason: 'a MANAGER imports progress only of goals in the same import' };
    const partnership = scope.goals.get(goal);
    return partnership && !scope.owned.has(partnership)
      ? { field: 'goal', reason: 'the goal is for a partnership this MANAGER does not own' }
      : undefined;
  }
  const partnership = entry.resolved.partnership;
  if (typeof partnership === 'string' && !scope.owned.has(partnership)) {
    return { field: 'partnership', reason: 'a MANAGER changes only records of partnerships they own' };
  }
  return undefined;
}

/** Parties (participant ids) of the partnerships this import accepted. */
type PartyIndex = Map<string, Set<string>>;

const emptyCounts = (): KindCounts => ({ read: 0, created: 0, updated: 0, unchanged: 0, refused: 0 });

function problemOf(record: ImportRecord, code: Problem['code'], field: string | null, reason: string): Problem {
  return {
    code,
    file: record.file,
    line: record.line,
    column: field === null ? null : (record.columns[field] ?? field),
    externalId: record.externalId,
    reason,
  };
}

/** The team member ids a partnership row names as owners. */
function ownersOf(resolved: Resolved): string[] {
  const owners = (resolved.owners as (string | { id: string })[] | null) ?? [];
  return owners.map((owner) => (typeof owner === 'string' ? owner : owner.id));
}

interface Reference {
  field: string;
  kind: KindName;
  keys: string[];
}

/** The keys a record refers to, by target kind (worked out once per record: every step asks). */
const referenceCache = new WeakMap<ImportRecord, Reference[]>();
function referencesOf(record: ImportRecord): Reference[] {
  const cached = referenceCache.get(record);
  if (cached) return cached;
  const found: Reference[] = [];
  referenceCache.set(record, found);
  for (const spec of KINDS[record.kind].fields) {
    const value = record.fields[spec.name];
    if (value === null || value === undefined) continue;
    if (spec.type === 'ref') found.push({ field: spec.name, kind: spec.kind as KindName, keys: [value as string] });
    if (spec.type === 'refs') found.push({ field: spec.name, kind: spec.kind as KindName, keys: value as string[] });
    if (spec.type === 'roles') {
      found.push({ field: spec.name, kind: spec.kind as KindName, keys: (value as KeyRole[]).map((pair) => pair.key) });
    }
  }
  return found;
}

/** Stored ids of keys (a key naming two stored records is ambiguous: it maps to several). */
async function storedIds(tx: Tx, kind: KindName, keys: readonly string[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  if (keys.length === 0) return found;
  for (const row of await tx.run(idsOfKeys(kind, [...new Set(keys)]))) {
    found.set(row.key as string, row.ids as string[]);
  }
  return found;
}

interface BatchOutcome {
  /** Rows written: new records and changed ones. */
  rows: WriteRow[];
  accepted: { record: ImportRecord; id: string; parties?: Set<string>; resolved: Resolved }[];
  problems: Problem[];
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Everything one batch does inside its transaction. Pure with respect to the import's state:
 * the driver may retry the transaction, so results are applied only after it committed.
 */
async function runBatch(
  tx: Tx,
  kind: KindName,
  records: readonly ImportRecord[],
  registries: Registries,
  parties: PartyIndex,
  options: ImportOptions,
  firstStageChange: boolean,
  scope: ManagerScope | undefined,
  kindWasEmpty: boolean,
): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { rows: [], accepted: [], problems: [], created: 0, updated: 0, unchanged: 0 };
  const label = KINDS[kind].label;

  // 1. References not settled by this import: one lookup per target kind.
  const toLookUp = new Map<KindName, Set<string>>();
  for (const record of records) {
    for (const reference of referencesOf(record)) {
      const registry = registries[reference.kind];
      for (const key of reference.keys) {
        if (!registry.accepted.has(key) && !registry.refused.has(key)) {
          const keys = toLookUp.get(reference.kind) ?? new Set<string>();
          keys.add(key);
          toLookUp.set(reference.kind, keys);
        }
      }
    }
  }
  const stored = new Map<KindName, Map<string, string[]>>();
  for (const [target, keys] of toLookUp) stored.set(target, await storedIds(tx, target, [...keys]));
  // A kind the graph held none of when the import reached it: its keys name nothing stored (a key
  // made by an earlier batch of this import is a duplicate, refused before any batch).
  const own = kindWasEmpty
    ? new Map<string, string[]>()
    : await storedIds(
        tx,
        kind,
        records.map((record) => record.externalId),
      );

  // 2. Resolve each record: its id and its references' ids.
  const resolvedRecords: { record: ImportRecord; id: string; resolved: Resolved; isNew: boolean }[] = [];
  const partnershipsToRead = new Set<string>();
  for (const record of records) {
    const problems: Problem[] = [];
    const ids = new Map<string, string>();
    for (const reference of referencesOf(record)) {
      const registry = registries[reference.kind];
      for (const key of reference.keys) {
        const accepted = registry.accepted.get(key);
        if (accepted) {
          ids.set(`${reference.kind}:${key}`, accepted);
          continue;
        }
        const refusedAt = registry.refused.get(key);
        if (refusedAt) {
          problems.push(
            problemOf(
              record,
              'REFUSED_REFERENCE',
              reference.field,
              `refers to ${KINDS[reference.kind].noun} "${key}", which was refused (${refusedAt})`,
            ),
          );
          continue;
        }
        const matches = stored.get(reference.kind)?.get(key) ?? [];
        if (matches.length === 1) ids.set(`${reference.kind}:${key}`, matches[0] as string);
        else if (matches.length === 0) {
          problems.push(
            problemOf(
              record,
              'UNKNOWN_REFERENCE',
              reference.field,
              `no ${KINDS[reference.kind].noun} "${key}" in this import or in the graph`,
            ),
          );
        } else {
          problems.push(
            problemOf(
              record,
              'RULE',
              reference.field,
              `"${key}" names ${matches.length} ${KINDS[reference.kind].noun}s in the graph`,
            ),
          );
        }
      }
    }
    const existing = own.get(record.externalId) ?? [];
    if (existing.length > 1) {
      problems.push(
        problemOf(
          record,
          'RULE',
          'externalId',
          `"${record.externalId}" names ${existing.length} stored ${KINDS[kind].noun}s`,
        ),
      );
    }
    const explicit = typeof record.fields.id === 'string' ? record.fields.id : null;
    if (explicit && existing[0] && existing[0] !== explicit) {
      problems.push(
        problemOf(
          record,
          'RULE',
          'id',
          `the stored ${KINDS[kind].noun} "${record.externalId}" has id ${existing[0]}, not ${explicit}`,
        ),
      );
    }
    if (problems.length > 0) {
      outcome.problems.push(...problems);
      continue;
    }
    const id = existing[0] ?? explicit ?? derivedId(label, record.externalId);
    const ref = (target: KindName, key: string) => ids.get(`${target}:${key}`) as string;
    const resolved: Resolved = {};
    for (const reference of referencesOf(record)) {
      const value = record.fields[reference.field] as Value;
      if (typeof value === 'string') resolved[reference.field] = ref(reference.kind, value);
      else if (Array.isArray(value) && typeof value[0] === 'object') {
        resolved[reference.field] = (value as KeyRole[]).map((pair) => ({
          id: ref(reference.kind, pair.key),
          role: pair.role,
        }));
      } else resolved[reference.field] = (value as string[]).map((key) => ref(reference.kind, key));
    }
    for (const spec of KINDS[kind].fields) {
      if ((spec.type === 'ref' || spec.type === 'refs' || spec.type === 'roles') && !(spec.name in resolved)) {
        resolved[spec.name] = spec.type === 'ref' ? null : [];
      }
    }
    if (PARTY_FIELDS[kind]) partnershipsToRead.add(resolved.partnership as string);
    resolvedRecords.push({ record, id, resolved, isNew: existing.length === 0 });
  }

  // 3. A MANAGER's rows stay within their partnerships (ADMIN's structure is not theirs to import).
  if (scope) {
    for (let index = resolvedRecords.length - 1; index >= 0; index -= 1) {
      const entry = resolvedRecords[index] as (typeof resolvedRecords)[number];
      const refusal = outsideScope(kind, entry, scope);
      if (refusal) {
        outcome.problems.push(problemOf(entry.record, 'FORBIDDEN', refusal.field, refusal.reason));
        resolvedRecords.splice(index, 1);
      }
    }
  }

  // 4. Party rules: who takes part in an interaction or a value flow must be a party.
  const partiesByPartnership = new Map<string, Set<string>>();
  const unknownParties = [...partnershipsToRead].filter((id) => !parties.has(id));
  if (unknownParties.length > 0) {
    for (const row of await tx.run(partiesOf(unknownParties))) {
      partiesByPartnership.set(row.id as string, new Set(row.parties as string[]));
    }
  }
  const partiesOfPartnership = (id: string) => parties.get(id) ?? partiesByPartnership.get(id) ?? new Set<string>();
  const partyFields = PARTY_FIELDS[kind] ?? [];
  const checked = resolvedRecords.filter(({ record, resolved }) => {
    if (partyFields.length === 0) return true;
    const partyIds = partiesOfPartnership(resolved.partnership as string);
    let ok = true;
    for (const field of partyFields) {
      const ids = resolved[field];
      const keys = record.fields[field];
      const pairs = Array.isArray(ids)
        ? (ids as string[]).map((id, index) => [id, (keys as string[])[index]] as const)
        : [[ids as string, keys as string] as const];
      for (const [id, key] of pairs) {
        if (partyIds.has(id)) continue;
        ok = false;
        outcome.problems.push(
          problemOf(
            record,
            'RULE',
            field,
            `"${String(key)}" is not a party of partnership "${String(record.fields.partnership)}"`,
          ),
        );
      }
    }
    return ok;
  });

  // 5. E-mail addresses are unique among team members (the API refuses a second one too).
  if (kind === 'teamMembers') {
    const holders = new Map<string, string>();
    const emails = checked.map(({ record }) => record.fields.email as string);
    for (const row of await tx.run(teamMembersByEmail(emails))) holders.set(row.email as string, row.id as string);
    for (let index = checked.length - 1; index >= 0; index -= 1) {
      const { record, id } = checked[index] as (typeof checked)[number];
      const holder = holders.get(record.fields.email as string);
      if (holder !== undefined && holder !== id) {
        outcome.problems.push(
          problemOf(record, 'RULE', 'email', `another team member already has e-mail ${String(record.fields.email)}`),
        );
        checked.splice(index, 1);
      }
    }
  }

  // 6. What is stored now: unchanged records are skipped, history rewrites refused.
  const storedNow = new Map<string, StoredRecord>();
  const existingIds = checked.filter((entry) => !entry.isNew).map((entry) => entry.id);
  if (existingIds.length > 0) {
    for (const row of await tx.run(currentRecords(kind, existingIds))) {
      storedNow.set(row.id as string, {
        props: row.props as Record<string, unknown>,
        links: row.links as Record<string, unknown>,
      });
    }
  }
  for (const { record, id, resolved, isNew } of checked) {
    const row = writeRow(record, id, resolved, { now: options.now, by: options.by, isNew, firstStageChange });
    const before = storedNow.get(id);
    const partySet =
      kind === 'partnerships' ? new Set((resolved.parties as { id: string }[]).map((party) => party.id)) : undefined;
    if (before) {
      const diff = difference(kind, row, before);
      if (diff.history.length > 0) {
        // The stored record stays as it is, and what refers to it still may (its parties: as stored).
        outcome.accepted.push({ record, id, resolved });
        outcome.problems.push(
          problemOf(
            record,
            'HISTORY',
            diff.history[0] as string,
            `the stored ${KINDS[kind].noun} differs in ${diff.history.join(', ')}: import does not rewrite history; use ${KINDS[kind].historyMutations}`,
          ),
        );
        continue;
      }
      outcome.accepted.push({ record, id, parties: partySet, resolved });
      if (diff.changed.length === 0) {
        outcome.unchanged += 1;
        continue;
      }
      // Keep the stored creation instant; the row's own updatedAt is now.
      outcome.updated += 1;
    } else {
      outcome.accepted.push({ record, id, parties: partySet, resolved });
      outcome.created += 1;
    }
    outcome.rows.push(row);
  }
  if (!options.dryRun && outcome.rows.length > 0) {
    const made = outcome.rows.filter((row) => !storedNow.has(row.id));
    const changed = outcome.rows.filter((row) => storedNow.has(row.id));
    if (made.length > 0) await tx.run(createRecords(kind, made));
    if (changed.length > 0) await tx.run(upsertRecords(kind, changed));
  }
  return outcome;
}

/**
 * Imports `sources` through `db` (a request-scoped gateway: its writes carry the audit entry
 * and the outbox event). Returns the report; throws only when the database fails in a way a
 * batch cannot be blamed for (it is then safe to run again).
 */
export async function importSources(
  db: Gateway,
  sources: readonly KindSource[],
  options: ImportOptions,
): Promise<ImportReport> {
  const started = performance.now();
  const registries = Object.fromEntries(
    Object.keys(KINDS).map((kind) => [kind, { accepted: new Map(), refused: new Map() }]),
  ) as Registries;
  const parties: PartyIndex = new Map();
  const importId = options.importId ?? crypto.randomUUID();
  const report: ImportReport = {
    id: importId,
    dryRun: options.dryRun,
    kinds: {},
    problems: [],
    batches: 0,
    elapsedMs: 0,
    ignoredColumns: {},
  };
  let handled = 0;
  const scope: ManagerScope | undefined = options.manager
    ? {
        manager: options.manager,
        owned: new Set((await db.readRows(ownedPartnerships(options.manager)))[0]?.ids as string[] | undefined),
        goals: new Map(),
      }
    : undefined;
  // With stage history of its own, an import's partnerships get no made-up first StageChange.
  const firstStageChange = !sources.some((source) => source.kind === 'stageChanges');

  for (const source of sources) {
    const kind = source.kind;
    const counts = (report.kinds[kind] ??= emptyCounts());
    const registry = registries[kind];
    const seen = new Map<string, number>();
    // Unique among team members besides the key: the e-mail address.
    const seenEmails = new Map<string, number>();
    const ignored = new Set<string>();
    const refuse = (problems: Problem[]) => {
      report.problems.push(...problems);
      for (const problem of problems) {
        if (problem.externalId && !registry.refused.has(problem.externalId)) {
          registry.refused.set(problem.externalId, `${problem.file}:${problem.line ?? '?'}`);
        }
      }
    };
    let batch: ImportRecord[] = [];
    let batchNumber = 0;

    const kindWasEmpty = (await db.readRows(anyRecordOf(kind))).length === 0;
    let inFlight: Promise<void> = Promise.resolve();
    const flush = async () => {
      if (batch.length === 0) return;
      const records = batch;
      batch = [];
      batchNumber += 1;
      const work = (tx: Tx) =>
        runBatch(tx, kind, records, registries, parties, options, firstStageChange, scope, kindWasEmpty);
      let outcome: BatchOutcome;
      try {
        if (options.dryRun) outcome = await db.read(work);
        else {
          options.beginBatch?.({
            importId,
            source: source.name,
            kind,
            batch: batchNumber,
            rows: records.length,
            firstExternalId: (records[0] as ImportRecord).externalId,
            lastExternalId: (records[records.length - 1] as ImportRecord).externalId,
          });
          outcome = await db.write(work);
        }
      } catch (error) {
        // Nothing of the batch was written (one transaction): report every row of it.
        refuse(
          records.map((record) =>
            problemOf(
              record,
              'WRITE_FAILED',
              null,
              `its batch failed in the database: ${(error as Error).message}; run the import again`,
            ),
          ),
        );
        counts.refused += records.length;
        return;
      }
      report.batches += options.dryRun ? 0 : outcome.rows.length > 0 ? 1 : 0;
      refuse(outcome.problems);
      for (const { record, id, parties: partySet, resolved } of outcome.accepted) {
        if (scope && kind === 'partnerships' && ownersOf(resolved).includes(scope.manager)) scope.owned.add(id);
        if (scope && kind === 'goals') {
          scope.goals.set(id, typeof resolved.partnership === 'string' ? resolved.partnership : null);
        }
        registry.refused.delete(record.externalId);
        registry.accepted.set(record.externalId, id);
        if (partySet) parties.set(id, partySet);
      }
      const refusedRows = new Set(outcome.problems.map((problem) => `${problem.file}:${problem.line}`));
      // A refused row keeps its key out of the registry unless the stored record stands for it.
      counts.refused += refusedRows.size;
      counts.created += outcome.created;
      counts.updated += outcome.updated;
      counts.unchanged += outcome.unchanged;
      handled += records.length;
      options.onProgress?.({ kind, records: handled, elapsedMs: performance.now() - started });
    };

    for await (const source_record of source.records((problem) => refuse([problem]))) {
      counts.read += 1;
      for (const column of source_record.ignored) ignored.add(column);
      const checked = checkRecord(source_record, options.now);
      if (!checked.record) {
        refuse(checked.problems);
        counts.refused += 1;
        continue;
      }
      const record = checked.record;
      const earlier = seen.get(record.externalId);
      if (earlier !== undefined) {
        refuse([
          problemOf(
            record,
            'DUPLICATE',
            'externalId',
            `externalId "${record.externalId}" is already used on line ${earlier}`,
          ),
        ]);
        counts.refused += 1;
        continue;
      }
      const email = kind === 'teamMembers' ? (record.fields.email as string) : undefined;
      const emailLine = email === undefined ? undefined : seenEmails.get(email);
      if (emailLine !== undefined) {
        refuse([
          problemOf(record, 'DUPLICATE', 'email', `e-mail ${String(email)} is already used on line ${emailLine}`),
        ]);
        counts.refused += 1;
        continue;
      }
      if (email !== undefined) seenEmails.set(email, record.line);
      seen.set(record.externalId, record.line);
      batch.push(record);
      if (batch.length >= options.batchSize) {
        // Reading and checking the next batch overlaps this one's write (records refer only to
        // earlier kinds, so nothing of this kind's batch is needed to check the next).
        await inFlight;
        inFlight = flush();
      }
    }
    await inFlight;
    await flush();
    if (ignored.size > 0) report.ignoredColumns[source.name] = [...ignored];
  }
  // In the order of the files and their lines (a batch reports its rows' problems together).
  const fileOrder = new Map(sources.map((source, index) => [source.name, index]));
  report.problems.sort(
    (a, b) => (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) || (a.line ?? 0) - (b.line ?? 0),
  );
  report.elapsedMs = performance.now() - started;
  return report;
}
