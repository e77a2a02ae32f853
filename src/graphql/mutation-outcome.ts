/**
 * Every mutation of a document reports its own outcome (docs/api.md, "Several mutations in one
 * document"). Mutation fields are nullable, so a mutation that fails (its deadline passed, the
 * database is unavailable) is null with an error whose `path` is its response key, and the
 * others keep their results; this wrapper gives each mutation its own deadline and makes that
 * error name the mutation it is about. Refusals are not failures: they stay `userErrors`.
 */
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '../context/context';
import { AppError, DeadlineExceededError, ServiceUnavailableError } from '../core/errors';

type Failure = new (message: string, options?: { cause?: unknown }) => AppError;

/** The failures a client may retry: their message gains the mutation's name, their code stays. */
const RETRYABLE: readonly Failure[] = [DeadlineExceededError, ServiceUnavailableError];

/** The error of the mutation `field` answered as `responseKey`, naming it. */
export function namedFailure(error: unknown, field: string, responseKey: string): unknown {
  const kind = RETRYABLE.find((failure) => error instanceof failure);
  if (!kind || !(error instanceof AppError)) return error;
  const name = responseKey === field ? field : `${responseKey} (${field})`;
  return new kind(
    `Mutation ${name} did not commit: ${error.message} Only this mutation was rolled back; ` +
      'every other mutation of the document reports its own outcome.',
    { cause: error },
  );
}

/** Wraps every Mutation field: a full deadline of its own, and failures that name it. */
export function reportEachMutation(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args: Record<string, unknown>, ctx: RequestContext, info) => {
      // Mutations run one after another (and each one's payload is read before the next
      // starts), so restarting the shared deadline here bounds exactly this mutation.
      ctx.db.restartDeadline();
      try {
        return (await resolve(source, args, ctx, info)) as unknown;
      } catch (error) {
        throw namedFailure(error, field.name, String(info.path.key));
      }
    };
  }
  return schema;
}
