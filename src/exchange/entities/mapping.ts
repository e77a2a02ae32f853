/**
 * The column mapping: lets a CRM or spreadsheet export be imported as it is. Per kind, which
 * file, which source column is which field, which source values mean which field values, and
 * defaults for fields the source lacks (docs/import.md, "Column mapping").
 */
import fs from 'node:fs';
import { z } from 'zod';
import { KIND_NAMES, KINDS, type KindName } from './kinds';
import { ImportSourceError } from './errors';

const kindMappingSchema = z
  .object({
    file: z.string().min(1).optional(),
    columns: z.record(z.string(), z.string()).optional(),
    values: z.record(z.string(), z.record(z.string(), z.string())).optional(),
    defaults: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  })
  .strict();

export type KindMapping = z.infer<typeof kindMappingSchema>;
export type ColumnMapping = Partial<Record<KindName, KindMapping>>;

const mappingSchema = z.record(z.string(), kindMappingSchema);

/** Reads and checks a mapping file: unknown kinds or fields are refused with what to write instead. */
export function loadMapping(file: string): ColumnMapping {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ImportSourceError(`cannot read the mapping file ${file}: ${(error as Error).message}`);
  }
  const parsed = mappingSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportSourceError(`mapping file ${file}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }
  const mapping: ColumnMapping = {};
  for (const [kind, spec] of Object.entries(parsed.data)) {
    if (!(KIND_NAMES as readonly string[]).includes(kind)) {
      throw new ImportSourceError(`mapping file ${file}: unknown kind "${kind}" (kinds: ${KIND_NAMES.join(', ')})`);
    }
    const fields = new Set(KINDS[kind as KindName].fields.map((field) => field.name));
    const named = [
      ...Object.values(spec.columns ?? {}),
      ...Object.keys(spec.values ?? {}),
      ...Object.keys(spec.defaults ?? {}),
    ];
    const unknown = named.find((name) => !fields.has(name));
    if (unknown !== undefined) {
      throw new ImportSourceError(
        `mapping file ${file}: ${kind} has no field "${unknown}" (fields: ${[...fields].join(', ')})`,
      );
    }
    mapping[kind as KindName] = spec;
  }
  return mapping;
}
