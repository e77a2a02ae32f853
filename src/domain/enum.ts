/**
 * A closed set declared once, as a tuple `as const`, and used three ways: the tuple (iterate,
 * validate), its union type, and an enum-like object (`Kind.MEETING`) that GraphQL registers
 * as its enum (`registerEnumType`), so the GraphQL enum cannot drift from the vocabulary.
 */
export type EnumOf<T extends readonly string[]> = { readonly [K in T[number]]: K };

export function enumOf<const T extends readonly string[]>(values: T): EnumOf<T> {
  return Object.freeze(Object.fromEntries(values.map((value) => [value, value]))) as EnumOf<T>;
}
