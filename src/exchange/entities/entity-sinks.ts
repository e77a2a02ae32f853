/**
 * The entity export's outputs: one JSON document (`{kind: [records…]}`), or a directory with
 * one file per kind as JSON Lines or CSV — the names and shapes `ecograph import` reads. Files
 * are written beside their final place and renamed in only when the export is complete, so a
 * reader never sees half an export.
 */
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { EntitySink, ExportedRecord } from './entity-export';
import { FILE_STEMS, KINDS, type KindName } from './kinds';

export const ENTITY_FORMATS = ['json', 'jsonl', 'csv'] as const;
export type EntityFormat = (typeof ENTITY_FORMATS)[number];

async function put(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

async function close(out: Writable): Promise<void> {
  out.end();
  if (!out.writableFinished) await once(out, 'finish');
}

/** One JSON document streamed to `file`: `{ "participants": [ … ], … }` (kinds in write order). */
export function jsonDocumentSink(file: string): EntitySink {
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.partial`);
  let out = fs.createWriteStream(partial);
  let firstKind = true;
  let firstRecord = true;
  return {
    async begin(kind) {
      await put(out, `${firstKind ? '{' : ','}\n${JSON.stringify(kind)}: [`);
      firstKind = false;
      firstRecord = true;
    },
    async write(record) {
      await put(out, `${firstRecord ? '' : ','}\n  ${JSON.stringify(record)}`);
      firstRecord = false;
    },
    async end() {
      await put(out, '\n]');
    },
    async restart() {
      await close(out);
      out = fs.createWriteStream(partial);
      firstKind = true;
    },
    async commit() {
      await put(out, firstKind ? '{}\n' : '\n}\n');
      await close(out);
      fs.renameSync(partial, file);
    },
    async discard() {
      await close(out);
      fs.rmSync(partial, { force: true });
    },
  };
}

/** The fields of a kind as CSV columns: every field the import reads, in the model's order. */
const columnsOf = (kind: KindName) => KINDS[kind].fields.map((field) => field.name);

function csvCell(value: string | number | string[] | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(';') : String(value);
}

/** A directory of `<kind>.jsonl` or `<kind>.csv` files, replaced only once complete. */
export function directorySink(dir: string, format: 'jsonl' | 'csv'): EntitySink {
  const staging = path.join(path.dirname(path.resolve(dir)), `.${path.basename(dir)}.partial`);
  let out: Writable | undefined;
  let kind: KindName | undefined;
  const fresh = () => {
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging, { recursive: true });
  };
  fresh();
  return {
    async begin(next) {
      kind = next;
      out = fs.createWriteStream(path.join(staging, `${FILE_STEMS[next]}.${format}`));
      if (format === 'csv') await put(out, stringify([columnsOf(next)]));
    },
    async write(record: ExportedRecord) {
      if (!out || !kind) throw new Error('write before begin');
      if (format === 'jsonl') await put(out, `${JSON.stringify(record)}\n`);
      else await put(out, stringify([columnsOf(kind).map((column) => csvCell(record[column]))]));
    },
    async end() {
      if (out) await close(out);
      out = undefined;
    },
    async restart() {
      if (out) await close(out);
      out = undefined;
      fresh();
    },
    async commit() {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.renameSync(staging, dir);
    },
    async discard() {
      if (out) await close(out);
      fs.rmSync(staging, { recursive: true, force: true });
    },
  };
}
