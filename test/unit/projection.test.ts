/**
 * Selection-aware reads (db/projection.ts): a read fetches `id`, the selected fields that are
 * properties, and what each type's read rules add — never less than a selected field, a
 * derived field or the guard needs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, isObjectType } from 'graphql';
import { carriedBasis } from '../../src/auth/derivation';
import type { MappedNode } from '../../src/db/node-spec';
import { edgeProjectionFor, projectionFor, readProperties } from '../../src/db/projection';
import { PARTNERSHIP_PARTIES } from '../../src/model/hops';
import { MODULES } from '../../src/modules';
import type { Node } from '../../src/core/node';
import { GoalMetric } from '../../src/modules/goal/goal.enums';
import { GOAL_NODE } from '../../src/modules/goal/goal.type';
import { AUDIT_ENTRY_NODE } from '../../src/modules/audit/audit.type';
import { PARTICIPANT_NODE } from '../../src/modules/participant/participant.type';

const SCHEMA = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../schema/schema.graphql'), 'utf8'));
const BOUND = [
  ...MODULES.flatMap((module) => module.nodeTypes).filter((type): type is MappedNode<Node> => 'spec' in type),
  AUDIT_ENTRY_NODE,
];

describe('projections', () => {
  it('reads id and the selected properties, in the order of the spec; other selected fields add nothing', () => {
    expect(projectionFor(PARTICIPANT_NODE, new Set(['name', 'partnerships', '__typename', 'kind']))).toEqual([
      'id',
      'name',
      'kind',
    ]);
  });

  it('reads every property without a selection', () => {
    expect(projectionFor(PARTICIPANT_NODE, undefined)).toBeUndefined();
    expect(readProperties(PARTICIPANT_NODE.spec, undefined)).toBe(PARTICIPANT_NODE.spec.properties);
  });

  it("always reads a goal's metric: its basis (money for a VALUE goal) must reach the guard", () => {
    const select = projectionFor(GOAL_NODE, new Set(['target']));
    expect(select).toEqual(['id', 'metric', 'target']);
    const goal = GOAL_NODE.toNode({ id: 'g-1', metric: GoalMetric.VALUE, target: 5 });
    expect(carriedBasis(goal)).toEqual(['MONEY']);
  });

  it('reads what derived fields are computed from', () => {
    expect(projectionFor(GOAL_NODE, new Set(['status']))).toEqual(['id', 'metric', 'target', 'actual', 'due']);
    expect(projectionFor(GOAL_NODE, new Set(['attainment']))).toEqual(['id', 'metric', 'target', 'actual']);
    expect(projectionFor(AUDIT_ENTRY_NODE, new Set(['subjectId']))).toEqual(['id', 'subjectType', 'subjectId']);
    // The ego network's own node is the whole participant record.
    expect(projectionFor(PARTICIPANT_NODE, new Set(['neighborhood']))).toEqual(PARTICIPANT_NODE.spec.properties);
  });

  it('statements always return the ordering property, which the cursor is made of', () => {
    expect(readProperties(PARTICIPANT_NODE.spec, ['id', 'name'], 'joinedAt')).toEqual(['id', 'name', 'joinedAt']);
  });

  it('reads only the selected edge properties of a hop', () => {
    expect(edgeProjectionFor(PARTNERSHIP_PARTIES, new Set(['node', 'role']))).toEqual(['role']);
    expect(edgeProjectionFor(PARTNERSHIP_PARTIES, undefined)).toBeUndefined();
  });

  it.each(BOUND.map((type) => [type.spec.label, type] as const))(
    '%s: the read rules name fields of the type and properties of the spec',
    (label, type) => {
      const graphqlType = SCHEMA.getType(label);
      if (!isObjectType(graphqlType)) throw new Error(`${label} is not an object type of the schema`);
      const fields = graphqlType.getFields();
      for (const [field, properties] of Object.entries(type.reads.fields ?? {})) {
        expect(fields[field]).toBeDefined();
        for (const property of properties) expect(type.spec.properties).toContain(property);
      }
      for (const property of type.reads.always ?? []) expect(type.spec.properties).toContain(property);
      // A selected field read under its own name must be a property or have a rule: the
      // fields the schema serves straight from the row are the spec's properties.
      for (const property of type.spec.properties.filter((p) => fields[p])) {
        expect(projectionFor(type, new Set([property]))).toContain(property);
      }
    },
  );
});
