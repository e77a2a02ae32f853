/**
 * Declarative description of an event stored as a relationship with its own id (a value
 * flow), mirroring NodeSpec for the generic relationship read builders.
 */
import type { OrderRule } from '../../db/node-spec';

export type RelationshipFilterRule =
  /** r.property IN / = / >= / < $value (temporal: datetime($value)) */
  | { op: 'in' | 'eq' | 'gte' | 'lt'; property: string; temporal?: boolean }
  /** either end node has id $value */
  | { op: 'end' };

export interface RelationshipSpec {
  /** Relationship type, e.g. VALUE_FLOW. */
  type: string;
  /** Label of the nodes at both ends. */
  endLabel: string;
  /** Properties of `r` returned to the API; the end node ids come as `fromId` / `toId`. */
  properties: readonly string[];
  /** Filter input field → rule. */
  filters: Readonly<Record<string, RelationshipFilterRule>>;
  /** Order enum value → property of `r`. */
  orders: Readonly<Record<string, OrderRule>>;
  /** Condition every list, count and hop applies, in terms of `r` (e.g. hide corrected events). */
  visible?: string;
}

/** A nested hop from a parent node to relationships, e.g. participant → its outgoing flows. */
export interface RelationshipHop {
  /** Unique name, also the DataLoader cache key. */
  name: string;
  parentLabel: string;
  /** Pattern from `parent` binding `r`, written in code. */
  pattern: string;
  spec: RelationshipSpec;
}
