/** Input limits shared by the governance records (see docs/governance.md). */
export const GOVERNANCE_LIMITS = {
  title: { min: 3, max: 200 },
  rationale: { min: 1, max: 4000 },
  clientKey: { min: 8, max: 200 },
  likelihood: { min: 0, max: 1 },
} as const;
