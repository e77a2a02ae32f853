/** Who is calling: an authenticated person (JWT) or machine client (API key). */
import type { Role } from './roles';

export interface Viewer {
  kind: 'user' | 'service';
  /** JWT `sub` or the API key's id: what audit records and StageChange.by show. */
  id: string;
  role: Role;
  /** When the credential stops being valid (JWT `exp`); open sockets are closed then. */
  expiresAt?: Date;
}

/** How the caller is named in records they make (StageChange.by, audit). */
export function viewerName(viewer: Viewer): string {
  return viewer.id;
}
