/**
 * `importEcosystem`: a small ecosystem in one request (ADMIN, or a MANAGER within the
 * partnerships they own — refused whole, FORBIDDEN, when any record reaches beyond), through the same importer as `ecograph import` — the same rules,
 * batches, audit entries and report. Bigger imports are the command line's: a document over
 * the limits is refused as a whole with what to use instead.
 */
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { ForbiddenError } from '../../auth/errors';
import type { RequestContext } from '../../context/context';
import { UserErrorCode, userError } from '../../core/user-error';
import { inputFingerprint } from '../../db/client-key.queries';
import type { ImportReport as Report } from './entities/importer';
import { importWithKey, rememberImport } from './entities/import.queries';
import { importForRequest } from './entities/import-service';
import { KIND_NAMES } from './entities/kinds';
import { documentSources } from './entities/source';
import { ImportEcosystemInput, ImportEcosystemPayload, ImportReport } from './import.types';

/** Records one request may carry, and its document's size: beyond them, `ecograph import`. */
export const IMPORT_MUTATION_LIMITS = { records: 5_000, bytes: 1 << 20 } as const;

const refused = (message: string): ImportEcosystemPayload =>
  Object.assign(new ImportEcosystemPayload(), {
    report: null,
    userErrors: [userError(['input', 'document'], UserErrorCode.INVALID, message)],
  });

const payloadOf = (report: Report): ImportEcosystemPayload =>
  Object.assign(new ImportEcosystemPayload(), { report: ImportReport.from(report), userErrors: [] });

const keyRefused = (code: UserErrorCode, message: string): ImportEcosystemPayload =>
  Object.assign(new ImportEcosystemPayload(), {
    report: null,
    userErrors: [userError(['input', 'clientKey'], code, message)],
  });

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportEcosystemPayload, {
    nullable: true,
    description:
      'Imports a small ecosystem from one JSON document (docs/import.md): upserts by externalId through the API’s rules and reports every record it did not write.',
  })
  async importEcosystem(
    @Arg('input', () => ImportEcosystemInput) input: ImportEcosystemInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ImportEcosystemPayload | null> {
    const bytes = Buffer.byteLength(JSON.stringify(input.document));
    if (bytes > IMPORT_MUTATION_LIMITS.bytes) {
      return refused(
        `the document has ${bytes.toLocaleString('en-US')} bytes; one request takes at most ${IMPORT_MUTATION_LIMITS.bytes.toLocaleString('en-US')}: import larger files with \`ecograph import\``,
      );
    }
    const unknown = Object.keys(input.document).filter((key) => !(KIND_NAMES as readonly string[]).includes(key));
    if (unknown.length > 0) return refused(`unknown kind ${unknown.join(', ')} (kinds: ${KIND_NAMES.join(', ')})`);
    const lists = Object.values(input.document);
    if (lists.some((list) => !Array.isArray(list))) return refused('each kind must be an array of records');
    const records = lists.reduce<number>((sum, list) => sum + (list as unknown[]).length, 0);
    if (records > IMPORT_MUTATION_LIMITS.records) {
      return refused(
        `the document has ${records.toLocaleString('en-US')} records; one request takes at most ${IMPORT_MUTATION_LIMITS.records.toLocaleString('en-US')}: import larger files with \`ecograph import\``,
      );
    }
    const fingerprint = inputFingerprint({ document: input.document, dryRun: input.dryRun });
    const key = input.clientKey?.trim() || null;
    if (key !== null && (key.length < 8 || key.length > 200)) {
      return keyRefused(UserErrorCode.OUT_OF_RANGE, 'clientKey must have 8..200 characters');
    }
    const [earlier] = key === null ? [] : await ctx.db.readRows(importWithKey(key));
    if (earlier && earlier.fingerprint !== fingerprint) {
      return keyRefused(
        UserErrorCode.IDEMPOTENCY_KEY_REUSED,
        `clientKey "${key}" was already used for a request with different content: send a new key for a new import, or resend the first document unchanged to get its report`,
      );
    }
    // A retry answers the first import's report (running it again would change nothing anyway).
    if (earlier) return payloadOf(JSON.parse(String(earlier.report)) as Report);
    // A MANAGER's import is refused whole when any record reaches beyond their partnerships, as
    // every mutation is: checked first without writing, so nothing of it lands.
    if (ctx.services.policy.ownsOnly(ctx.viewer)) {
      const check = await importForRequest(ctx, { sources: documentSources(input.document, 'document'), dryRun: true });
      const outside = check.problems.filter((problem) => problem.code === 'FORBIDDEN');
      if (outside.length > 0) {
        const first = outside[0] as (typeof outside)[number];
        throw new ForbiddenError(
          `A MANAGER imports only within the partnerships they own: ${first.file}[${first.line ?? '?'}] (${first.externalId ?? ''}): ${first.reason}` +
            (outside.length > 1 ? ` (and ${outside.length - 1} more)` : ''),
        );
      }
    }
    const report = await importForRequest(ctx, {
      sources: documentSources(input.document, 'document'),
      dryRun: input.dryRun,
    });
    // The key is bookkeeping (records are keyed by their externalIds): it moves no graph version.
    if (key !== null && !input.dryRun) {
      await ctx.db.writeBookkeeping(rememberImport(key, fingerprint, JSON.stringify(report)));
    }
    return payloadOf(report);
  }
}
