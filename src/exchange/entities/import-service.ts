/**
 * An import as one caller's work: every batch is a write of the caller's request, so it carries
 * the caller in its audit entry (operation `importEcosystem`, the batch in its input) and a
 * GRAPH_CHANGED event in the outbox — what the API's own mutations do.
 */
import type { RequestContext } from '../../context/context';
import { importSources, type ImportProgress, type ImportReport } from './importer';
import type { KindSource } from './source';

export const IMPORT_OPERATION = 'importEcosystem';
export const DEFAULT_IMPORT_BATCH_SIZE = 5_000;

export interface ImportRequest {
  sources: readonly KindSource[];
  dryRun: boolean;
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
}

export function importForRequest(ctx: RequestContext, request: ImportRequest): Promise<ImportReport> {
  return importSources(ctx.db, request.sources, {
    dryRun: request.dryRun,
    batchSize: request.batchSize ?? DEFAULT_IMPORT_BATCH_SIZE,
    now: ctx.services.clock(),
    by: ctx.viewer.id,
    onProgress: request.onProgress,
    beginBatch: (batch) => {
      ctx.audit.begin(IMPORT_OPERATION, batch);
      ctx.outbox.begin(IMPORT_OPERATION);
    },
  });
}
