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
import {
  GraphQLError,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../core/connection';
import { maxDirectivesRule } from './directive-limit';

export interface QueryLimits {
  maxTokens: number;
  maxDepth: number;
  /** Depth of operations that introspect the schema (`__schema`): the standard introspection query needs 21. */
  maxIntrospectionDepth: number;
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

/** Whether the document asks for `__schema` (Armor's depth rule skips those subtrees). */
function introspectsSchema(context: ValidationContext): boolean {
  let found = false;
  visit(context.getDocument(), {
    Field(node) {
      if (node.name.value === '__schema') found = true;
    },
  });
  return found;
}

/**
 * Depth is checked twice: the data under GRAPHQL_MAX_DEPTH (Armor leaves `__schema` subtrees
 * out, as clients' standard introspection query is deeper than any data query needs), and the
 * whole document, introspection included, under GRAPHQL_MAX_INTROSPECTION_DEPTH, so an
 * introspection query is never unbounded. graphql-js's own MaxIntrospectionDepthRule (in
 * specifiedRules) also bounds nested `fields`/`interfaces`/`possibleTypes` lists to 3.
 */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  const introspectionDepth = armored(
    LIMIT_CODES.depth,
    'Introspection queries have their own depth limit (GRAPHQL_MAX_INTROSPECTION_DEPTH): ask for fewer nested levels.',
  );
  return [
    maxDepthRule({ n: limits.maxDepth, ...armored(LIMIT_CODES.depth, 'Ask for fewer nested levels.') }),
    maxDepthRule({
      n: limits.maxIntrospectionDepth,
      ignoreIntrospection: false,
      ...introspectionDepth,
      onReject: [
        (context, error) => context && introspectsSchema(context) && introspectionDepth.onReject[0](context, error),
      ],
    }),
    maxAliasesRule({ n: limits.maxAliases, ...armored(LIMIT_CODES.aliases, 'Use fewer aliases.') }),
    maxDirectivesRule(
      limits.maxDirectives,
      (found) =>
        new GraphQLError(
          `Directives limit of ${limits.maxDirectives} exceeded, found ${found}. Use fewer directives.`,
          {
            extensions: { code: LIMIT_CODES.directives },
          },
        ),
    ),
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
