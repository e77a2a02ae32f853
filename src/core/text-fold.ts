/**
 * Pure matching of a typed filter value against the values stored for a field (docs/api.md,
 * "Text filters"): both sides are folded — Unicode NFKC, full case folding, surrounding
 * whitespace trimmed and inner runs of whitespace made one space — and a typed value stands for
 * every stored value with the same fold. What matches nothing gets the closest stored values
 * as suggestions (edit distance on the folds).
 */
import { distance } from 'fastest-levenshtein';

/**
 * The fold two values are compared by. JavaScript has no case-fold function: lower, upper,
 * then lower case again is the full case mapping round trip, which folds what a plain
 * `toLowerCase` keeps apart (ß, ẞ and SS; final and medial sigma); NFKC before and after
 * makes compatibility forms (ligatures, full-width letters) and composed/decomposed accents
 * equal.
 */
export function foldText(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .toUpperCase()
    .toLowerCase()
    .normalize('NFKC')
    .trim()
    .replace(/\s+/gu, ' ');
}

/** The stored values of one field by their fold; each list sorted, without duplicates. */
export type FoldedValues = ReadonlyMap<string, readonly string[]>;

/** Indexes stored values by fold (blank and missing values are not filterable values). */
export function foldValues(stored: Iterable<unknown>): FoldedValues {
  const byFold = new Map<string, Set<string>>();
  for (const value of stored) {
    if (typeof value !== 'string') continue;
    const fold = foldText(value);
    if (!fold) continue;
    let same = byFold.get(fold);
    if (!same) byFold.set(fold, (same = new Set()));
    same.add(value);
  }
  return new Map([...byFold].map(([fold, values]) => [fold, [...values].sort()]));
}

export interface Canonical {
  /** The stored values the typed values stand for (sorted, distinct). */
  values: string[];
  /** Typed values that match no stored value even folded, in the order given. */
  unknown: string[];
}

/**
 * The stored values `typed` stand for. Only stored spellings: a value typed as stored becomes
 * itself, so its filter (and the plan the database picks for it) is what it was before.
 */
export function canonicalValues(known: FoldedValues, typed: readonly string[]): Canonical {
  const values = new Set<string>();
  const unknown: string[] = [];
  for (const value of typed) {
    const stored = known.get(foldText(value));
    if (stored) for (const each of stored) values.add(each);
    else if (!unknown.includes(value)) unknown.push(value);
  }
  return { values: [...values].sort(), unknown };
}

/** Suggestions offered for one unknown value at most. */
export const MAX_SUGGESTIONS = 3;

/**
 * The stored values closest to `typed`: within an edit distance of 40 % of the longer fold
 * (at least 1), as GraphQL's own "did you mean" for enum values and fields; nearest first,
 * then alphabetically; at most MAX_SUGGESTIONS.
 */
export function suggestValues(known: FoldedValues, typed: string): string[] {
  const fold = foldText(typed);
  const ranked: { value: string; distance: number }[] = [];
  for (const [candidate, stored] of known) {
    const within = Math.max(1, Math.floor(Math.max(fold.length, candidate.length) * 0.4));
    const apart = distance(fold, candidate);
    if (apart <= within) for (const value of stored) ranked.push({ value, distance: apart });
  }
  ranked.sort((a, b) => a.distance - b.distance || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return ranked.slice(0, MAX_SUGGESTIONS).map((entry) => entry.value);
}
