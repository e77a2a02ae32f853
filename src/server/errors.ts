/**
 * Turns errors into what clients see: AppErrors keep their message and code, GraphQL
 * validation errors pass as they are, anything else is masked and logged with its cause.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { LIMIT_CODES } from '../security/query-limits';
import { AppError } from '../core/errors';
import type { Logger } from '../observability/logger';

const LIMIT_CODE_SET = new Set<unknown>(Object.values(LIMIT_CODES));

/** Apollo re-codes every validation error GRAPHQL_VALIDATION_FAILED; a limit keeps its own code. */
function limitCodeOf(error: unknown): string | undefined {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  const code = original instanceof GraphQLError ? original.extensions.code : undefined;
  return LIMIT_CODE_SET.has(code) ? (code as string) : undefined;
}

/** graphql-js appends `Did you mean "x"?` to validation errors: schema hints for attackers. */
const SUGGESTION = / ?Did you mean .*\?$/;

export function createErrorFormatter(logger: Logger, options: { maskSuggestions?: boolean } = {}) {
  const format = formatter(logger);
  if (!options.maskSuggestions) return format;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const masked = format(formatted, error);
    return { ...masked, message: masked.message.replace(SUGGESTION, '') };
  };
}

function formatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const limitCode = limitCodeOf(error);
    if (limitCode) return { ...formatted, extensions: { ...formatted.extensions, code: limitCode } };
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      if (original.expose) {
        return { ...formatted, message: original.message, extensions: { ...original.details, code: original.code } };
      }
      logger.error({ err: original, path: formatted.path }, 'internal error');
      return { message: 'Internal server error', path: formatted.path, extensions: { code: original.code } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
