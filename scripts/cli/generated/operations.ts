/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The parts of the health score, named like the fields of HealthWeights (docs/kpis.md). */
export type HealthPart =
  | 'ACTIVE_SHARE'
  | 'DIVERSITY'
  | 'ENGAGEMENT_TREND'
  | 'LARGEST_COMPONENT_SHARE'
  | 'PARTNERSHIP_RETENTION'
  | 'RESILIENCE';

/** A time window [from, to). Default: the last 90 days. */
export type WindowInput = {
  /** Default: `to` minus 90 days. */
  from?: string | null | undefined;
  /** Default: now. */
  to?: string | null | undefined;
};

export type CliKpisQueryVariables = Exact<{
  window?: WindowInput | null | undefined;
}>;


export type CliKpisQuery = { ecosystem: { window: { from: string, to: string, days: number }, health: { score: number, participants: number, activeParticipants: number, activeShare: number, ties: number, density: number, averageDegree: number, averageClustering: number, transitivity: number, components: number, largestComponentShare: number, communities: number, modularity: number, resilience: number, diversity: number, churn: number | null, engagementTrend: number | null, bridgeCount: number, contributions: Array<{ part: HealthPart, weight: number, value: number, points: number }>, growth: { participants: number | null, partnerships: number | null, newParticipants: number, newPartnerships: number }, provenance: { engine: string, version: number, currentVersion: number, stale: boolean, computedAt: string, elapsedMs: number, betweennessSampled: boolean, betweennessErrorBound: number | null } }, engagement: { activeParticipants: number, newParticipants: number, returningParticipants: number, retention: number | null } } };


export const CliKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WindowInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ecosystem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"activeParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"activeShare"}},{"kind":"Field","name":{"kind":"Name","value":"ties"}},{"kind":"Field","name":{"kind":"Name","value":"density"}},{"kind":"Field","name":{"kind":"Name","value":"averageDegree"}},{"kind":"Field","name":{"kind":"Name","value":"averageClustering"}},{"kind":"Field","name":{"kind":"Name","value":"transitivity"}},{"kind":"Field","name":{"kind":"Name","value":"components"}},{"kind":"Field","name":{"kind":"Name","value":"largestComponentShare"}},{"kind":"Field","name":{"kind":"Name","value":"communities"}},{"kind":"Field","name":{"kind":"Name","value":"modularity"}},{"kind":"Field","name":{"kind":"Name","value":"resilience"}},{"kind":"Field","name":{"kind":"Name","value":"diversity"}},{"kind":"Field","name":{"kind":"Name","value":"churn"}},{"kind":"Field","name":{"kind":"Name","value":"engagementTrend"}},{"kind":"Field","name":{"kind":"Name","value":"bridgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"growth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"}},{"kind":"Field","name":{"kind":"Name","value":"newParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"newPartnerships"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engine"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedMs"}},{"kind":"Field","name":{"kind":"Name","value":"betweennessSampled"}},{"kind":"Field","name":{"kind":"Name","value":"betweennessErrorBound"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"engagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"newParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"returningParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"retention"}}]}}]}}]}}]} as unknown as DocumentNode<CliKpisQuery, CliKpisQueryVariables>;