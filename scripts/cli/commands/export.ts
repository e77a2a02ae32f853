/**
 * `ecograph export --format gexf|graphml [--out FILE]`: the collaboration graph with every
 * participant's metrics as node attributes, for Gephi and other graph tools (docs/export.md).
 * Written to FILE (replaced only once complete) or to standard output.
 *
 * `ecograph export --format json|jsonl|csv`: every entity in the shape `ecograph import` reads
 * (one document, or a directory with one file per kind), for notebooks and round trips.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { Option, type Command } from 'commander';
import { loadConfig } from '../../../src/config/config';
import { exportCollaboration } from '../../../src/modules/exchange/collaboration-export';
import { toGexf } from '../../../src/modules/exchange/gexf';
import { writeGraphml } from '../../../src/modules/exchange/graphml';
import { selectEngine } from '../../../src/kpi/select-engine';
import { exportEntities } from '../../../src/modules/exchange/entities/entity-export';
import {
  directorySink,
  ENTITY_FORMATS,
  jsonDocumentSink,
  type EntityFormat,
} from '../../../src/modules/exchange/entities/entity-sinks';
import { withLocalApi } from '../local-api';
import { UsageError } from '../usage-error';
import { oneOf } from '../options';

export const GRAPH_FORMATS = ['gexf', 'graphml'] as const;
type GraphFormat = (typeof GRAPH_FORMATS)[number];
const FORMATS = [...GRAPH_FORMATS, ...ENTITY_FORMATS] as const;
type Format = (typeof FORMATS)[number];
const ENGINES = ['auto', 'gds', 'graphology'] as const;

interface ExportOptions {
  format: Format;
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

/** Every entity, in the import's shape: one JSON document, or a new directory of JSON Lines / CSV files. */
async function exportAllEntities(
  format: EntityFormat,
  out: string | undefined,
  json: boolean | undefined,
): Promise<void> {
  if (format !== 'json' && !out)
    throw new UsageError(`--format ${format} writes one file per kind: give --out DIRECTORY`);
  if (format !== 'json' && out && fs.existsSync(out) && fs.readdirSync(out).length > 0) {
    throw new UsageError(`--out ${out} is not empty: give a new or empty directory (the export replaces it whole)`);
  }
  // A document for standard output is written to a file first: an attempt that saw a write is redone.
  const scratch = out ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ecograph-export-')), 'ecosystem.json');
  const summary = await withLocalApi(
    (api) =>
      exportEntities(api.gateway, format === 'json' ? jsonDocumentSink(scratch) : directorySink(scratch, format)),
    { warmKpis: false },
  );
  if (!out) {
    await pipeline(fs.createReadStream(scratch), process.stdout, { end: false });
    fs.rmSync(path.dirname(scratch), { recursive: true, force: true });
    return;
  }
  const total = Object.values(summary.records).reduce((sum, count) => sum + count, 0);
  console.log(
    json
      ? JSON.stringify({ path: path.resolve(out), format, ...summary })
      : `wrote ${path.resolve(out)}: ${total.toLocaleString('en-US')} records of ${Object.keys(summary.records).length} kinds (graph version ${summary.version})`,
  );
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description(
      'export the collaboration graph with computed metrics (GEXF for Gephi, GraphML), or every entity (JSON, JSON Lines, CSV) in the shape `ecograph import` reads',
    )
    .addOption(
      new Option(
        '--format <format>',
        'gexf or graphml (the collaboration graph); json (one document), jsonl or csv (a directory, one file per kind) for every entity',
      )
        .argParser(oneOf(FORMATS))
        .makeOptionMandatory(),
    )
    .option('--out <path>', 'file (gexf, graphml, json; default: standard output) or new directory (jsonl, csv)')
    .addOption(
      new Option('--engine <engine>', 'analytics engine for the metrics (default: ANALYTICS_ENGINE)').argParser(
        oneOf(ENGINES),
      ),
    )
    .option('--json', 'print a summary {file, nodes, edges, version, engine} as JSON (with --out)')
    .action(async (options: ExportOptions) => {
      if (options.format === 'json' || options.format === 'jsonl' || options.format === 'csv') {
        await exportAllEntities(options.format, options.out, options.json);
        return;
      }
      const format: GraphFormat = options.format;
      const config = loadConfig();
      await withLocalApi(async (api) => {
        const engine = await selectEngine(options.engine ?? config.analytics.engine, api.gateway, {
          gdsFromParticipants: config.analytics.autoGdsFromParticipants,
        });
        const exported = await exportCollaboration(api.gateway, engine, api.services.clock);
        const write = async (out: Writable) => {
          if (format === 'gexf') out.write(toGexf(exported));
          else await writeGraphml(exported, out);
        };
        if (!options.out) {
          await write(process.stdout);
          return;
        }
        await intoFile(options.out, write);
        const summary = {
          file: path.resolve(options.out),
          format,
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
