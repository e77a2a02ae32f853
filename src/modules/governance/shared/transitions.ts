/**
 * Status transition tables: for each target status, the statuses a record may move from.
 * One table per record type lives next to its service; this checks a move against one.
 */
import { UserErrorCode, userError, type UserError } from '../../../core/user-error';

export type Transitions<S extends string> = Readonly<Record<S, readonly S[]>>;

/**
 * An INVALID userError on `field` when `current → target` is not in the table, naming the
 * current status and the statuses the move is allowed from.
 */
export function checkTransition<S extends string>(
  table: Transitions<S>,
  what: string,
  current: S,
  target: S,
  field: string[] = ['input', 'id'],
): UserError[] {
  const allowed = table[target];
  if (allowed.includes(current)) return [];
  const from = allowed.length > 0 ? `only from ${allowed.join(' or ')}` : 'from no status';
  return [userError(field, UserErrorCode.INVALID, `${what} is ${current}; it can move to ${target} ${from}`)];
}
