/**
 * The audit trail of one request: who ran which mutation, when, with what input, and the
 * before/after of the fields it changed on the object it names (`input.id`). It is the
 * gateway's write hook, so the entry is written inside the mutation's own transaction: a
 * change is never committed without its entry, and a mutation that changed nothing leaves
 * none (a refused one throws inside the transaction, which rolls back with everything in it). Creates name no existing object: their entry has the input and no before/after.
 */
import { decodeGlobalId } from '../core/global-id';
import type { Tx, WriteHook } from '../db/gateway';
import type { Viewer } from '../auth/viewer';
import { AUDITED_LABELS } from './audited-labels';
import { recordAudit, snapshotOf } from './audit.queries';

/** Longest input kept (JSON characters); longer ones are cut and marked. */
const MAX_INPUT = 10_000;
/** Bookkeeping fields every write touches: not "changes". */
const IGNORED = new Set(['updatedAt']);

type Props = Record<string, unknown>;

function json(value: unknown): string {
  const text = JSON.stringify(value ?? null);
  return text.length > MAX_INPUT ? `${text.slice(0, MAX_INPUT)}…(truncated)` : text;
}

function comparable(value: unknown): string {
  return JSON.stringify(value instanceof Date ? value.toISOString() : (value ?? null));
}

/** Fields whose value differs, as { field: { before, after } }. */
export function changedFields(before: Props | undefined, after: Props | undefined): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const field of fields) {
    if (IGNORED.has(field)) continue;
    const was = before?.[field] ?? null;
    const is = after?.[field] ?? null;
    if (comparable(was) !== comparable(is)) changes[field] = { before: was, after: is };
  }
  return changes;
}

export class AuditTrail implements WriteHook {
  private operation: { name: string; input: unknown } | undefined;

  constructor(private readonly viewer: Viewer) {}

  /** Called when a mutation starts: its write transactions are audited from now on. */
  begin(name: string, input: unknown): void {
    this.operation = { name, input };
  }

  async around<T>(tx: Tx, work: () => Promise<T>): Promise<T> {
    const operation = this.operation;
    if (!operation) return work();
    const subject = this.subjectOf(operation.input);
    const snapshot = async () =>
      subject ? ((await tx.run(snapshotOf(subject.label, subject.key)))[0]?.props as Props | undefined) : undefined;
    const before = await snapshot();
    const value = await work();
    // Nothing changed: no entry. (A refusal throws past this and rolls the transaction back.)
    if (!tx.changed()) return value;
    const after = await snapshot();
    await tx.run(
      recordAudit({
        actor: this.viewer.id,
        actorRole: this.viewer.role,
        operation: operation.name,
        subjectType: subject?.label ?? null,
        subjectId: subject?.key ?? null,
        input: json(operation.input),
        changes: subject ? json(changedFields(before, after)) : null,
      }),
    );
    return value;
  }

  private subjectOf(input: unknown): { label: string; key: string } | undefined {
    const id = input && typeof input === 'object' ? (input as { id?: unknown }).id : undefined;
    const decoded = typeof id === 'string' ? decodeGlobalId(id) : undefined;
    return decoded && AUDITED_LABELS.has(decoded.type) ? { label: decoded.type, key: decoded.id } : undefined;
  }
}
