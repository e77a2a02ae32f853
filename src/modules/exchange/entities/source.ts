/**
 * Where records come from: a directory of files named by kind (`participants.csv`,
 * `value-flows.jsonl`, …), one such file, or one JSON document holding every kind. Records
 * are streamed kind by kind (a CSV of a million interactions is never held whole), with the
 * line each came from and its values under field names — the mapping applied.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { parse } from 'csv-parse';
import { ImportSourceError } from './errors';
import type { ColumnMapping, KindMapping } from './mapping';
import { FILE_STEMS, KIND_NAMES, KINDS, type KindName } from './kinds';
import type { Problem } from './problems';

export interface SourceRecord {
  kind: KindName;
  file: string;
  line: number;
  values: Record<string, unknown>;
  /** Field → the column (or JSON key) it was read from, for reports. */
  columns: Record<string, string>;
  /** Columns (or JSON keys) that name no field: left out, and listed in the report. */
  ignored: string[];
}

/** Something to read one kind from. */
export interface KindSource {
  kind: KindName;
  /** As shown in reports (relative to the import path). */
  name: string;
  records(onProblem: (problem: Problem) => void): AsyncIterable<SourceRecord>;
  /** About how many records it holds (for progress and ETA). */
  estimate(): Promise<number>;
}

const EXTENSIONS = ['.csv', '.jsonl', '.json'] as const;

/** A field name → the column header naming it in the source (identity without a mapping). */
function headerMap(mapping: KindMapping | undefined): (column: string) => string | undefined {
  const columns = mapping?.columns;
  if (!columns) return (column) => column;
  return (column) => columns[column];
}

/** Applies a kind's mapping to one record: renamed columns, translated values, defaults. */
function mapRecord(
  kind: KindName,
  raw: Record<string, unknown>,
  mapping: KindMapping | undefined,
): { values: Record<string, unknown>; columns: Record<string, string>; ignored: string[] } {
  const fieldOf = headerMap(mapping);
  const known = new Set(KINDS[kind].fields.map((field) => field.name));
  const values: Record<string, unknown> = {};
  const columns: Record<string, string> = {};
  const ignored: string[] = [];
  for (const [column, value] of Object.entries(raw)) {
    const field = fieldOf(column.trim());
    if (field === undefined || !known.has(field)) {
      ignored.push(column);
      continue;
    }
    const translated = mapping?.values?.[field];
    values[field] =
      typeof value === 'string' && translated && value.trim() in translated ? translated[value.trim()] : value;
    columns[field] = column;
  }
  for (const [field, value] of Object.entries(mapping?.defaults ?? {})) {
    if (values[field] === undefined || values[field] === null || values[field] === '') values[field] = value;
  }
  return { values, columns, ignored };
}

function csvSource(kind: KindName, file: string, name: string, mapping: KindMapping | undefined): KindSource {
  return {
    kind,
    name,
    estimate: async () => Math.max(0, (await countLines(file)) - 1),
    async *records(onProblem) {
      const parser = fs.createReadStream(file).pipe(
        parse({
          bom: true,
          columns: (header: string[]) => header.map((column) => column.trim()),
          skip_empty_lines: true,
          info: true,
          skip_records_with_error: true,
          on_skip: (error) => {
            const line = (error as { lines?: number } | undefined)?.lines ?? null;
            onProblem({
              code: 'UNREADABLE',
              file: name,
              line,
              column: null,
              externalId: null,
              reason: `not a valid CSV row: ${error?.message ?? 'unreadable'}`,
            });
          },
        }),
      );
      for await (const entry of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
        yield { kind, file: name, line: entry.info.lines, ...mapRecord(kind, entry.record, mapping) };
      }
    },
  };
}

function jsonlSource(kind: KindName, file: string, name: string, mapping: KindMapping | undefined): KindSource {
  return {
    kind,
    name,
    estimate: () => countLines(file),
    async *records(onProblem) {
      const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
      let line = 0;
      for await (const text of lines) {
        line += 1;
        if (text.trim() === '') continue;
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch (error) {
          onProblem({
            code: 'UNREADABLE',
            file: name,
            line,
            column: null,
            externalId: null,
            reason: `not JSON: ${(error as Error).message}`,
          });
          continue;
        }
        if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
          onProblem({
            code: 'UNREADABLE',
            file: name,
            line,
            column: null,
            externalId: null,
            reason: 'each line must be one JSON object',
          });
          continue;
        }
        yield { kind, file: name, line, ...mapRecord(kind, raw as Record<string, unknown>, mapping) };
      }
    },
  };
}

