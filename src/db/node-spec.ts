/**
 * Declarative description of a node type for the generic statement builders: its label, the
 * properties the API reads, how it may be filtered and ordered. Every module declares its
 * spec once; the list, count, by-id and hop statements are derived from it.
 */
import type { Row } from './values';

export type FilterOp =
  /** property IN $values (list filters; empty list = no filter) */
  | 'in'
  /** property = $value */
  | 'eq'
  /** property >= $value (temporal: datetime($value)) */
  | 'gte'
  /** property < $value (temporal: datetime($value)) */
  | 'lt'
  /** EXISTS { pattern } with the value bound to $value inside the pattern */
  | 'exists';

export interface FilterRule {
  op: FilterOp;
  /** Property of the node (for in / eq / gte / lt). */
  property?: string;
  temporal?: boolean;
  /**
   * For `exists`: a pattern from the code, with `n` the filtered node and `$value` the
   * filter value, e.g. "(n)<-[:OWNS]-(:TeamMember {id: $value})".
   */
  pattern?: string;
}

export interface OrderRule {
  property: string;
  temporal?: boolean;
  /**
   * Every node has the property and an index on (property, id) exists (graph/migrations): the
   * list statement then says `IS NOT NULL` on both, which lets the planner read the page from
   * that index in order instead of scanning the label and sorting (test/integration/index-plans).
   */
  sortIndex?: boolean;
}

export interface NodeSpec {
  /** Neo4j label; also the type name in global ids. */
  label: string;
  /** Properties returned to the API (id, createdAt, updatedAt included). */
  properties: readonly string[];
  /** Filter input field → rule. */
  filters: Readonly<Record<string, FilterRule>>;
  /** Order enum value → property. */
  orders: Readonly<Record<string, OrderRule>>;
  /** Full-text index used when a `text` filter is given. */
  fulltextIndex?: string;
  /** Extra condition every read applies (e.g. hide superseded events), in terms of `n`. */
  visible?: string;
}

/** A nested hop from a parent node to related nodes, e.g. participant → partnerships. */
export interface HopSpec {
  /** Unique name, also the DataLoader cache key. */
  name: string;
  parentLabel: string;
  /** Pattern from `parent` to `n` (the child), optionally binding `r`. */
  pattern: string;
  child: NodeSpec;
  /** Properties of `r` returned with each item (e.g. role). */
  edgeProperties?: readonly string[];
}

/**
 * What a read must fetch for a type beyond the properties selected by name: the projection
 * (db/projection.ts) fetches `id`, the selected fields that are properties, and these.
 */
export interface ReadRules {
  /** Properties every load reads whatever is selected: what the mapper itself needs (a goal's metric gives its basis). */
  readonly always?: readonly string[];
  /** GraphQL fields computed from properties (other than their own name) → those properties. */
  readonly fields?: Readonly<Record<string, readonly string[]>>;
}

/**
 * A node spec bound to the object the API serves for it: loading a node through it returns that
 * typed object. Declared once per type, beside the type (`PARTICIPANT_NODE` in
 * participant.type.ts); the spec itself stays plain data in model/nodes.ts, which must not
 * import the modules' classes.
 */
export interface MappedNode<T> {
  readonly spec: NodeSpec;
  /** From a row of the generic statements (`spec.properties` or the projection asked for, plain values) to `T`. */
  readonly toNode: (row: Row) => T;
  /** What the type's fields read besides their own property (see ReadRules). */
  readonly reads: ReadRules;
}

/** The mapper from a row of the generic statements to an API object, through its record type `R`. */
export function fromRow<R extends object, T>(from: (record: R) => T): (row: Row) => T {
  // The one place a row is read as its record type: the generic statements return the spec's
  // properties as plain values (db/values.ts), which `R` declares — or the projection a
  // selection asked for (db/projection.ts), whose missing properties no selected field reads;
  // nothing checks interface fields at run time, so the cast is the trust written down once.
  return (row) => from(row as unknown as R);
}

/** Binds a spec to its record type `R` (what Neo4j returns for it) and the mapper to the API object. */
export function mappedNode<R extends object, T>(
  spec: NodeSpec,
  from: (record: R) => T,
  reads: ReadRules = {},
): MappedNode<T> {
  return { spec, toNode: fromRow(from), reads };
}

/** The same binding with each loaded object passed on through `then` (e.g. to stamp what the request knows). */
export function mapLoaded<T, U>(node: MappedNode<T>, then: (loaded: T) => U): MappedNode<U> {
  return { spec: node.spec, toNode: (row) => then(node.toNode(row)), reads: node.reads };
}
