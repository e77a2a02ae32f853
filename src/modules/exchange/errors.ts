/** Errors of importing and exporting (part of the one hierarchy rooted at AppError). */
import { AppError } from '../../core/errors';

/**
 * Writes kept landing while an export was computed, so no single state of the ecosystem could
 * be described: nothing was written; run the export again when writes pause.
 */
export class GraphChangedError extends AppError {
  readonly code = 'GRAPH_CHANGED';
  constructor(readonly attempts: number) {
    super(
      `the graph changed during each of ${attempts} attempts to export it (writes kept landing); ` +
        'nothing was written: run the export again when writes pause',
    );
  }
}
