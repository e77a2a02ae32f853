/**
 * What the import report lists: every row it did not write, with where it is (file, line, the
 * column as the file names it) and what to fix. A problem never stops the import of other
 * rows; the command's exit code says whether there were any.
 */
export type ProblemCode =
  /** A value breaks a field rule (type, enum, bounds, date). */
  | 'INVALID'
  /** A rule across fields or records (subtype of type, party of the partnership). */
  | 'RULE'
  /** A reference to a record neither in the import nor in the graph. */
  | 'UNKNOWN_REFERENCE'
  /** A reference to a record of this import that was refused itself. */
  | 'REFUSED_REFERENCE'
  /** The same externalId twice in one kind. */
  | 'DUPLICATE'
  /** The record exists and the file changes what only an API mutation may change (history). */
  | 'HISTORY'
  /** The file or a row could not be read (CSV syntax, JSON syntax). */
  | 'UNREADABLE'
  /** Its batch failed in the database after retries (nothing of the batch was written). */
  | 'WRITE_FAILED';

export interface Problem {
  code: ProblemCode;
  file: string;
  /** Line in the file (CSV: the header is line 1; JSONL: one record per line); JSON documents: the record's index + 1. */
  line: number | null;
  /** The column (CSV header) or JSON field as the file names it; null for row-wide problems. */
  column: string | null;
  externalId: string | null;
  reason: string;
}

/** "participants.csv:12 column Region: … (externalId P-7)" for terminals. */
export function describeProblem(problem: Problem): string {
  const where = problem.line === null ? problem.file : `${problem.file}:${problem.line}`;
  const column = problem.column ? ` column ${problem.column}` : '';
  const key = problem.externalId ? ` [${problem.externalId}]` : '';
  return `${where}${column}${key}: ${problem.reason} (${problem.code})`;
}
