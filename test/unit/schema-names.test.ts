/**
 * The access rules, the admin list and the event sources name schema types and fields by
 * string. A rename must fail loudly, not drop a guard or an event silently.
 */
import { buildASTSchema, Kind, parse, printSchema, visit, type GraphQLSchema as Schema } from 'graphql';
import { ADMIN_MUTATIONS, GUARDED_FIELDS, SENSITIVE_TYPES } from '../../src/auth/access-rules';
import { Policy } from '../../src/auth/policy';
import { guardSchema, ruleNames, unknownRuleNames } from '../../src/graphql/schema-guard';
import { buildEcographSchema } from '../../src/server/schema';

let schema: Schema;

beforeAll(async () => {
  schema = await buildEcographSchema(new Policy());
});

/** The schema without one field of one object type (what a rename looks like to the rules). */
function without(typeName: string, fieldName: string): Schema {
  const document = visit(parse(printSchema(schema)), {
    FieldDefinition: (node, _key, _parent, _path, ancestors) => {
      const owner = ancestors[ancestors.length - 1] as { kind?: string; name?: { value: string } };
      return owner.kind === Kind.OBJECT_TYPE_DEFINITION &&
        owner.name?.value === typeName &&
        node.name.value === fieldName
        ? null
        : undefined;
    },
  });
  return buildASTSchema(document);
}

describe('names in the cross-cutting tables', () => {
  it('lists every access rule and admin mutation', () => {
    const names = ruleNames();
    expect(names).toEqual(expect.arrayContaining(Object.keys(SENSITIVE_TYPES)));
    expect(names).toEqual(expect.arrayContaining(Object.keys(GUARDED_FIELDS)));
    expect(names).toEqual(expect.arrayContaining([...ADMIN_MUTATIONS].map((name) => `Mutation.${name}`)));
  });

  it('every name in the access rules and the admin list exists in the built schema', () => {
    expect(unknownRuleNames(schema)).toEqual([]);
  });

  it.each([
    ['Mutation', 'policyCreate'],
    ['PartnershipScorecard', 'riskFlags'],
  ])('reports %s.%s once it is gone from the schema, and refuses to guard that schema', (type, field) => {
    const renamed = without(type, field);
    expect(unknownRuleNames(renamed)).toEqual([`${type}.${field}`]);
    expect(() => guardSchema(renamed, new Policy())).toThrow(`${type}.${field}`);
  });

  it('reports a sensitive type once it is gone from the schema', () => {
    expect(unknownRuleNames(schema, ['Risk', 'RiskWasRenamed'])).toEqual(['RiskWasRenamed']);
  });
});