/** Sources of one JSON document `{ participants: [...], ... }` (already parsed). */
export function documentSources(document: unknown, name: string, mapping?: ColumnMapping): KindSource[] {
  if (!document || typeof document !== 'object' || Array.isArray(document)) {
    throw new ImportSourceError(`${name}: expected a JSON object with one array per kind (${KIND_NAMES.join(', ')})`);
  }
  const entries = document as Record<string, unknown>;
  const unknown = Object.keys(entries).filter((key) => !(KIND_NAMES as readonly string[]).includes(key));
  if (unknown.length > 0) {
    throw new ImportSourceError(
      `${name}: unknown kind ${unknown.map((key) => `"${key}"`).join(', ')} (kinds: ${KIND_NAMES.join(', ')})`,
    );
  }
  return KIND_NAMES.filter((kind) => entries[kind] !== undefined).map((kind) => {
    const list = entries[kind];
    if (!Array.isArray(list)) throw new ImportSourceError(`${name}: "${kind}" must be an array of records`);
    return {
      kind,
      name: `${name}#${kind}`,
      estimate: () => Promise.resolve(list.length),
      async *records(onProblem) {
        for (const [index, raw] of list.entries()) {
          if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
            onProblem({
              code: 'UNREADABLE',
              file: `${name}#${kind}`,
              line: index + 1,
              column: null,
              externalId: null,
              reason: 'each record must be a JSON object',
            });
            continue;
          }
          yield {
            kind,
            file: `${name}#${kind}`,
            line: index + 1,
            ...mapRecord(kind, raw as Record<string, unknown>, mapping?.[kind]),
          };
        }
      },
    };
  });
}

function kindOfFile(file: string): KindName | undefined {
  const stem = path.basename(file).replace(/\.(csv|jsonl|json)$/i, '');
  return KIND_NAMES.find((kind) => FILE_STEMS[kind] === stem || kind === stem);
}

function fileSource(kind: KindName, file: string, name: string, mapping: KindMapping | undefined): KindSource {
  return file.toLowerCase().endsWith('.csv')
    ? csvSource(kind, file, name, mapping)
    : jsonlSource(kind, file, name, mapping);
}

/**
 * The sources at `target`, in write order: a `.json` document, one kind's file, or a directory
 * (files found by the kinds' names, or by the mapping's `file`). Refuses a path with nothing
 * importable, naming what it looked for.
 */
export function openSources(target: string, mapping: ColumnMapping = {}): KindSource[] {
  if (!fs.existsSync(target)) throw new ImportSourceError(`no such file or directory: ${target}`);
  const stat = fs.statSync(target);
  if (stat.isFile()) {
    if (target.toLowerCase().endsWith('.json') && kindOfFile(target) === undefined) {
      let document: unknown;
      try {
        document = JSON.parse(fs.readFileSync(target, 'utf8'));
      } catch (error) {
        throw new ImportSourceError(`${target} is not valid JSON: ${(error as Error).message}`);
      }
      return documentSources(document, path.basename(target), mapping);
    }
    const kind = kindOfFile(target);
    if (!kind) {
      throw new ImportSourceError(
        `cannot tell which kind ${path.basename(target)} holds: name it after a kind (${KIND_NAMES.map((k) => FILE_STEMS[k]).join(', ')}) with .csv or .jsonl, or give a directory`,
      );
    }
    return [fileSource(kind, target, path.basename(target), mapping[kind])];
  }
  const sources: KindSource[] = [];
  for (const kind of KIND_NAMES) {
    const named = mapping[kind]?.file;
    const candidates = named
      ? [named]
      : EXTENSIONS.filter((ext) => ext !== '.json').flatMap((ext) => [`${FILE_STEMS[kind]}${ext}`, `${kind}${ext}`]);
    const found = [...new Set(candidates)].filter((candidate) => fs.existsSync(path.join(target, candidate)));
    if (named && found.length === 0)
      throw new ImportSourceError(`the mapping names ${named} for ${kind}, but ${target} has no such file`);
    if (found.length > 1) throw new ImportSourceError(`${target} holds ${found.join(' and ')}: keep one file per kind`);
    if (found[0]) sources.push(fileSource(kind, path.join(target, found[0]), found[0], mapping[kind]));
  }
  if (sources.length === 0) {
    throw new ImportSourceError(
      `${target} holds no importable file: name files after a kind (${KIND_NAMES.map((kind) => `${FILE_STEMS[kind]}.csv`).join(', ')}; or .jsonl)`,
    );
  }
  return sources;
}

/** Newlines in a file, streamed (a CSV field may span lines: an estimate, never a rule). */
export async function countLines(file: string): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines += 1;
    last = chunk[chunk.length - 1] ?? last;
  }
  return last === 10 ? lines : lines + 1;
}
