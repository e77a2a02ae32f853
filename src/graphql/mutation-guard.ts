/**
 * Before every mutation runs: arms MANAGER's row rule (ownership.ts, checked inside each of the
 * mutation's write transactions) and starts its audit trail (src/audit). The role check itself
 * is in schema-guard.ts, which wraps around this.
 */
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '../context/context';
import type { Policy } from '../auth/policy';
import { ownershipGaps } from '../auth/ownership';

type Resolver = GraphQLFieldResolver<unknown, RequestContext, Record<string, unknown>>;

export function guardMutations(schema: GraphQLSchema, policy: Policy): GraphQLSchema {
  // The row rule reads every id of an input: an id of a type it has no rule for would pass unchecked.
  const gaps = ownershipGaps(schema);
  if (gaps.length > 0) {
    throw new Error(
      `the ownership rule has no entry for these Node types (src/auth/ownership.queries.ts): ${gaps.join(', ')}`,
    );
  }
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = (field.resolve ?? defaultFieldResolver) as Resolver;
    field.resolve = (source, args: Record<string, unknown>, ctx: RequestContext, info) => {
      if (policy.ownsOnly(ctx.viewer)) ctx.ownership.arm(args.input);
      ctx.audit.begin(field.name, args.input);
      return resolve(source, args, ctx, info);
    };
  }
  return schema;
}
