/**
 * Abuse limits on what a single GraphQL operation may ask for, applied identically to HTTP
 * (Apollo) and WebSocket (graphql-ws onSubscribe — Apollo's HTTP plugins never see those):
 * tokens (at parse time), depth, aliases and directives (validation rules from GraphQL Armor),
 * and cost (graphql-query-complexity, which needs the variables, so it runs after validation).
 *
 * Cost model: every field costs its `complexity` extension (type-graphql's `complexity`
 * option; 1 when unset) plus its children's cost multiplied by how many items it returns —
 * `first`/`last`/`top`/`limit`/`k`, or the default page size for a connection without them.
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../core/connection';

export interface QueryLimits {
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxCost: number;
}

export const LIMIT_CODES = {
  depth: 'DEPTH_LIMIT_EXCEEDED',
  aliases: 'ALIAS_LIMIT_EXCEEDED',
  directives: 'DIRECTIVE_LIMIT_EXCEEDED',
  cost: 'COST_LIMIT_EXCEEDED',
  tokens: 'TOKEN_LIMIT_EXCEEDED',
} as const;

/** Armor reports "Syntax Error: …" without a code: re-report with ours, and don't throw. */
function armored(code: string, hint: string) {
  return {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(
          new GraphQLError(`${error.message.replace(/^Syntax Error: /, '')} ${hint}`, { extensions: { code } }),
        ),
    ],
  };
}

export function limitRules(limits: QueryLimits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, ...armored(LIMIT_CODES.depth, 'Ask for fewer nested levels.') }),
    maxAliasesRule({ n: limits.maxAliases, ...armored(LIMIT_CODES.aliases, 'Use fewer aliases.') }),
    maxDirectivesRule({ n: limits.maxDirectives, ...armored(LIMIT_CODES.directives, 'Use fewer directives.') }),
  ];
}

const MULTIPLIER_ARGS = ['first', 'last', 'top', 'limit', 'k'] as const;

const costEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const own = typeof field.extensions?.complexity === 'number' ? field.extensions.complexity : 1;
  const given = MULTIPLIER_ARGS.map((name) => args[name]).find((value) => typeof value === 'number');
  const returnsConnection = /Connection!?$/.test(String(field.type));
  const items = typeof given === 'number' ? given : returnsConnection ? DEFAULT_PAGE_SIZE : 1;
  return own + items * childComplexity;
};

/** The operation's cost; throws COST_LIMIT_EXCEEDED above the limit. */
export function enforceCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined | null,
  variables: Record<string, unknown> | undefined | null,
  limits: QueryLimits,
): number {
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables: variables ?? {},
      estimators: [costEstimator],
    });
  } catch (error) {
    // Variables that do not fit their types: the same refusal execution would give.
    if (error instanceof GraphQLError) {
      throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    throw error;
  }
  if (cost > limits.maxCost) {
    throw new GraphQLError(
      `Query cost ${cost} exceeds the limit of ${limits.maxCost}: ask for smaller pages (first/last) or fewer fields.`,
      { extensions: { code: LIMIT_CODES.cost, cost, maxCost: limits.maxCost } },
    );
  }
  return cost;
}
