/**
 * What a GraphQL request selected under a field, read from the resolver's `info`: the field
 * names asked for (fragments and inline fragments spread in, every alias merged), and the
 * selection under any of them. The generic reads use it to fetch only what is selected
 * (db/projection.ts) and to look ahead at nested connections (graphql/lookahead.ts).
 *
 * Fragments on other types are spread in too, and `@skip`/`@include` are not evaluated: both
 * can only make a read fetch more than needed, never less.
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

type Fragments = GraphQLResolveInfo['fragments'];

export class Selection {
  private constructor(
    /** Every field node by field name (not alias), in document order. */
    private readonly byName: ReadonlyMap<string, readonly FieldNode[]>,
    private readonly fragments: Fragments,
  ) {}

  /** The selection under the field being resolved (all its field nodes). */
  static of(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Selection {
    return Selection.under(info.fieldNodes, info.fragments);
  }

  private static under(nodes: readonly FieldNode[], fragments: Fragments): Selection {
    const byName = new Map<string, FieldNode[]>();
    for (const node of nodes) collect(node.selectionSet, fragments, byName, new Set());
    return new Selection(byName, fragments);
  }

  /** Field names selected here (`__typename` included). */
  get names(): ReadonlySet<string> {
    return new Set(this.byName.keys());
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The field nodes selecting `name` (one per alias). */
  nodes(name: string): readonly FieldNode[] {
    return this.byName.get(name) ?? [];
  }

  /** The selection under every field node named `name` (empty when it is not selected). */
  child(name: string): Selection {
    return Selection.under(this.nodes(name), this.fragments);
  }

  /** The union of this selection and `other`'s. */
  merge(other: Selection): Selection {
    const byName = new Map<string, FieldNode[]>();
    for (const source of [this, other]) {
      for (const [name, nodes] of source.byName) byName.set(name, [...(byName.get(name) ?? []), ...nodes]);
    }
    return new Selection(byName, this.fragments);
  }

  /** The nodes of a connection: what `edges { node }` and `nodes` select, together. */
  connectionNodes(): Selection {
    return this.child('edges').child('node').merge(this.child('nodes'));
  }
}

function collect(
  set: SelectionSetNode | undefined,
  fragments: Fragments,
  into: Map<string, FieldNode[]>,
  spread: Set<string>,
): void {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const list = into.get(selection.name.value);
      if (list) list.push(selection);
      else into.set(selection.name.value, [selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collect(selection.selectionSet, fragments, into, spread);
    } else if (!spread.has(selection.name.value)) {
      // A fragment spread twice in one selection adds nothing the second time.
      spread.add(selection.name.value);
      collect(fragments[selection.name.value]?.selectionSet, fragments, into, spread);
    }
  }
}
