/**
 * Selection-aware reads: which properties a generic statement returns for what a request
 * selected. Only these travel over Bolt and get converted, so a list that asks for names does
 * not unpack and convert every date-time of every node (issue 13). `undefined` means every
 * property of the spec: what callers get that have no selection (services, subscriptions).
 */
import type { HopSpec, NodeSpec, ReadRules } from './node-spec';

/** The properties to read for a type, from the names of the fields selected on it. */
export function projectionFor(
  node: { spec: NodeSpec; reads: ReadRules },
  selected: ReadonlySet<string> | undefined,
): readonly string[] | undefined {
  if (!selected) return undefined;
  const { spec, reads } = node;
  const wanted = new Set<string>(['id', ...(reads.always ?? [])]);
  for (const name of selected) {
    wanted.add(name);
    for (const property of reads.fields?.[name] ?? []) wanted.add(property);
  }
  return spec.properties.filter((property) => wanted.has(property));
}

/** The properties of a hop's relationship to read, from the edge fields selected. */
export function edgeProjectionFor(
  hop: HopSpec,
  selected: ReadonlySet<string> | undefined,
): readonly string[] | undefined {
  if (!selected || !hop.edgeProperties) return undefined;
  return hop.edgeProperties.filter((property) => selected.has(property));
}

/**
 * What a statement returns for `spec`: the projection asked for (or every property), always
 * with `id` and the ordering's property, which the keyset cursor is made of.
 */
export function readProperties(spec: NodeSpec, select: readonly string[] | undefined, orderProperty?: string) {
  if (!select) return spec.properties;
  const wanted = new Set(['id', ...select, ...(orderProperty ? [orderProperty] : [])]);
  return spec.properties.filter((property) => wanted.has(property));
}
