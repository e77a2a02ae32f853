/**
 * The directive limit: every directive an operation carries once its fragments are spread,
 * those written on the spreads themselves included. GraphQL Armor's max-directives (2.3.1, the
 * latest) returns a repeated spread's remembered fragment count and drops the directives on the
 * spread, so `...F @include(if: true)` × 300 counted as one; this rule counts each of them.
 */
import {
  Kind,
  type ASTNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** Directives of the operation, fragments expanded (each fragment counted once, then reused). */
export function countDirectives(
  operation: ASTNode & { selectionSet: SelectionSetNode },
  fragment: (name: string) => FragmentDefinitionNode | null | undefined,
): number {
  const perFragment = new Map<string, number>();
  const ofSelections = (set: SelectionSetNode | undefined): number => {
    let total = 0;
    for (const selection of set?.selections ?? []) {
      total += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FRAGMENT_SPREAD) total += ofFragment(selection.name.value);
      else total += ofSelections(selection.selectionSet);
    }
    return total;
  };
  const ofFragment = (name: string): number => {
    const known = perFragment.get(name);
    if (known !== undefined) return known;
    perFragment.set(name, 0); // a cycle (refused by NoFragmentCyclesRule) counts nothing twice
    const definition = fragment(name);
    const count = definition ? (definition.directives?.length ?? 0) + ofSelections(definition.selectionSet) : 0;
    perFragment.set(name, count);
    return count;
  };
  const own = 'directives' in operation && Array.isArray(operation.directives) ? operation.directives.length : 0;
  return own + ofSelections(operation.selectionSet);
}

export function maxDirectivesRule(max: number, refusal: (found: number) => GraphQLError): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const found = countDirectives(operation, (name) => context.getFragment(name));
      if (found > max) context.reportError(refusal(found));
    },
  });
}
