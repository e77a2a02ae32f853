/**
 * `ecograph import <path> [--dry-run] [--mapping FILE] [--report FILE] [--batch-size N] [--json]`:
 * reads an ecosystem from CSV / JSON Lines files or one JSON document (docs/import.md) and
 * writes it through the API's rules, batch by batch, as the operator (ADMIN `cli`). Rows with
 * problems are listed (file, line, column, reason) and the rest land; exit code 1 when any row
 * was refused, so a script notices. Running it again is safe: it resumes where a killed run
 * stopped and changes nothing that is already there.
 */
import fs from 'node:fs';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { importForRequest, DEFAULT_IMPORT_BATCH_SIZE } from '../../../src/exchange/entities/import-service';
import type { ImportReport } from '../../../src/exchange/entities/importer';
import { KIND_NAMES } from '../../../src/exchange/entities/kinds';
import { loadMapping } from '../../../src/exchange/entities/mapping';
import { describeProblem } from '../../../src/exchange/entities/problems';
import { openSources } from '../../../src/exchange/entities/source';
import { ImportSourceError } from '../../../src/exchange/entities/errors';
import { formatDuration } from '../../../src/seed/progress';
import { withLocalApi } from '../local-api';
import { integerBetween } from '../options';
import { EXIT, UsageError } from '../usage-error';

interface ImportOptions {
  dryRun: boolean;
  mapping?: string;
  report?: string;
  batchSize: number;
  json?: boolean;
}

/** Problems shown on the terminal; the rest are in --report. */
const SHOWN_PROBLEMS = 50;

function printSummary(report: ImportReport): void {
  const verb = report.dryRun ? 'would be ' : '';
  console.log(`${report.dryRun ? 'dry run: nothing written' : 'imported'} in ${formatDuration(report.elapsedMs)}`);
  console.log(
    `  ${'kind'.padEnd(14)} ${['read', 'created', 'updated', 'unchanged', 'refused'].map((h) => h.padStart(10)).join('')}`,
  );
  for (const kind of KIND_NAMES) {
    const counts = report.kinds[kind];
    if (!counts) continue;
    const cells = [counts.read, counts.created, counts.updated, counts.unchanged, counts.refused];
    console.log(`  ${kind.padEnd(14)} ${cells.map((n) => n.toLocaleString('en-US').padStart(10)).join('')}`);
  }
  if (report.problems.length === 0) console.log(`every row ${verb}imported`);
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import an ecosystem from CSV, JSON Lines or JSON files (docs/import.md)')
    .argument('<path>', 'a directory of files named by kind (participants.csv, …), one such file, or a .json document')
    .option('--dry-run', 'check every row and report; write nothing', false)
    .option('--mapping <file>', 'column mapping (JSON) for files from a CRM or spreadsheet')
    .option('--report <file>', 'write the full report (counts and every problem) as JSON')
    .option('--batch-size <n>', 'records per write transaction', integerBetween(1, 50_000), DEFAULT_IMPORT_BATCH_SIZE)
    .option('--json', 'print the report as JSON on standard output')
    .action(async (target: string, options: ImportOptions) => {
      let sources;
      try {
        sources = openSources(target, options.mapping ? loadMapping(options.mapping) : {});
      } catch (error) {
        if (error instanceof ImportSourceError) throw new UsageError(error.message);
        throw error;
      }
      const total = (await Promise.all(sources.map((source) => source.estimate()))).reduce((a, b) => a + b, 0);
      const bar = new cliProgress.SingleBar(
        {
          stream: process.stderr,
          format: '{kind} |{bar}| {value}/{total} records | {rate}/s | ETA {eta_formatted}',
          noTTYOutput: true,
          notTTYSchedule: 5_000,
          etaBuffer: 50,
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(Math.max(total, 1), 0, { kind: sources[0]?.kind ?? '', rate: 0 });
      const report = await withLocalApi(
        (api) =>
          importForRequest(api.operatorContext(), {
            sources,
            dryRun: options.dryRun,
            batchSize: options.batchSize,
            onProgress: (progress) => {
              const rate = Math.round(progress.records / Math.max(progress.elapsedMs / 1000, 0.001));
              bar.update(Math.min(progress.records, Math.max(total, progress.records)), { kind: progress.kind, rate });
            },
          }),
        { warmKpis: false },
      ).finally(() => bar.stop());
      if (options.report) fs.writeFileSync(options.report, `${JSON.stringify(report, null, 2)}\n`);
      if (options.json) console.log(JSON.stringify(report));
      else {
        printSummary(report);
        for (const problem of report.problems.slice(0, SHOWN_PROBLEMS)) console.error(describeProblem(problem));
        const more = report.problems.length - SHOWN_PROBLEMS;
        if (more > 0)
          console.error(`… and ${more} more${options.report ? ` in ${options.report}` : ' (see --report)'}`);
      }
      if (report.problems.length > 0) process.exitCode = EXIT.failed;
    });
}
