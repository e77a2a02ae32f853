/**
 * API keys for machine clients. Only SHA-256 hashes are stored (a JSON file named by
 * AUTH_API_KEYS_FILE): a leaked file does not leak keys. Keys are random 256-bit strings, so a
 * fast hash is enough (no password stretching needed). `npm run auth:api-key` makes one.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import { ROLES } from './roles';
import type { Viewer } from './viewer';

const entrySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/i, 'must be 1-64 letters, digits, ".", "_" or "-"'),
  role: z.enum(ROLES),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be the hex SHA-256 of the key'),
});
const fileSchema = z.array(entrySchema);
export type ApiKeyEntry = z.infer<typeof entrySchema>;

export const API_KEY_PREFIX = 'eck_';

export function hashApiKey(key: string): string {
  return crypto.createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A new key and the entry to store for it. */
export function generateApiKey(id: string, role: ApiKeyEntry['role']): { key: string; entry: ApiKeyEntry } {
  const key = API_KEY_PREFIX + crypto.randomBytes(32).toString('base64url');
  return { key, entry: entrySchema.parse({ id, role, sha256: hashApiKey(key) }) };
}

export class ApiKeyStore {
  private readonly byHash = new Map<string, ApiKeyEntry>();

  constructor(entries: readonly ApiKeyEntry[]) {
    for (const entry of entries) this.byHash.set(entry.sha256, entry);
  }

  /** Reads and validates the file; problems name the entry and field to fix. */
  static fromFile(file: string): ApiKeyStore {
    const parsed = fileSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `[${issue.path.join('.')}] ${issue.message}`);
      throw new Error(`${file}: ${problems.join('; ')}`);
    }
    return new ApiKeyStore(parsed.data);
  }

  /** The caller a key belongs to, or undefined. */
  lookup(key: string): Viewer | undefined {
    const entry = this.byHash.get(hashApiKey(key));
    return entry && { kind: 'service', id: entry.id, role: entry.role };
  }
}
