/**
 * Small helpers for writing Cypher text from code constants. Labels, relationship types and
 * property names only ever come from the code's own specs (checked here), never from user
 * input; every value travels as a parameter.
 */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Returns the name unchanged, or throws if it could break out of a Cypher identifier. */
export function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`"${name}" is not a safe Cypher identifier`);
  return name;
}

/** `n {.id, .name}`: a map projection of the given properties. */
export function projection(variable: string, properties: readonly string[]): string {
  return `${identifier(variable)} {${properties.map((p) => `.${identifier(p)}`).join(', ')}}`;
}
