/**
 * Enforces the access rules on a built schema by wrapping the resolvers of guarded fields (and
 * only those: the rest pay nothing). Two sources of rules:
 * - what each value is derived from (src/auth/derivation.ts), declared on types and fields
 *   where they are defined, or carried by the objects themselves (`@InUnitOfObject`);
 * - the tables of access-rules.ts (sensitive record types, admin-only mutations), which name
 *   types by string: a name the schema lacks (a rename) would drop a guard silently, so
 *   building the schema fails instead (unknownRuleNames).
 * `node`/`nodes` return an interface: they are refused by the type the global id names, before
 * anything is read, so a real id and a made-up one of the same type get the same answer.
 * A refusal is a FORBIDDEN error naming what the role lacks.
 */
import {
  defaultFieldResolver,
  getNamedType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import type { RequestContext } from '../context/context';
import { ADMIN_MUTATIONS, GUARDED_FIELDS, SENSITIVE_TYPES } from '../auth/access-rules';
import { BASIS_PERMISSION, carriedBasis, DERIVED_FROM, IN_UNIT_OF_OBJECT, type Basis } from '../auth/derivation';
import { ForbiddenError } from '../auth/errors';
import type { Permission, Policy } from '../auth/policy';
import { decodeGlobalId } from '../core/global-id';

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

/** The bases a type declares (`@DerivedFrom` on the class): every field returning it inherits them. */
function typeBases(type: GraphQLNamedType | undefined): readonly Basis[] {
  return (type?.extensions?.[DERIVED_FROM] as readonly Basis[] | undefined) ?? [];
}

/** What `field` (of `typeName`) needs whatever its value: its table rule, and its declared bases. */
function requiredFor(typeName: string, field: GraphQLField<unknown, unknown>): Permission[] {
  if (typeName === 'Mutation') return [ADMIN_MUTATIONS.has(field.name) ? 'admin' : 'write'];
  const bases = [
    ...((field.extensions?.[DERIVED_FROM] as readonly Basis[] | undefined) ?? []),
    ...typeBases(getNamedType(field.type)),
  ];
  const table = GUARDED_FIELDS[`${typeName}.${field.name}`] ?? SENSITIVE_TYPES[getNamedType(field.type).name];
  return [...new Set([...(table ? [table] : []), ...bases.map((basis) => BASIS_PERMISSION[basis])])];
}

/** A value in the unit of its object is derived from what the object carries (money if nothing: fail closed). */
function carriedPermissions(source: unknown): Permission[] {
  const bases = carriedBasis(source) ?? ['MONEY'];
  return bases.map((basis) => BASIS_PERMISSION[basis]);
}

/** What reading an object of this type needs: its table rule and the bases the type declares. */
function requiredForType(schema: GraphQLSchema, typeName: string): Permission[] {
  const table = SENSITIVE_TYPES[typeName];
  const bases = typeBases(schema.getType(typeName)).map((basis) => BASIS_PERMISSION[basis]);
  return [...new Set([...(table ? [table] : []), ...bases])];
}

/** The runtime type name of a `node` result (every Node object is a class instance). */
function typeNameOf(value: unknown): string | undefined {
  return value && typeof value === 'object' ? value.constructor.name : undefined;
}

/**
 * Whether the viewer may read `typeName.fieldName` by the same rules the guard enforces on that
 * field (its table rule, its declared bases, the type's own): for answers that quote stored
 * values outside the field itself (a filter's "did you mean").
 */
export function mayReadField(schema: GraphQLSchema, ctx: RequestContext, typeName: string, fieldName: string): boolean {
  const type = schema.getType(typeName);
  const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
  if (!field) return false;
  const needed = [...requiredForType(schema, typeName), ...requiredFor(typeName, field)];
  if (field.extensions?.[IN_UNIT_OF_OBJECT] === true) needed.push(...carriedPermissions(undefined));
  return needed.every((permission) => ctx.services.policy.can(ctx.viewer, permission));
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
      const permissions = requiredFor(type.name, field);
      const inUnitOfObject = field.extensions?.[IN_UNIT_OF_OBJECT] === true;
      const what = `${type.name}.${field.name}`;
      if (permissions.length > 0 || inUnitOfObject) {
        const check = (ctx: RequestContext, source: unknown) => {
          const needed = inUnitOfObject ? [...permissions, ...carriedPermissions(source)] : permissions;
          for (const permission of needed) if (!policy.can(ctx.viewer, permission)) refuse(ctx, permission, what);
        };
        const resolve: Resolver = field.resolve ?? defaultFieldResolver;
        field.resolve = (source, args, ctx, info) => {
          check(ctx, source);
          return resolve(source, args, ctx, info);
        };
        const subscribe = field.subscribe as Resolver | undefined;
        if (subscribe) {
          field.subscribe = (source, args, ctx, info) => {
            check(ctx, source);
            return subscribe(source, args, ctx, info);
          };
        }
      }
      if (type.name === 'Query' && (field.name === 'node' || field.name === 'nodes')) {
        guardNodes(schema, field as GraphQLField<unknown, RequestContext>, policy);
      }
    }
  }
  return schema;
}

/**
 * node(id) / nodes(ids): refused by the type the global id names, before anything is read, so
 * whether an object of a hidden type exists cannot be told from the answer; then, in depth,
 * by the runtime type of what was read.
 */
function guardNodes(schema: GraphQLSchema, field: GraphQLField<unknown, RequestContext>, policy: Policy): void {
  const resolve = (field.resolve ?? defaultFieldResolver) as Resolver;
  const assertReadable = (ctx: RequestContext, typeName: string | undefined) => {
    if (!typeName) return;
    for (const permission of requiredForType(schema, typeName)) {
      if (!policy.can(ctx.viewer, permission)) refuse(ctx, permission, `node of type ${typeName}`);
    }
  };
  field.resolve = async (source, args: { id?: string; ids?: string[] }, ctx: RequestContext, info) => {
    for (const id of args.ids ?? (args.id === undefined ? [] : [args.id])) {
      assertReadable(ctx, decodeGlobalId(id)?.type);
    }
    const result: unknown = await resolve(source, args, ctx, info);
    for (const value of Array.isArray(result) ? result : [result]) assertReadable(ctx, typeNameOf(value));
    return result;
  };
}
