/**
 * Lookahead (src/graphql/lookahead.ts) reads nested connections before their resolvers run:
 * only connections every role may read are declared for it, so nothing is read ahead that the
 * schema guard would then refuse.
 */
import { getNamedType, isObjectType, type GraphQLSchema } from 'graphql';
import { GUARDED_FIELDS, SENSITIVE_TYPES } from '../../src/auth/access-rules';
import { DERIVED_FROM, IN_UNIT_OF_OBJECT } from '../../src/auth/derivation';
import { Policy } from '../../src/auth/policy';
import { lookaheadFields } from '../../src/graphql/lookahead';
import { buildEcographSchema } from '../../src/server/schema';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildEcographSchema(new Policy());
});

describe('lookahead fields', () => {
  it('declares the nested connections of the participant and partnership lists', () => {
    expect(lookaheadFields().sort()).toEqual(['Participant.partnerships', 'Partnership.parties']);
  });

  it('declares only fields no access rule or derivation guards, down to their nodes', () => {
    for (const name of lookaheadFields()) {
      const [typeName, fieldName] = name.split('.') as [string, string];
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
      const field = type.getFields()[fieldName];
      if (!field) throw new Error(`${name} is not a field`);
      expect(GUARDED_FIELDS[name]).toBeUndefined();
      expect(field.extensions?.[DERIVED_FROM]).toBeUndefined();
      expect(field.extensions?.[IN_UNIT_OF_OBJECT]).toBeUndefined();
      // The connection, its edge and its node type.
      const connection = getNamedType(field.type);
      if (!isObjectType(connection)) throw new Error(`${name} does not return a connection`);
      const edge = getNamedType(connection.getFields().edges?.type);
      const node = getNamedType(connection.getFields().nodes?.type);
      for (const returned of [connection, edge, node]) {
        expect(returned).toBeDefined();
        expect(SENSITIVE_TYPES[returned?.name ?? '']).toBeUndefined();
        expect(returned?.extensions?.[DERIVED_FROM]).toBeUndefined();
      }
    }
  });
});
