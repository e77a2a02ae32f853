/**
 * Turns errors into what clients see: AppErrors keep their message and code, GraphQL
 * validation errors pass as they are, anything else is masked and logged with its cause.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AppError } from '../core/errors';
import type { Logger } from '../logging/logger';

export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      if (original.expose) {
        return { ...formatted, message: original.message, extensions: { code: original.code } };
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
