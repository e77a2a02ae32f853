/**
 * GEXF 1.3 (Gephi's own format) through graphology-gexf. Pedantic mode: the file carries only
 * the meta elements the schema knows (creator, description), so it validates against the
 * published XSD (graph/schemas/gexf-1.3, tested).
 */
import { write } from 'graphology-gexf';
import type { CollaborationExport } from './collaboration-export';
import { describeExport } from './describe';

export function toGexf({ graph, description }: CollaborationExport): string {
  const copy = graph.copy();
  copy.replaceAttributes({
    creator: 'ecograph',
    description: describeExport(description),
    lastModifiedDate: description.computedAt.toISOString().slice(0, 10),
  });
  return write(copy, {
    version: '1.3',
    pedantic: true,
    formatNode: (_key, attributes) => ({ label: attributes.name, attributes }),
    formatEdge: (_key, attributes) => ({ weight: attributes.weight, attributes }),
  });
}
