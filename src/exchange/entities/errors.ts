/**
 * Why an import cannot start at all (as opposed to problems with rows, which the report
 * lists): no such path, no importable file in it, a mapping file that does not parse.
 */
import { AppError } from '../../core/errors';

export class ImportSourceError extends AppError {
  readonly code = 'BAD_USER_INPUT';
}
