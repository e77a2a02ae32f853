/**
 * Node specs carry their mapper: each type's `*_NODE` binding turns a row of the generic
 * statements into its API object, and `node(id)` reaches every spec through the modules'
 * bindings. A binding of the wrong class, or a hop read with another type's mapper, fails here.
 */
import { decodeGlobalId } from '../../src/core/global-id';
import { mapLoaded, type MappedNode, type NodeSpec } from '../../src/db/node-spec';
import { childMapper } from '../../src/graphql/resolve';
import { PARTICIPANT_PARTNERSHIPS } from '../../src/model/hops';
import * as nodes from '../../src/model/nodes';
import { MODULES } from '../../src/modules';
import type { Node } from '../../src/core/node';
import { Participant, PARTICIPANT_NODE } from '../../src/modules/participant/participant.type';
import { Partnership, PARTNERSHIP_NODE } from '../../src/modules/partnership/partnership.type';

const SPECS = Object.values(nodes).filter((value): value is NodeSpec => typeof value === 'object' && 'label' in value);
const BOUND = MODULES.flatMap((module) => module.nodeTypes).filter((type): type is MappedNode<Node> => 'spec' in type);
/**
 * Read only through their own queries, not through node(id): the audit log, and history
 * records read as lists of their subject (a participant's joinedAt changes).
 */
const NOT_BY_NODE_ID = new Set(['AuditEntry', 'JoinedAtChange']);

/** A row as the generic statements return it for a spec: every property, plain values. */
function rowOf(spec: NodeSpec, id: string): Record<string, unknown> {
  return Object.fromEntries(spec.properties.map((property) => [property, property === 'id' ? id : null]));
}

describe('mapped nodes', () => {
  it('node(id) reaches every node spec through exactly one binding', () => {
    const labels = BOUND.map((type) => type.spec.label);
    expect(new Set(labels).size).toBe(labels.length);
    const expected = SPECS.map((spec) => spec.label).filter((label) => !NOT_BY_NODE_ID.has(label));
    expect([...labels].sort()).toEqual([...expected].sort());
  });

  it.each(BOUND.map((type) => [type.spec.label, type] as const))(
    '%s: a row becomes an object whose global id names that type and whose key is the row id',
    (label, type) => {
      const node = type.toNode(rowOf(type.spec, 'db-id-1')) as Node & { key: string };
      expect(node.constructor.name).toBe(label);
      expect(decodeGlobalId(node.id)).toEqual({ type: label, id: 'db-id-1' });
      expect(node.key).toBe('db-id-1');
    },
  );

  it('loading through a binding returns the typed object', () => {
    const participant = PARTICIPANT_NODE.toNode(rowOf(nodes.PARTICIPANT, 'p-1'));
    expect(participant).toBeInstanceOf(Participant);
    expect(participant.key).toBe('p-1');
  });

  it('a binding can pass what it loads on, keeping its spec', () => {
    const named = mapLoaded(PARTICIPANT_NODE, (participant) => `${participant.key}!`);
    expect(named.spec).toBe(nodes.PARTICIPANT);
    expect(named.toNode(rowOf(nodes.PARTICIPANT, 'p-2'))).toBe('p-2!');
  });

  it("a hop is read with its child's mapper only", () => {
    expect(childMapper(PARTICIPANT_PARTNERSHIPS, PARTNERSHIP_NODE)(rowOf(nodes.PARTNERSHIP, 's-1'))).toBeInstanceOf(
      Partnership,
    );
    expect(() => childMapper(PARTICIPANT_PARTNERSHIPS, PARTICIPANT_NODE)).toThrow(
      'Hop Participant.partnerships leads to Partnership, not to Participant',
    );
  });
});
