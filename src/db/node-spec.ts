/**
 * Declarative description of a node type for the generic statement builders: its label, the
 * properties the API reads, how it may be filtered and ordered. Every module declares its
 * spec once; the list, count, by-id and hop statements are derived from it.
 */
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
