/**
 * `ecograph export --format gexf|graphml [--out FILE]`: the collaboration graph with every
 * participant's metrics as node attributes, for Gephi and other graph tools (docs/export.md).
 * Written to FILE (replaced only once complete) or to standard output.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { Option, type Command } from 'commander';
import { loadConfig } from '../../../src/config/config';
import { exportCollaboration } from '../../../src/exchange/collaboration-export';
import { toGexf } from '../../../src/exchange/gexf';
import { writeGraphml } from '../../../src/exchange/graphml';
import { selectEngine } from '../../../src/kpi/select-engine';
import { withLocalApi } from '../local-api';
import { oneOf } from '../options';

export const GRAPH_FORMATS = ['gexf', 'graphml'] as const;
type GraphFormat = (typeof GRAPH_FORMATS)[number];
const ENGINES = ['auto', 'gds', 'graphology'] as const;

interface ExportOptions {
  format: GraphFormat;
  out?: string;
  engine?: (typeof ENGINES)[number];
  json?: boolean;
}

/** A file appears only complete: written beside it, renamed over it at the end. */
async function intoFile(file: string, write: (out: Writable) => Promise<void>): Promise<void> {
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.partial`);
  const out = fs.createWriteStream(partial);
  try {
    await write(out);
    out.end();
    await finished(out);
    fs.renameSync(partial, file);
  } catch (error) {
    out.destroy();
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export the collaboration graph with computed metrics (GEXF for Gephi, GraphML)')
    .addOption(new Option('--format <format>', 'gexf or graphml').argParser(oneOf(GRAPH_FORMATS)).makeOptionMandatory())
    .option('--out <file>', 'where to write (default: standard output)')
    .addOption(
      new Option('--engine <engine>', 'analytics engine for the metrics (default: ANALYTICS_ENGINE)').argParser(
        oneOf(ENGINES),
      ),
    )
    .option('--json', 'print a summary {file, nodes, edges, version, engine} as JSON (with --out)')
    .action(async (options: ExportOptions) => {
      const config = loadConfig();
      await withLocalApi(async (api) => {
        const engine = await selectEngine(options.engine ?? config.analytics.engine, api.gateway, {
          gdsFromParticipants: config.analytics.autoGdsFromParticipants,
        });
        const exported = await exportCollaboration(api.gateway, engine, api.services.clock);
        const write = async (out: Writable) => {
          if (options.format === 'gexf') out.write(toGexf(exported));
          else await writeGraphml(exported, out);
        };
        if (!options.out) {
          await write(process.stdout);
          return;
        }
        await intoFile(options.out, write);
        const summary = {
          file: path.resolve(options.out),
          format: options.format,
          nodes: exported.graph.order,
          edges: exported.graph.size,
          version: exported.description.version,
          engine: exported.description.engine,
        };
        console.log(
          options.json
            ? JSON.stringify(summary)
            : `wrote ${summary.file}: ${summary.nodes} participants, ${summary.edges} ties ` +
                `(graph version ${summary.version}, ${summary.engine} engine)`,
        );
      });
    });
}
