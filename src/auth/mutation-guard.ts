/**
 * Before every mutation runs: MANAGER's row rule (ownership.ts) and the start of its audit
 * trail (src/audit). The role check itself is in schema-guard.ts, which wraps around this.
 */
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '../context/context';
import { assertOwnsTouchedPartnerships } from './ownership';
import type { Policy } from './policy';

type Resolver = GraphQLFieldResolver<unknown, RequestContext, Record<string, unknown>>;

export function guardMutations(schema: GraphQLSchema, policy: Policy): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = (field.resolve ?? defaultFieldResolver) as Resolver;
    field.resolve = async (source, args: Record<string, unknown>, ctx: RequestContext, info) => {
      if (policy.ownsOnly(ctx.viewer)) await assertOwnsTouchedPartnerships(ctx.db, ctx.viewer, args.input);
      ctx.audit.begin(field.name, args.input);
      return resolve(source, args, ctx, info);
    };
  }
  return schema;
}
