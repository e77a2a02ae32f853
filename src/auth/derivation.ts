/**
 * What a value is derived from. Sensitivity belongs to the data, not to field names: every
 * field or type whose values come from money or from analytics about one named party declares
 * it where it is defined, and values whose basis depends on the object (a goal's target is money
 * for a VALUE goal only) carry their basis with them. The schema guard
 * (src/graphql/schema-guard.ts) refuses by these declarations; docs/security.md lists them.
 *
 * - `@DerivedFrom(basis)` on a type: every field returning the type is derived from `basis`
 *   (ScorecardValue, Money, ParticipantMetrics …).
 * - `@DerivedFrom(basis)` on a field: that field's values are (CentralityEntry.participant …).
 * - `@InUnitOfObject()` on a field: the value is in the unit of the object it belongs to, so it
 *   is derived from whatever that object carries. The code that builds the object sets that
 *   (`withBasis`); an object that carries nothing is treated as money (fail closed).
 */
import { Extensions } from 'type-graphql';
import type { Permission } from './policy';

/**
 * - MONEY: value-flow amounts and every figure computed from them or measured in money
 *   (sums, ratios, forecasts, value goals).
 * - PARTY_ANALYTICS: an analytics result tied to one named participant or partnership
 *   (its centralities, rank, community, engagement score), or the identity behind a result.
 */
export type Basis = 'MONEY' | 'PARTY_ANALYTICS';

/** Who may read a value of each basis (the policy decides who holds the permission). */
export const BASIS_PERMISSION: Readonly<Record<Basis, Permission>> = {
  MONEY: 'read:sensitive',
  PARTY_ANALYTICS: 'read:identities',
};

/** The extension keys the guard reads from the built schema. */
export const DERIVED_FROM = 'derivedFrom';
export const IN_UNIT_OF_OBJECT = 'inUnitOfObject';

type Declaration = ReturnType<typeof Extensions>;

export function DerivedFrom(...bases: Basis[]): Declaration {
  return Extensions({ [DERIVED_FROM]: bases });
}

export function InUnitOfObject(): Declaration {
  return Extensions({ [IN_UNIT_OF_OBJECT]: true });
}

const CARRIED = Symbol('ecograph.basis');

/** Marks `value` (an object the API returns) as derived from `bases` (none: nothing sensitive). */
export function withBasis<T extends object>(value: T, bases: readonly Basis[]): T {
  Object.defineProperty(value, CARRIED, { value: Object.freeze([...bases]), enumerable: false, configurable: true });
  return value;
}

/** Marks each object of `values` (and returns them). */
export function allWithBasis<T extends object>(values: T[], bases: readonly Basis[]): T[] {
  for (const value of values) withBasis(value, bases);
  return values;
}

/** What `value` carries; undefined when nothing was set (the guard then assumes MONEY). */
export function carriedBasis(value: unknown): readonly Basis[] | undefined {
  if (!value || typeof value !== 'object') return undefined;
  return (value as { [CARRIED]?: readonly Basis[] })[CARRIED];
}

/** The basis `money` gives its object when `isMoney`, none otherwise. */
export const moneyWhen = (isMoney: boolean): readonly Basis[] => (isMoney ? ['MONEY'] : []);
