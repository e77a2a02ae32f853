/**
 * Refusing inside a write transaction: throw a Refusal with the userErrors, the transaction
 * rolls back (so nothing it did, such as taking a lock, is kept), and `writeOrRefuse` returns
 * the userErrors as a normal result.
 */
import type { Gateway, Tx } from '../db/gateway';
import type { UserError } from './user-error';

export class Refusal extends Error {
  override name = 'Refusal';
  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((e) => e.message).join('; '));
  }
}

export async function writeOrRefuse<T>(
  db: Gateway,
  work: (tx: Tx) => Promise<T>,
): Promise<{ value: T; userErrors: [] } | { value: null; userErrors: UserError[] }> {
  try {
    return { value: await db.write(work), userErrors: [] };
  } catch (error) {
    if (error instanceof Refusal) return { value: null, userErrors: error.userErrors };
    throw error;
  }
}

/**
 * Whether a write's result is a refusal: services answer `{ userErrors: [...] }` from inside
 * the transaction (after taking their lock) instead of throwing. Such a transaction changed
 * no data: it neither moves the graph version nor leaves an audit entry.
 */
export function isRefusedResult(value: unknown): boolean {
  const userErrors = value && typeof value === 'object' ? (value as { userErrors?: unknown }).userErrors : undefined;
  return Array.isArray(userErrors) && userErrors.length > 0;
}
