/**
 * GraphML, written element by element (graphology has a GraphML parser but no writer) with
 * xmlbuilder2's streaming builder, into any writable stream; validates against the published
 * GraphML XSD (graph/schemas/graphml, tested). Keys are declared with fixed types
 * (collaboration-export.ts), not guessed from the values.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { createCB } from 'xmlbuilder2';
import { PARTICIPANT_ATTRIBUTE_TYPES, TIE_ATTRIBUTE_TYPES, type CollaborationExport } from './collaboration-export';
import { describeExport } from './describe';

const NS = 'http://graphml.graphdrawing.org/xmlns';
/** Elements between two checks of the stream's back-pressure. */
const FLUSH_EVERY = 1_000;

export async function writeGraphml({ graph, description }: CollaborationExport, out: Writable): Promise<void> {
  let pending = 0;
  const flush = async () => {
    if (++pending % FLUSH_EVERY === 0 && out.writableNeedDrain) await once(out, 'drain');
  };
  const xml = createCB({ data: (chunk: string) => out.write(chunk), prettyPrint: true });

  xml.dec({ version: '1.0', encoding: 'UTF-8' });
  xml.ele(NS, 'graphml');
  xml.ele(NS, 'key', { id: 'd_description', for: 'graph', 'attr.name': 'description', 'attr.type': 'string' }).up();
  for (const [name, type] of Object.entries(PARTICIPANT_ATTRIBUTE_TYPES)) {
    xml.ele(NS, 'key', { id: `n_${name}`, for: 'node', 'attr.name': name, 'attr.type': type }).up();
  }
  for (const [name, type] of Object.entries(TIE_ATTRIBUTE_TYPES)) {
    xml.ele(NS, 'key', { id: `e_${name}`, for: 'edge', 'attr.name': name, 'attr.type': type }).up();
  }
  xml.ele(NS, 'graph', { id: 'collaboration', edgedefault: 'undirected' });
  xml.ele(NS, 'data', { key: 'd_description' }).txt(describeExport(description)).up();
  for (const node of graph.nodes()) {
    xml.ele(NS, 'node', { id: node });
    for (const [name, value] of Object.entries(graph.getNodeAttributes(node))) {
      xml
        .ele(NS, 'data', { key: `n_${name}` })
        .txt(String(value))
        .up();
    }
    xml.up();
    await flush();
  }
  for (const edge of graph.edges()) {
    xml.ele(NS, 'edge', { source: graph.source(edge), target: graph.target(edge) });
    for (const [name, value] of Object.entries(graph.getEdgeAttributes(edge))) {
      xml
        .ele(NS, 'data', { key: `e_${name}` })
        .txt(String(value))
        .up();
    }
    xml.up();
    await flush();
  }
  xml.up().up();
  xml.end();
}
