import type { ExportDescription } from './collaboration-export';

/** One sentence saying which state of the ecosystem a file describes and how it was computed. */
export function describeExport(description: ExportDescription): string {
  return (
    `ecograph collaboration graph at graph version ${description.version}, metrics by the ` +
    `${description.engine} engine at ${description.computedAt.toISOString()}` +
    (description.betweennessSampled ? '; betweenness is a sampled estimate (docs/kpis.md)' : '')
  );
}
