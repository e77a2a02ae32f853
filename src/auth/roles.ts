/**
 * The four roles of ../shared/DESIGN.md, most to least privileged. One role per caller; what
 * each may see and change is decided in one place (src/auth/auth-checker.ts).
 */
export const ROLES = ['ADMIN', 'MANAGER', 'ANALYST', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
