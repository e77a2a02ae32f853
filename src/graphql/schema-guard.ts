/**
 * Enforces access-rules.ts on a built schema by wrapping the resolvers of guarded fields (and
 * only those: the rest pay nothing). `node`/`nodes` return an interface, so their results are
 * checked by runtime type. A refusal is a FORBIDDEN error naming what the role lacks.
 * The rules name types and fields by string: a name the schema lacks (a rename) would drop a
 * guard silently, so building the schema fails instead (unknownRuleNames).
 */
import {
  defaultFieldResolver,
  getNamedType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import type { RequestContext } from '../context/context';
import { ADMIN_MUTATIONS, GUARDED_FIELDS, SENSITIVE_TYPES } from '../auth/access-rules';
import { ForbiddenError } from '../auth/errors';
import type { Permission, Policy } from '../auth/policy';

type Resolver = GraphQLFieldResolver<unknown, RequestContext>;

function refuse(ctx: RequestContext, permission: Permission, what: string): never {
  throw new ForbiddenError(`Role ${ctx.viewer.role} may not ${describe(permission)} (${what})`);
}

function describe(permission: Permission): string {
  switch (permission) {
    case 'read:sensitive':
      return 'read commercially sensitive data';
    case 'read:identities':
      return 'see the identities behind analytics results';
    case 'write':
      return 'change data';
    case 'admin':
      return 'administer the ecosystem';
    default:
      return 'read';
  }
}

function requiredFor(typeName: string, field: GraphQLField<unknown, unknown>): Permission | undefined {
  if (typeName === 'Mutation') return ADMIN_MUTATIONS.has(field.name) ? 'admin' : 'write';
  return GUARDED_FIELDS[`${typeName}.${field.name}`] ?? SENSITIVE_TYPES[getNamedType(field.type).name];
}

/** The runtime type name of a `node` result (every Node object is a class instance). */
function typeNameOf(value: unknown): string | undefined {
  return value && typeof value === 'object' ? value.constructor.name : undefined;
}

/** Every type and `Type.field` the access rules and the admin list name. */
export function ruleNames(): string[] {
  return [
    ...Object.keys(SENSITIVE_TYPES),
    ...Object.keys(GUARDED_FIELDS),
    ...[...ADMIN_MUTATIONS].map((name) => `Mutation.${name}`),
  ];
}

/** The names (types, or `Type.field`) that `schema` does not have. */
export function unknownRuleNames(schema: GraphQLSchema, names: readonly string[] = ruleNames()): string[] {
  return names.filter((name) => {
    const [typeName, fieldName] = name.split('.');
    const type = schema.getType(typeName as string);
    if (!type) return true;
    if (fieldName === undefined) return false;
    return !isObjectType(type) || type.getFields()[fieldName] === undefined;
  });
}

export function guardSchema(schema: GraphQLSchema, policy: Policy): GraphQLSchema {
  const unknown = unknownRuleNames(schema);
  if (unknown.length > 0) {
    throw new Error(`access rules name what the schema lacks (renamed?): ${unknown.join(', ')}`);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const permission = requiredFor(type.name, field);
      const what = `${type.name}.${field.name}`;
      if (permission) {
        const check = (ctx: RequestContext) => {
          if (!policy.can(ctx.viewer, permission)) refuse(ctx, permission, what);
        };
        const resolve: Resolver = field.resolve ?? defaultFieldResolver;
        field.resolve = (source, args, ctx, info) => {
          check(ctx);
          return resolve(source, args, ctx, info);
        };
        const subscribe = field.subscribe as Resolver | undefined;
        if (subscribe) {
          field.subscribe = (source, args, ctx, info) => {
            check(ctx);
            return subscribe(source, args, ctx, info);
          };
        }
      }
      if (type.name === 'Query' && (field.name === 'node' || field.name === 'nodes')) {
        guardNodes(field as GraphQLField<unknown, RequestContext>, policy);
      }
    }
  }
  return schema;
}

/** node(id) / nodes(ids): refuse sensitive objects by their runtime type. */
function guardNodes(field: GraphQLField<unknown, RequestContext>, policy: Policy): void {
  const resolve = (field.resolve ?? defaultFieldResolver) as Resolver;
  field.resolve = async (source, args, ctx: RequestContext, info) => {
    const result: unknown = await resolve(source, args, ctx, info);
    for (const value of Array.isArray(result) ? result : [result]) {
      const typeName = typeNameOf(value);
      const permission = typeName ? SENSITIVE_TYPES[typeName] : undefined;
      if (permission && !policy.can(ctx.viewer, permission)) refuse(ctx, permission, `node of type ${typeName}`);
    }
    return result;
  };
}
