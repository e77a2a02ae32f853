/** The `importEcosystem` mutation's input and payload: the import report as GraphQL types. */
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../core/user-error';
import type { ImportReport as Report } from './entities/importer';
import { KIND_NAMES } from './entities/kinds';
import type { Problem } from './entities/problems';

@InputType({
  description: 'A small ecosystem as one JSON document (docs/import.md); large files go through `ecograph import`.',
})
export class ImportEcosystemInput {
  @Field(() => GraphQLJSONObject, {
    description: `{ kind: [records…] } with kinds ${KIND_NAMES.join(', ')}; at most 5,000 records and 1 MiB.`,
  })
  document!: Record<string, unknown>;

  @Field(() => Boolean, { defaultValue: false, description: 'Check every record and report; write nothing.' })
  dryRun: boolean = false;

  @Field(() => String, {
    nullable: true,
    description:
      'Optional key (8..200 characters). An import is idempotent by its records’ keys anyway (sent again, it changes nothing); the same clientKey with another document is refused.',
  })
  clientKey?: string | null;
}

@ObjectType({ description: 'What happened to the records of one kind (a dry run: what would happen).' })
export class ImportKindCounts {
  @Field(() => String)
  kind!: string;

  @Field(() => Int)
  read!: number;

  @Field(() => Int)
  created!: number;

  @Field(() => Int, { description: 'Stored records whose in-place fields changed.' })
  updated!: number;

  @Field(() => Int, { description: 'Stored records equal to their row: nothing written.' })
  unchanged!: number;

  @Field(() => Int, { description: 'Rows not written: listed in `problems`.' })
  refused!: number;
}

@ObjectType({ description: 'A record that was not written, where it is and why.' })
export class ImportProblem {
  @Field(() => String, {
    description:
      'INVALID, RULE, UNKNOWN_REFERENCE, REFUSED_REFERENCE, DUPLICATE, HISTORY, FORBIDDEN, UNREADABLE or WRITE_FAILED.',
  })
  code!: string;

  @Field(() => String, { description: 'The kind in the document (`document#participants`).' })
  file!: string;

  @Field(() => Int, { nullable: true, description: 'The record’s position in its array, from 1.' })
  line!: number | null;

  @Field(() => String, { nullable: true, description: 'The field to fix (null: the record as a whole).' })
  column!: string | null;

  @Field(() => String, { nullable: true })
  externalId!: string | null;

  @Field(() => String, { description: 'What is wrong and what to do.' })
  reason!: string;
}

@ObjectType({ description: 'Keys of a kind that name no field: left out.' })
export class ImportIgnoredFields {
  @Field(() => String)
  file!: string;

  @Field(() => [String])
  fields!: string[];
}

@ObjectType({ description: 'The import report (docs/import.md, "Report").' })
export class ImportReport {
  @Field(() => ID, { description: 'This import: each of its batches’ audit entries names it (`input.importId`).' })
  id!: string;

  @Field(() => Boolean)
  dryRun!: boolean;

  @Field(() => Int, { description: 'Write transactions that changed something (one audit entry each).' })
  batches!: number;

  @Field(() => [ImportKindCounts])
  kinds!: ImportKindCounts[];

  @Field(() => [ImportProblem])
  problems!: ImportProblem[];

  @Field(() => [ImportIgnoredFields])
  ignoredFields!: ImportIgnoredFields[];

  static from(report: Report): ImportReport {
    return Object.assign(new ImportReport(), {
      id: report.id,
      dryRun: report.dryRun,
      batches: report.batches,
      kinds: Object.entries(report.kinds).map(([kind, counts]) =>
        Object.assign(new ImportKindCounts(), { kind, ...counts }),
      ),
      problems: report.problems.map((problem: Problem) => Object.assign(new ImportProblem(), problem)),
      ignoredFields: Object.entries(report.ignoredColumns).map(([file, fields]) =>
        Object.assign(new ImportIgnoredFields(), { file, fields }),
      ),
    });
  }
}

@ObjectType()
export class ImportEcosystemPayload {
  @Field(() => ImportReport, { nullable: true, description: 'Null when the document was refused as a whole.' })
  report!: ImportReport | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
